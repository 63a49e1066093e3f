// Corpus floors: the native CLI over every dev gold file, scored by ../shared/gold/score.py, must reach each F1 floor
// in floors.json. Floors only go up: `npm run eval -- --raise-floors` raises them to today's figures.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { evaluate, floorsFile } from '../../scripts/eval.mjs';

const floors = JSON.parse(readFileSync(floorsFile, 'utf8'));
const results = await evaluate();
const files = results.systems.newsmark.files;

for (const [file, metrics] of Object.entries(floors)) {
  test(`${file} reaches every F1 floor`, () => {
    assert.ok(files[file], `${file} has a floor but is no longer in the gold folder`);
    const below = [];
    for (const [metric, floor] of Object.entries(metrics)) {
      // The scorer leaves a metric out where neither gold nor prediction has anything: that is an F1 of 0.
      const f1 = files[file].scores[metric]?.f1 ?? 0;
      if (f1 + 1e-9 < floor) below.push(`${metric}: F1 ${f1.toFixed(3)} < floor ${floor.toFixed(3)}`);
    }
    assert.deepEqual(below, [], `${file} fell below its floors`);
  });
}

test('every dev gold file has floors', () => {
  const missing = Object.keys(files).filter((f) => !floors[f]);
  assert.deepEqual(missing, [], `no floors for ${missing.join(', ')} in ${path.basename(floorsFile)}: ` +
    'run npm run eval -- --raise-floors');
});

test('the CLI analysed every document', () => {
  const failed = Object.entries(files).filter(([, r]) => r.errors || r.missing)
    .map(([f, r]) => `${f}: ${r.errors} errors, ${r.missing} missing`);
  assert.deepEqual(failed, []);
});
