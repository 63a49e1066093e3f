import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { assertFreshBuild, exampleFile, nativeCli, root, scratch } from './core.mjs';

const nodeCli = path.join(root, 'wasm/cli.mjs');
const runNative = (args, input) => spawnSync(nativeCli, args, { input, encoding: 'utf8', maxBuffer: 1 << 28 });
const runNode = (args, input) => spawnSync(process.execPath, [nodeCli, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28 });

test('wasm and native CLIs give byte-identical output for the example article', () => {
  assertFreshBuild();
  const native = runNative([exampleFile]);
  const wasm = runNode([exampleFile]);
  assert.equal(native.status, 0);
  assert.equal(wasm.status, 0);
  assert.ok(native.stdout.length > 100);
  assert.equal(wasm.stdout, native.stdout);
});

test('both CLIs agree on JSON lines, bad lines included, and exit 1 when one failed', () => {
  const input = [
    JSON.stringify({ id: 'a', text: 'date 2022-01-07\nHello 😀 world.' }),
    'not json',
    JSON.stringify({ id: 7 }),
    JSON.stringify({ id: 'd', text: 'x', dct: '2022-13-01' }),
    JSON.stringify({ id: 'e', text: 'Caf\u00e9 \uD83D\uDE00', dct: '2022-01-07' }),
    JSON.stringify({ id: 'f', text: 'Held 07/01/2022.', dateOrder: 'dmy' }),
    JSON.stringify({ id: 'g', text: 'Held 07/01/2022.', dateOrder: 'ymd' }),
    '',
  ].join('\n');
  const native = runNative([], input);
  const wasm = runNode([], input);
  assert.equal(native.status, 1);
  assert.equal(wasm.status, 1);
  assert.equal(wasm.stdout, native.stdout);
  const lines = native.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.id), ['a', null, 7, 'd', 'e', 'f', 'g']);
  assert.deepEqual(lines.map((l) => l.error?.code ?? null),
    [null, 'bad-json', 'bad-text', 'bad-dct', null, null, 'bad-date-order']);
  assert.deepEqual(lines[5].dates.map((d) => [d.value, d.order]), [['2022-01-07', 'dmy']]);
  assert.equal(lines[4].dct.source, 'option');
});

test('a clean run exits 0 and --pretty indents identically', () => {
  const input = JSON.stringify({ id: 'p', text: ' date 2022-01-07 Text.' }) + '\n';
  const native = runNative(['--pretty'], input);
  const wasm = runNode(['--pretty'], input);
  assert.equal(native.status, 0);
  assert.equal(wasm.stdout, native.stdout);
  assert.match(native.stdout, /^\{\n  "id": "p",\n  "schema": "newsmark\/1",/);
});

test('invalid UTF-8 in a file is replaced the same way by both CLIs', async () => {
  const { writeFileSync } = await import('node:fs');
  const file = path.join(scratch, 'bad.txt');
  writeFileSync(file, Buffer.from([0xef, 0xbb, 0xbf, 0x20, 0xc3, 0x28, 0xe2, 0x82, 0x20, 0xf0, 0x9f, 0x98, 0x80, 0x0a,
    ...Buffer.from('date 2022-01-07')]));
  const native = runNative([file]);
  const wasm = runNode([file]);
  assert.equal(native.status, 0);
  assert.equal(wasm.stdout, native.stdout);
});

test('unknown options are a usage error (exit 2)', () => {
  assert.equal(runNative(['--nope']).status, 2);
  assert.equal(runNode(['--nope']).status, 2);
});
