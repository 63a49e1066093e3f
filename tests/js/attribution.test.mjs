// How far the page trusts an attribution (web/attribution.mjs): the confidence shown per rule, and which names are
// speakers at all. The rule names come from the real wasm, so a rule the core adds later is covered too.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { confidenceText, isSpeakerName, shownConfidence } from '../../web/attribution.mjs';
import { newsmark } from './core.mjs';

test('a pronoun, a continuation or a sentence subject never shows as certain, whatever the core says', () => {
  const shown = (rule) => shownConfidence({ rule, confidence: 0.99 });
  assert.deepEqual(['pronoun-after-quote', 'pronoun-before-quote', 'continuation', 'previous-sentence', 'sentence-subject',
    'reported-speech', 'according-to', 'explicit-after-quote', 'none'].map(shown), [0.75, 0.75, 0.7, 0.7, 0.55, 0.7, 0.85, 0.95, 0.5]);
  assert.equal(shownConfidence({ rule: 'pronoun-after-quote', confidence: 0.6 }), 0.6, 'a lower core figure stays');
  assert.equal(confidenceText({ rule: 'pronoun-after-quote', confidence: 0.8 }), '75% (likely)');
  assert.equal(confidenceText({ rule: 'pronoun-after-quote', confidence: 0.8, corrected: true }), 'corrected by you');
});

test('no rule the wasm can stamp shows above 95%', async () => {
  const { rules } = (await newsmark()).attribution;
  assert.deepEqual(rules.filter((rule) => shownConfidence({ rule, confidence: 1 }) > 0.95), []);
});

test('people and organisations are speakers; pronouns, numbers, quantifiers, page furniture and running text are not', () => {
  const yes = ['Jens Stoltenberg', 'US Mission to NATO', 'A British official', 'The European Union', 'NATO', 'Ursula von der Leyen', 'Zoë Ōta'];
  const no = ['Two', 'READ MORE', 'It', 'Several', 'a database built', 'They', '', null, '42', 'Some officials'];
  assert.deepEqual(yes.filter((n) => !isSpeakerName(n)), []);
  assert.deepEqual(no.filter((n) => isSpeakerName(n)), []);
});
