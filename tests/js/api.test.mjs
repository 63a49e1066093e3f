import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createNewsmark, NewsmarkError, SCHEMA } from '../../wasm/newsmark.mjs';
import { EXAMPLE_ARTICLE as example, newsmark } from './core.mjs';

test('analyze returns a plain newsmark/1 object with every layer', async () => {
  const nm = await newsmark();
  const a = nm.analyze('Plain words.');
  assert.equal(Object.getPrototypeOf(a), Object.prototype);
  assert.deepEqual(Object.keys(a), ['schema', 'dct', 'people', 'quotes', 'countries', 'dates']);
  assert.equal(a.schema, SCHEMA);
  assert.equal(a.dct, null);
  for (const layer of ['people', 'quotes', 'countries', 'dates']) assert.ok(Array.isArray(a[layer]));
});

test('the example article yields its header date with offsets into the string', async () => {
  const nm = await newsmark();
  const { dct } = nm.analyze(example);
  assert.deepEqual(dct, { value: '2022-01-07', source: 'header', label: 'Fri 7 Jan 2022', start: 5, end: 15 });
  assert.equal(example.slice(dct.start, dct.end), '2022-01-07');
});

test('a caller-given dct wins and has no offsets', async () => {
  const nm = await newsmark();
  assert.deepEqual(nm.analyze(example, { dct: '2021-12-31' }).dct,
    { value: '2021-12-31', source: 'option', label: 'Fri 31 Dec 2021' });
});

test('offsets are UTF-16 indices after emoji, accents and CJK', async () => {
  const nm = await newsmark();
  const text = '😀 Zoë 東京 date\n date 2022-03-04';
  assert.equal(nm.analyze(text).dct, null);  // the header only counts as the first line
  const lead = '\u{1F600}\u00e9 date 2022-03-04';
  const withHeader = ' date 2022-03-04 \u{1F600} caf\u00e9';
  const { dct } = nm.analyze(withHeader);
  assert.equal(withHeader.slice(dct.start, dct.end), '2022-03-04');
  assert.equal(nm.analyze(lead).dct, null);
});

test('lone surrogates are accepted and keep later offsets in place', async () => {
  const nm = await newsmark();
  const a = nm.analyze('date 2022-01-07 \uD800 x \uDC00');
  assert.equal(a.dct.start, 5);
  assert.equal(nm.analyze('\uDBFF').dct, null);
});

test('dateOrder decides numeric dates and the result says which order was used', async () => {
  const nm = await newsmark();
  const text = 'Held 07/01/2022.';
  const pick = (o) => nm.analyze(text, o).dates.map(({ start, end, value, order }) => ({ start, end, value, order }));
  assert.deepEqual(pick(), [{ start: 5, end: 15, value: '2022-07-01', order: 'mdy' }]);
  assert.deepEqual(pick({ dateOrder: 'dmy' }), [{ start: 5, end: 15, value: '2022-01-07', order: 'dmy' }]);
  assert.equal('order' in nm.analyze('On 7 January 2022.').dates[0], false);
});

test('bad input throws a NewsmarkError with a code', async () => {
  const nm = await newsmark();
  const cases = [
    [() => nm.analyze(undefined), 'bad-text'],
    [() => nm.analyze(42), 'bad-text'],
    [() => nm.analyze(null), 'bad-text'],
    [() => nm.analyze('x', 'dct'), 'bad-options'],
    [() => nm.analyze('x', { dct: 20220107 }), 'bad-dct'],
    [() => nm.analyze('x', { dct: '2022-02-30' }), 'bad-dct'],
    [() => nm.analyze('x', { dct: 'last Friday' }), 'bad-dct'],
    [() => nm.analyze('x', { dateOrder: 'ymd' }), 'bad-date-order'],
    [() => nm.analyze('x', { dateOrder: 1 }), 'bad-date-order'],
  ];
  for (const [call, code] of cases) {
    assert.throws(call, (e) => e instanceof NewsmarkError && e.code === code && e.message.length > 0, code);
  }
});

test('createNewsmark refuses a factory that is not a function', async () => {
  await assert.rejects(createNewsmark({ factory: 'nope' }), (e) => e instanceof NewsmarkError && e.code === 'no-core');
});

test('empty, huge and pathological inputs give results, not crashes', async () => {
  const nm = await newsmark();
  assert.deepEqual(nm.analyze('').people, []);
  const noSpaces = 'a'.repeat(1 << 20);
  assert.equal(nm.analyze(noSpaces).schema, SCHEMA);
  const marks = '"“”‘’«»'.repeat(1000);
  assert.equal(nm.analyze(marks).schema, SCHEMA);
  const big = example.repeat(Math.ceil((10 << 20) / example.length));
  assert.equal(nm.analyze(big).dct.value, '2022-01-07');
  const html = '<p onclick="x()">Hello <b>world</b></p>';
  assert.equal(nm.analyze(html).schema, SCHEMA);
});
