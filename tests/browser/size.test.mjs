// The whole page (HTML, CSS, JS, the wasm inside newsmark-wasm.js, and the worker) stays under 200 KB gzipped.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { artifacts, root } from './chromium.mjs';

test('web/dist is under 200 KB gzipped', (t) => {
  const dist = path.join(root, 'web/dist');
  const files = Object.fromEntries(readdirSync(dist).sort().map((f) => {
    const raw = readFileSync(path.join(dist, f));
    return [f, { raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length }];
  }));
  const total = Object.values(files).reduce((n, f) => n + f.gzip, 0);
  let metrics = {};
  try { metrics = JSON.parse(readFileSync(path.join(artifacts, 'page-metrics.json'), 'utf8')); } catch { /* first entry */ }
  writeFileSync(path.join(artifacts, 'page-metrics.json'), `${JSON.stringify({ ...metrics, size: { totalGzip: total, files } }, null, 2)}\n`);
  t.diagnostic(`web/dist gzipped: ${(total / 1024).toFixed(1)} KB (${Object.entries(files).map(([f, s]) => `${f} ${(s.gzip / 1024).toFixed(1)}`).join(', ')})`);
  assert.ok(files['index.html'] && files['app.js'] && files['newsmark-wasm.js'] && files['newsmark-worker.js']);
  assert.ok(total < 200 * 1024, `${total} bytes gzipped`);
});
