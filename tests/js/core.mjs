// Shared by the Node tests: the real wasm build, refused loudly when older than the sources it was built from.
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXAMPLE_ARTICLE } from '../../web/example.mjs';
import { createNewsmark } from '../../wasm/newsmark.mjs';

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
  const sources = Math.max(newest(path.join(root, 'core')), statSync(path.join(root, 'wasm/binding.cpp')).mtimeMs);
  for (const built of [wasm, nativeCli]) {
    let t;
    try { t = statSync(built).mtimeMs; } catch { throw new Error(`${built} is missing: run npm run build`); }
    if (t < sources) throw new Error(`${built} is older than the sources: run npm run build`);
  }
}

let shared;
export async function newsmark() {
  assertFreshBuild();
  shared ??= await createNewsmark();
  return shared;
}
