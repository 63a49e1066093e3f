// `npm run package:extension` writes a store-ready zip: a valid archive (checked by Python's zipfile, not by our own
// reader) holding exactly the built extension, manifest at the root, asking for no more than it needs.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { root } from './harness.mjs';

const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;
const zipPath = path.join(root, `build/newsmark-extension-${version}.zip`);

test('package:extension writes a valid zip of the built extension with the minimal permissions', () => {
  const run = spawnSync('node', ['scripts/package-extension.mjs'], { cwd: root, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const check = spawnSync('python3', ['-c', 'import json, sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\n' +
    'print(json.dumps({"bad": z.testzip(), "names": z.namelist(), "manifest": json.loads(z.read("manifest.json"))}))', zipPath], { encoding: 'utf8' });
  assert.equal(check.status, 0, check.stderr);
  const { bad, names, manifest } = JSON.parse(check.stdout);
  assert.equal(bad, null, 'every entry\'s CRC checks');
  const built = readdirSync(path.join(root, 'build/extension'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile()).map((e) => path.relative(path.join(root, 'build/extension'), path.join(e.parentPath, e.name))).sort();
  assert.deepEqual(names, built);
  assert.equal(manifest.manifest_version, 3);
  assert.equal(manifest.version, version);
  assert.deepEqual(manifest.permissions, ['activeTab', 'scripting', 'storage']);
  assert.equal(manifest.host_permissions, undefined);
  assert.equal(manifest.content_scripts, undefined, 'nothing runs on a page until the reader clicks');
  assert.equal(manifest.content_security_policy.extension_pages, "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    'wasm may compile, nothing else: no eval, no remote code');
  assert.ok(readFileSync(zipPath).length < 400 * 1024, 'the zip stays small');
});
