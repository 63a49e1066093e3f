// The page's date labels (web/labels.mjs): the core's words for every date, never a code, and no label that only
// repeats the text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateLabel, inlineLabel } from '../../web/labels.mjs';
import { EXAMPLE_ARTICLE, newsmark } from './core.mjs';

test('the page shows the core\'s own label for a date and for the article date', async () => {
  const a = (await newsmark()).analyze('On Wednesday, the talks resumed. In the 1970s it was different.', { dct: '2019-01-14' });
  assert.deepEqual(a.dates.map(dateLabel), ['Wed 9 Jan 2019', 'the 1970s']);
  assert.equal(dateLabel(a.dct), 'Mon 14 Jan 2019');
  assert.equal(dateLabel(null), '');
});

test('the label drawn after a date is left out when it only repeats the words ("2016 2016")', () => {
  assert.equal(inlineLabel({ value: '2016', label: '2016' }, '2016'), '');
  assert.equal(inlineLabel({ value: 'P1W', label: 'every week' }, 'every week'), '');
  assert.equal(inlineLabel({ value: '2022-01-10', label: 'Mon 10 Jan 2022' }, 'Monday'), 'Mon 10 Jan 2022');
});

test('no date of the example article, as the real wasm resolves it, is labelled with a code', async () => {
  const { dates } = (await newsmark()).analyze(EXAMPLE_ARTICLE);
  const labels = dates.map(dateLabel);
  assert.equal(labels.length, 14);
  assert.deepEqual(labels.filter((l) => !l || /[A-Z]{2,}|_|^P\d|\dT/.test(l)), []);
});
