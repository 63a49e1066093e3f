// Memory in one wasm instance: 10,000 consecutive analyses leave the heap flat (the bytes in use come back to the same
// count and the heap never grows after the first calls), and the heap's high-water mark on 10 MB of prose stays under
// 10.2 times the input (issue 18; 26x before the text layer kept its offset maps sparse and stopped copying valid
// text, 14.5x after; issue 17: 16.0x, then 10.4x once the text was copied into wasm once, the JSON came back in pieces,
// the stack was cut to 1 MB and the heap grew in 5% steps; 9.7x once the quotes were built once, in text order, into a
// vector of their exact size). The figures are printed as test diagnostics.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { instance } from '../../scripts/bench-adversarial.mjs';
import { ofSize } from '../hostile/shapes.mjs';
import { assertFreshBuild, EXAMPLE_ARTICLE, root } from './core.mjs';

test('10,000 consecutive analyze calls in one instance leave the heap flat', async (t) => {
  assertFreshBuild();
  const { nm, heapBytes, inUse } = await instance(root);
  for (let i = 0; i < 100; ++i) nm.analyze(EXAMPLE_ARTICLE);
  const before = { inUse: inUse(), heap: heapBytes() };
  for (let i = 0; i < 10000; ++i) nm.analyze(EXAMPLE_ARTICLE, { dct: i % 2 ? '2022-01-07' : '' });
  const after = { inUse: inUse(), heap: heapBytes() };
  t.diagnostic(`heap in use ${before.inUse} -> ${after.inUse} bytes; heap size ${before.heap} -> ${after.heap} bytes`);
  assert.deepEqual(after, before);
});

test('the heap high-water mark on 10 MB of prose stays under 10.2 times the input', async (t) => {
  const { nm, heapBytes } = await instance(root);
  const text = ofSize('prose', 10 << 20);
  nm.analyze(text);
  const ratio = heapBytes() / Buffer.byteLength(text);
  t.diagnostic(`heap high-water ${(heapBytes() / 2 ** 20).toFixed(0)} MB for ${(Buffer.byteLength(text) / 2 ** 20).toFixed(1)} MB: ${ratio.toFixed(1)}x`);
  assert.ok(ratio < 10.2, `${ratio}`);
});
