// Builds the browser extension into build/extension/ (load it unpacked from there) from web/extension/, web/'s
// describe and panel modules and the same wasm core as the page.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { writeNameWords } from './gen-name-words.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const extensionDir = path.join(root, 'build/extension');

export async function buildExtension() {
  const src = path.join(root, 'web/extension');
  writeNameWords();  // web/attribution.mjs reads it; also when the extension is built alone
  rmSync(extensionDir, { recursive: true, force: true });
  mkdirSync(extensionDir, { recursive: true });
  const manifest = JSON.parse(readFileSync(path.join(src, 'manifest.json'), 'utf8'));
  manifest.version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;
  writeFileSync(path.join(extensionDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const f of ['popup.html', 'popup.css', 'marks.css', 'icons']) cpSync(path.join(src, f), path.join(extensionDir, f), { recursive: true });
  for (const f of ['newsmark-core.js', 'newsmark-core.wasm']) cpSync(path.join(root, 'build/wasm', f), path.join(extensionDir, f));
  cpSync(path.join(root, 'node_modules/@mozilla/readability/LICENSE.md'), path.join(extensionDir, 'LICENSE-readability.md'));
  // Classic scripts: the service worker needs importScripts for the core, and injected files cannot be modules.
  // Not minified, so a store reviewer (or a curious reader) can read exactly what runs.
  await build({
    entryPoints: { background: path.join(src, 'background.mjs'), content: path.join(src, 'content.mjs'), popup: path.join(src, 'popup.mjs') },
    outdir: extensionDir,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    external: ['node:*'],
    logLevel: 'warning',
    // import.meta is only read on the Node path of wasm/newsmark.mjs, which an extension never takes.
    logOverride: { 'empty-import-meta': 'silent' },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildExtension();
  console.log(`build-extension: done; load ${path.relative(root, extensionDir)}/ unpacked`);
}
