// The page's date labels (web/labels.mjs): words for every TIMEX3 value the core writes, never a code.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateLabel, inlineLabel, labelForValue } from '../../web/labels.mjs';
import { EXAMPLE_ARTICLE, newsmark } from './core.mjs';

const CASES = [
  ['2022-01-10', 'date', 'Mon 10 Jan 2022'],
  ['2016-10-19TAF', 'time', 'Wed 19 Oct 2016, afternoon'],
  ['2016-10-19T14:30', 'time', 'Wed 19 Oct 2016, 14:30'],
  ['2022-W02', 'date', 'week 2 of 2022'],
  ['2022-01', 'date', 'Jan 2022'],
  ['2021-SP', 'date', 'spring 2021'],
  ['2021-Q3', 'date', 'Q3 2021'],
  ['2014', 'date', '2014'],
  ['201X', 'date', 'the 2010s'],
  ['PAST_REF', 'date', 'in the past'],
  ['FUTURE_REF', 'date', 'in the future'],
  ['P3Y', 'duration', '3 years'],
  ['PXW', 'duration', 'weeks'],
  ['P1D', 'duration', '1 day'],
  ['PT2H', 'duration', '2 hours'],
  ['P1W', 'set', 'every week'],
  ['2016-10-19TXX', 'time', 'Wed 19 Oct 2016'],
  ['2022-01-XX', 'date', 'Jan 2022'],
  ['XXXX-XX-XX', 'date', ''],
  [null, 'date', ''],
];

test('each TIMEX3 value reads as words (an unread part falls back to the day, month or year), and a value with no words gets no label rather than its code', () => {
  assert.deepEqual(CASES.map(([v, k]) => labelForValue(v, k)), CASES.map(([, , want]) => want));
});

test('the core\'s own label wins over the page\'s words', () => {
  assert.equal(dateLabel({ value: '2022-01-10', kind: 'date', label: 'Monday 10 January' }), 'Monday 10 January');
  assert.equal(dateLabel({ value: '2022-01-10', kind: 'date' }), 'Mon 10 Jan 2022');
});

test('the label drawn after a date is left out when it only repeats the words ("2016 2016")', () => {
  assert.equal(inlineLabel({ value: '2016', kind: 'date' }, '2016'), '');
  assert.equal(inlineLabel({ value: 'P1W', kind: 'set' }, 'every week'), '');
  assert.equal(inlineLabel({ value: '2022-01-10', kind: 'date' }, 'Monday'), 'Mon 10 Jan 2022');
});

test('no date of the example article, as the real wasm resolves it, is labelled with a code', async () => {
  const { dates } = (await newsmark()).analyze(EXAMPLE_ARTICLE);
  const labels = dates.map(dateLabel);
  assert.equal(labels.length, 14);
  assert.deepEqual(labels.filter((l) => !l || /[A-Z]{2,}|_|^P\d|\dT/.test(l)), []);
});
