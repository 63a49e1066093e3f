// Shared by the Node tests: the real wasm build, refused loudly when older than the sources it was built from.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXAMPLE_ARTICLE } from '../../web/example.mjs';
import { createNewsmark } from '../../wasm/newsmark.mjs';
import { assertValid, assertValidCliOutput } from './schema.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const nativeCli = path.join(root, 'build/native/newsmark');
// The project's own invented article (the page's example), the one fixture every suite but the corpus floors reads.
export { EXAMPLE_ARTICLE };
export const scratch = mkdtempSync(path.join(os.tmpdir(), 'newsmark-test-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
export const exampleFile = path.join(scratch, 'example.txt');
writeFileSync(exampleFile, EXAMPLE_ARTICLE);

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

export function assertFreshBuild() {
  const wasm = path.join(root, 'build/wasm/newsmark-core.wasm');
  const core = newest(path.join(root, 'core'));
  // The native CLI is built from core/ alone; the wasm from core/ and the binding.
  const sources = [[wasm, Math.max(core, statSync(path.join(root, 'wasm/binding.cpp')).mtimeMs)], [nativeCli, core]];
  for (const [built, newestSource] of sources) {
    let t;
    try { t = statSync(built).mtimeMs; } catch { throw new Error(`${built} is missing: run npm run build`); }
    if (t < newestSource) throw new Error(`${built} is older than the sources: run npm run build`);
  }
}

// The shared instance checks every analysis it returns against the JSON Schema.
let shared;
export async function newsmark() {
  assertFreshBuild();
  if (!shared) {
    const nm = await createNewsmark();
    shared = { ...nm, analyze: (text, options) => assertValid('analysis', nm.analyze(text, options)) };
  }
  return shared;
}

export const nodeCli = path.join(root, 'wasm/cli.mjs');
const spawnOptions = (input) => ({ input, encoding: 'utf8', maxBuffer: 1 << 28 });
// Every JSON-lines record either CLI writes is checked against the JSON Schema.
const checked = (args, run) => { assertValidCliOutput(args, run.stdout); return run; };
export const runNative = (args, input) => checked(args, spawnSync(nativeCli, args, spawnOptions(input)));
export const runNode = (args, input) => checked(args, spawnSync(process.execPath, [nodeCli, ...args], spawnOptions(input)));

// Runs both CLIs on the same arguments and input, checks they wrote the same bytes and exit code, returns the native run.
export function runBoth(args, input) {
  const native = runNative(args, input);
  const node = runNode(args, input);
  assert.equal(node.stdout, native.stdout, `native and Node CLIs differ on ${args.join(' ')}`);
  assert.equal(node.status, native.status, `exit codes differ on ${args.join(' ')}: ${native.stderr} / ${node.stderr}`);
  return native;
}
