// The development server (scripts/serve.mjs) serves files under its root and nothing else, however the path is
// spelled: dot segments, %-encoded slashes, a sibling folder whose name starts with the root's, bad escapes.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { startServer } from '../../scripts/serve.mjs';
import { scratch } from './core.mjs';

const root = path.join(scratch, 'site');
let server;
before(async () => {
  for (const d of [root, `${root}-secret`, path.join(root, 'sub')]) mkdirSync(d, { recursive: true });
  writeFileSync(path.join(root, 'index.html'), 'home');
  writeFileSync(path.join(root, 'sub/a.txt'), 'inside');
  writeFileSync(`${root}-secret/key.txt`, 'secret');
  writeFileSync(path.join(scratch, 'outside.txt'), 'outside');
  server = await startServer(root, 0);
});
after(() => server.close());

// The raw request path goes out as written (no client-side normalisation), as an attacker would send it.
const get = (rawPath) => new Promise((resolve, reject) => {
  http.get({ host: '127.0.0.1', port: server.address().port, path: rawPath }, (res) => {
    let body = '';
    res.on('data', (c) => { body += c; });
    res.on('end', () => resolve([res.statusCode, body]));
  }).on('error', reject);
});

test('files under the root are served, the root gives its index.html', async () => {
  assert.deepEqual(await get('/'), [200, 'home']);
  assert.deepEqual(await get('/sub/a.txt'), [200, 'inside']);
  assert.deepEqual(await get('/sub/../index.html'), [200, 'home']);
});

test('no path reaches a file outside the root, a sibling folder sharing its prefix included', async () => {
  const cases = [
    ['/..%2fsite-secret/key.txt', 403],
    ['/..%2F..%2Foutside.txt', 403],
    ['/%2e%2e/site-secret/key.txt', 404],  // URL parsing resolves the dot segment inside the root: not found there
    ['/../outside.txt', 404],
    ['/sub/..%2f..%2fsite-secret%2fkey.txt', 403],
    ['/%E0%A4%A', 400],
    ['/nope.txt', 404],
  ];
  for (const [rawPath, status] of cases) {
    const [code, body] = await get(rawPath);
    assert.equal(code, status, rawPath);
    assert.ok(!['secret', 'outside'].includes(body), rawPath);
  }
});
