// The reader's corrections (web/corrections.mjs) over the real wasm's analysis of the example: applied to a copy,
// marked "corrected": true, and kept under a hash of the text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addCorrection, applyCorrections, emptyCorrections, hasCorrections, hashText, loadCorrections, quoteKey, saveCorrections }
  from '../../web/corrections.mjs';
import { EXAMPLE_ARTICLE, newsmark } from './core.mjs';

const analysis = async () => (await newsmark()).analyze(EXAMPLE_ARTICLE);

// localStorage's interface over a Map, as Node has no localStorage.
function memoryStorage() {
  const m = new Map();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => m.set(k, String(v)), removeItem: (k) => m.delete(k), size: () => m.size };
}

test('another of the article\'s people takes the quote, at confidence 1 and marked corrected; the original is untouched', async () => {
  const a = await analysis();
  const fixes = emptyCorrections();
  fixes.quotes[quoteKey(a.quotes[2])] = { speaker: 'p2' };
  const b = applyCorrections(a, fixes);
  assert.deepEqual([b.quotes[2].speaker, b.quotes[2].speakerName, b.quotes[2].confidence, b.quotes[2].corrected],
    ['p2', 'Gunnar Sveinsson', 1, true]);
  assert.equal(a.quotes[2].speaker, 'p1');
  assert.equal(b.quotes.filter((q) => q.corrected).length, 1);
});

test('a typed name becomes a new, corrected person; "not a quote" drops the quote', async () => {
  const a = await analysis();
  const fixes = emptyCorrections();
  fixes.quotes[quoteKey(a.quotes[5])] = { name: 'Tom Hughes' };
  fixes.quotes[quoteKey(a.quotes[9])] = { notQuote: true };
  const b = applyCorrections(a, fixes);
  assert.equal(b.quotes.length, a.quotes.length - 1);
  const tom = b.people.find((p) => p.name === 'Tom Hughes');
  assert.deepEqual(tom, { id: 'c1', name: 'Tom Hughes', gender: null, titles: [], quoted: true, mentions: [], corrected: true });
  assert.equal(b.quotes[5].speaker, 'c1');
  assert.equal(b.quotes.some((q) => q.start === a.quotes[9].start), false);
});

test('merging one speaker into another moves all of the first\'s quotes, and the first is no longer quoted', async () => {
  const a = await analysis();
  const fixes = emptyCorrections();
  fixes.merges.p2 = { speaker: 'p3' };
  const b = applyCorrections(a, fixes);
  assert.deepEqual(b.quotes.filter((q) => q.speaker === 'p3').length, 5);
  assert.equal(b.people.find((p) => p.id === 'p2').quoted, false);
});

test('corrections are stored under a hash of the text, found again for the same text only, and removed when emptied', () => {
  const storage = memoryStorage();
  const fixes = { quotes: { '10-20': { notQuote: true } }, merges: {} };
  saveCorrections('one text', fixes, storage);
  assert.deepEqual(loadCorrections('one text', storage), fixes);
  assert.deepEqual(loadCorrections('another text', storage), emptyCorrections());
  assert.equal(hashText('one text'), hashText('one text'));
  assert.notEqual(hashText('one text'), hashText('one text.'));
  saveCorrections('one text', emptyCorrections(), storage);
  assert.equal(storage.size(), 0);
});

test('no corrections give back the very same analysis, so the export stays byte for byte the CLI\'s', async () => {
  const a = await analysis();
  assert.equal(applyCorrections(a, emptyCorrections()), a);
});

test('a chosen person is found by name when the core numbers people differently after an update', async () => {
  const a = await analysis();
  const fixes = emptyCorrections();
  fixes.quotes[quoteKey(a.quotes[2])] = { speaker: 'p9', name: 'Gunnar Sveinsson' };
  fixes.quotes[quoteKey(a.quotes[3])] = { speaker: 'p1', name: 'Gunnar Sveinsson' };
  const b = applyCorrections(a, fixes);
  assert.deepEqual([b.quotes[2].speaker, b.quotes[3].speaker], ['p2', 'p2']);
});

test('a fix chosen "for every quote of this speaker" is kept for the quote and as a merge; "not a quote" never merges', () => {
  const fixes = emptyCorrections();
  assert.equal(hasCorrections(fixes), false);
  addCorrection(fixes, { start: 10, end: 20 }, { speaker: 'p3', name: 'Maria Lindqvist' }, 'p2');
  addCorrection(fixes, { start: 30, end: 40 }, { notQuote: true }, 'p1');
  addCorrection(fixes, { start: 50, end: 60 }, { name: 'Tom Hughes' });
  assert.deepEqual(fixes, { quotes: { '10-20': { speaker: 'p3', name: 'Maria Lindqvist' }, '30-40': { notQuote: true },
    '50-60': { name: 'Tom Hughes' } }, merges: { p2: { speaker: 'p3', name: 'Maria Lindqvist' } } });
  assert.equal(hasCorrections(fixes), true);
  assert.equal(hasCorrections({ quotes: {}, merges: { p2: { name: 'X' } } }), true);
});
