// How far the page trusts an attribution (web/attribution.mjs): the confidence shown per rule, and which names are
// speakers at all. The rule names come from the real wasm, so a rule the core adds later is covered too.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { confidenceText, isSpeakerName, shownConfidence } from '../../web/attribution.mjs';
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
  const yes = ['Jens Stoltenberg', 'US Mission to NATO', 'A British official', 'The European Union', 'NATO', 'Ursula von der Leyen', 'Zoë Ōta'];
  const no = ['Two', 'READ MORE', 'It', 'Several', 'a database built', 'They', '', null, '42', 'Some officials'];
  assert.deepEqual(yes.filter((n) => !isSpeakerName(n)), []);
  assert.deepEqual(no.filter((n) => isSpeakerName(n)), []);
});
