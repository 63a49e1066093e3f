// Every createNewsmark() instance is independent and stays usable: it holds no process-wide listeners (which kept
// instances and their heaps alive), it refuses text over the limit before copying it, and it replaces a core that
// stopped. Exact error messages are pinned: the CLIs print them.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { createNewsmark, NewsmarkError } from '../../wasm/newsmark.mjs';
import { ofSize } from '../hostile/shapes.mjs';
import { assertFreshBuild, EXAMPLE_ARTICLE, root } from './core.mjs';

const LIMIT = 24 << 20;
const factory = createRequire(import.meta.url)(path.join(root, 'build/wasm/newsmark-core.js'));
const wasmBinary = readFileSync(path.join(root, 'build/wasm/newsmark-core.wasm'));
const tooLarge = (bytes) => (e) => e instanceof NewsmarkError && e.code === 'too-large' &&
  e.message === `text is ${bytes} bytes of UTF-8; the limit is ${LIMIT} (24 MiB)`;

test('createNewsmark adds no process listeners, so dropped instances can be collected', async () => {
  assertFreshBuild();
  const count = () => process.listenerCount('uncaughtException') + process.listenerCount('unhandledRejection');
  const before = count();
  for (let i = 0; i < 20; ++i) (await createNewsmark()).analyze('“Hi,” she said.');
  assert.equal(count(), before);
});

test('text one byte over the limit is too-large, counted in UTF-8 bytes, and the instance answers the next call', async () => {
  const nm = await createNewsmark();
  assert.throws(() => nm.analyze(','.repeat(LIMIT + 1)), tooLarge(LIMIT + 1));
  assert.throws(() => nm.analyze('é'.repeat(LIMIT / 2 + 1)), tooLarge(LIMIT + 2));  // short in UTF-16, long in UTF-8
  assert.throws(() => nm.analyze(','.repeat(40 << 20)), tooLarge(40 << 20));  // aborted the core before the limit fell
  assert.equal(nm.analyze(EXAMPLE_ARTICLE).dct.value, '2022-01-07');
});

test('the shape with the most heap per byte, at exactly the limit, is analysed and the next 10 MB call too', async () => {
  const nm = await createNewsmark();
  const commas = ','.repeat(LIMIT);
  assert.deepEqual(nm.analyze(commas).quotes, []);
  const prose = ofSize('prose', 10 << 20);
  assert.equal(nm.analyze(prose).dct.value, '2022-01-07');
});

test('a core that stopped is replaced at once: the call fails with internal, the next call is answered', async () => {
  let first = true;
  const stopping = (m) => {
    const ready = factory(m);
    if (first) {
      first = false;
      ready.then(() => { m._analyze = () => { throw new WebAssembly.RuntimeError('Aborted(OOM)'); }; });
    }
    return ready;
  };
  const nm = await createNewsmark({ factory: stopping, wasmBinary });
  assert.throws(() => nm.analyze('x'), (e) => e instanceof NewsmarkError && e.code === 'internal' &&
    e.message === 'the core stopped (Aborted(OOM)) and was replaced; this is a bug');
  assert.equal(nm.analyze(EXAMPLE_ARTICLE).dct.value, '2022-01-07');
});
