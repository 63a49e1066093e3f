// Every attribution rule the core can stamp on a quote has a reader's description on the page. The rule names come
// from the core's one sieve table, read through the real wasm, so a new sieve without words for the tooltip fails here.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RULES } from '../../web/describe.mjs';
import { newsmark } from './core.mjs';

test('every attribution rule the core can stamp has a description for the tooltip, and no description is stale', async () => {
  const { rules } = (await newsmark()).attribution;
  assert.ok(rules.length >= 15, `found only ${rules.join(', ')}`);
  assert.deepEqual(rules.filter((r) => !RULES[r]), []);
  assert.deepEqual(Object.keys(RULES).filter((r) => !rules.includes(r)), []);
});

test('the sieve table runs the direct patterns first, continuations after them, and ends with the threshold', async () => {
  const { sieves } = (await newsmark()).attribution;
  const names = sieves.map((s) => s.name);
  assert.equal(names[0], 'embedded_post');
  assert.ok(names.indexOf('cue_after_quote') < names.indexOf('adjacent'));
  const threshold = sieves.find((s) => s.name === 'threshold');
  assert.deepEqual(threshold, { name: 'threshold', rule: 'none', confidence: 0.5 });
  // Only the reported-speech entries, stamped after the loop, come after the threshold.
  assert.deepEqual(names.slice(names.indexOf('threshold') + 1), ['reported_speech', 'reported_content']);
  for (const s of sieves) assert.ok(s.confidence > 0 && s.confidence <= 1, `${s.name} ${s.confidence}`);
});
