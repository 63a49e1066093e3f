// How far the page trusts an attribution (web/attribution.mjs): the confidence shown per rule, and which names are
// speakers at all. The rule names come from the real wasm, so a rule the core adds later is covered too.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NEVER_OPENS_A_NAME } from '../../build/web/name-words.mjs';
import { nameWords } from '../../scripts/gen-name-words.mjs';
import { confidenceText, isNamedPerson, isSpeakerName, shownConfidence } from '../../web/attribution.mjs';
import { newsmark } from './core.mjs';

test('the page shows the core\u2019s confidence: a pronoun at most 75%, a speaker carried over from another quote at most 70%', async () => {
  const nm = await newsmark();
  const { quotes } = nm.analyze('“We will vote no,” Anna Berg said on Monday. “The plan is not ready.”\n\n'
    + 'Tom Hall spoke next. “We will vote yes,” he said.');
  assert.deepEqual(quotes.map((q) => [q.rule, q.confidence, shownConfidence(q)]), [
    ['explicit-after-quote', 0.95, 0.95], ['continuation', 0.7, 0.7], ['pronoun-after-quote', 0.75, 0.75]]);
  assert.equal(confidenceText(quotes[2]), '75% (likely)');
  assert.equal(confidenceText({ ...quotes[2], corrected: true }), 'corrected by you');
});

test('no sieve of the core gives more than 95%', async () => {
  const { sieves } = (await newsmark()).attribution;
  assert.deepEqual(sieves.filter((s) => s.confidence > 0.95).map((s) => s.name), []);
});

test('people and organisations are speakers; pronouns, numbers, quantifiers, page furniture and running text are not', () => {
  const yes = ['Jens Stoltenberg', 'US Mission to NATO', 'A British official', 'The European Union', 'NATO', 'Ursula von der Leyen', 'Zoë Ōta',
    'Officials', 'Will Estrada'];
  const no = ['Two', 'READ MORE', 'It', 'Several', 'a database built', 'They', '', null, '42', 'Some officials', 'It’s worth',
    'Even China', 'Nobody', 'Why', 'Speaking on radio'];
  assert.deepEqual(yes.filter((n) => !isSpeakerName(n)), []);
  assert.deepEqual(no.filter((n) => isSpeakerName(n)), []);
});

test('the words that never open a name are the core\u2019s function words: its pronouns, quantifiers, relatives and sentence adverbs, but no article', () => {
  assert.deepEqual([...NEVER_OPENS_A_NAME], nameWords(), 'build/web/name-words.mjs is stale: run npm run build');
  assert.deepEqual(['it', 'they', 'several', 'which', 'meanwhile', 'two', 'nobody', 'why', 'the', 'a', 'an', 'officials']
    .map((w) => NEVER_OPENS_A_NAME.has(w)), [true, true, true, true, true, true, true, true, false, false, false, false]);
});

test('a person the core found is named by its mentions; a person the reader typed in is checked as a phrase', async () => {
  const { people } = (await newsmark()).analyze('“We will vote no,” Anna Berg said on Monday. “It is late,” she said.');
  assert.deepEqual(people.map((p) => [p.name, p.mentions.map((m) => m.kind), isNamedPerson(p)]),
    [['Anna Berg', ['name', 'pronoun'], true]]);
  const typed = (name) => ({ id: 'c1', name, gender: null, titles: [], quoted: true, mentions: [], corrected: true });
  assert.deepEqual(['Karin Holm', 'they'].map((n) => isNamedPerson(typed(n))), [true, false]);
});
