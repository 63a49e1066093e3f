// The README's GNU parallel recipe (parallel --pipe --keep-order) writes byte for byte what one process writes: over
// an archive the project generates (tests/eval/parallel.test.mjs does the same over the dev gold).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { EXAMPLE_ARTICLE, nativeCli, scratch } from './core.mjs';

const shell = (command) => spawnSync('sh', ['-c', command], { encoding: 'utf8', maxBuffer: 1 << 28 });

// Blocks of 256 kB split a few MB into many jobs; each block ends at a line end, so no document is cut.
function compare(input) {
  const single = shell(`${nativeCli} < ${input}`);
  const recipe = shell(`parallel --will-cite --pipe --keep-order --block 256k -j 2 ${nativeCli} --jobs 1 < ${input}`);
  assert.equal(recipe.stderr, '');
  const [a, b] = [single.stdout.split('\n'), recipe.stdout.split('\n')];
  assert.ok(a.length > 1000, `only ${a.length} lines`);
  const first = a.findIndex((line, i) => line !== b[i]);
  assert.deepEqual([first, b.length], [-1, a.length], `the recipe differs from one process at line ${first + 1}`);
  assert.equal(recipe.stdout, single.stdout);
  return { single, recipe };
}

test('GNU parallel --pipe --keep-order over a generated archive equals one process', () => {
  const lines = Array.from({ length: 1500 }, (_, i) => JSON.stringify({ id: i, text: EXAMPLE_ARTICLE.slice(i % 900) }));
  const input = path.join(scratch, 'parallel-archive.jsonl');
  writeFileSync(input, `${lines.join('\n')}\n`);
  const { single, recipe } = compare(input);
  assert.deepEqual([single.status, recipe.status], [0, 0]);
});

test('under GNU parallel a bad line keeps its place, and its message counts lines from the start of its block', () => {
  const lines = Array.from({ length: 1500 }, (_, i) => (i === 700 ? 'not json' : JSON.stringify({ id: i, text: 'x' })));
  const input = path.join(scratch, 'parallel-bad.jsonl');
  writeFileSync(input, `${lines.join('\n')}\n`);
  const recipe = shell(`parallel --will-cite --pipe --keep-order --block 8k -j 2 ${nativeCli} --jobs 1 < ${input}`);
  assert.equal(recipe.status, 1, 'parallel exits with the number of failed jobs: the one block with the bad line');
  const out = recipe.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(out.length, 1500);
  assert.deepEqual(out.map((o) => o.error?.code ?? o.id), lines.map((l, i) => (i === 700 ? 'bad-json' : i)));
  assert.match(out[700].error.message, /^line \d+ is not a JSON object$/);
  assert.notEqual(out[700].error.message, 'line 701 is not a JSON object');
});
