// The README's GNU parallel recipe over the dev gold writes byte for byte what one process writes. It lives in the
// corpus suite because that is the only suite that reads the gold.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { goldDir } from '../../scripts/eval.mjs';
import { nativeCli, scratch } from '../js/core.mjs';

const shell = (command) => spawnSync('sh', ['-c', command], { encoding: 'utf8', maxBuffer: 1 << 28 });

test('GNU parallel --pipe --keep-order over the dev gold equals one process', () => {
  const gold = path.join(goldDir, 'dev');
  const input = path.join(scratch, 'parallel-gold.jsonl');
  writeFileSync(input, readdirSync(gold).filter((f) => f.endsWith('.jsonl')).sort()
    .map((f) => readFileSync(path.join(gold, f), 'utf8').replace(/\n?$/, '\n')).join(''));
  const single = shell(`${nativeCli} < ${input}`);
  const recipe = shell(`parallel --will-cite --pipe --keep-order --block 256k -j 2 ${nativeCli} --jobs 1 < ${input}`);
  assert.equal(recipe.stderr, '');
  assert.equal(recipe.status, 0);
  assert.ok(single.stdout.split('\n').length > 1000);
  assert.equal(recipe.stdout, single.stdout);
});
