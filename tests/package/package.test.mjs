// The npm package as someone else gets it: `npm pack`, installed from the tarball into a new project with no network,
// then used from Node (ESM), from its `newsmark` bin, and from a page and two Web Workers bundled with esbuild and run
// in Chromium, each with no configuration. Every result must equal the repository's own analysis of the same text.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { build } from 'esbuild';
import { startServer } from '../../scripts/serve.mjs';
import { EXAMPLE_ARTICLE } from '../../web/example.mjs';
import { createNewsmark } from '../../wasm/newsmark.mjs';
import { launch } from '../browser/chromium.mjs';
import { assertFreshBuild, nativeCli, root } from '../js/core.mjs';
import { assertValid } from '../js/schema.mjs';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'newsmark-package-'));
const project = path.join(tmp, 'consumer');
let tarball, packed, expected;

const run = (cmd, args, options = {}) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26, ...options });
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')}: ${r.stderr}`);
  return r;
};

before(() => {
  assertFreshBuild();
  const [pack] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', tmp], { cwd: root }).stdout);
  tarball = path.join(tmp, pack.filename);
  packed = pack.files.map((f) => f.path).sort();
  mkdirSync(project);
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: project });
});
after(() => rmSync(tmp, { recursive: true, force: true }));

const analysis = async () => (expected ??= (await createNewsmark()).analyze(EXAMPLE_ARTICLE));

test('the tarball holds exactly the module, its worker entry, types, the CLI, the core, the schema, README and licence', () => {
  assert.deepEqual(packed, ['LICENSE', 'README.md', 'build/wasm/newsmark-1.d.ts', 'build/wasm/newsmark-core.js',
    'build/wasm/newsmark-core.wasm', 'build/wasm/newsmark-wasm.mjs', 'package.json', 'schema/newsmark-1.schema.json', 'wasm/browser.mjs', 'wasm/cli-format.mjs', 'wasm/cli-progress.mjs',
    'wasm/cli-records.mjs', 'wasm/cli.mjs', 'wasm/newsmark.d.ts', 'wasm/newsmark.mjs', 'wasm/worker.d.ts', 'wasm/worker.mjs']);
  const manifest = JSON.parse(readFileSync(path.join(project, 'node_modules/newsmark/package.json'), 'utf8'));
  assert.equal(manifest.private, undefined);
  assert.equal(manifest.license, 'MIT');
  assert.equal(manifest.dependencies, undefined, 'the package has no runtime dependencies');
  assert.match(readFileSync(path.join(project, 'node_modules/newsmark/LICENSE'), 'utf8'), /^MIT License\n/);
});

test('the installed package carries its JSON Schema, and its result is valid under it', async () => {
  const installed = path.join(project, 'node_modules/newsmark');
  const shipped = readFileSync(path.join(installed, 'schema/newsmark-1.schema.json'), 'utf8');
  assert.equal(shipped, readFileSync(path.join(root, 'schema/newsmark-1.schema.json'), 'utf8'));
  const script = path.join(project, 'schema.mjs');
  writeFileSync(script, `import { createRequire } from 'node:module';
    const schema = createRequire(import.meta.url)('newsmark/newsmark-1.schema.json');
    process.stdout.write(schema.$id);`);
  assert.equal(run(process.execPath, [script], { cwd: project }).stdout, JSON.parse(shipped).$id);
  assertValid('analysis', await analysis(), 'the installed package\'s result');
});

test('the installed package works from Node ESM with no configuration', async () => {
  const script = path.join(project, 'node.mjs');
  writeFileSync(script, `import { createNewsmark, NewsmarkError, SCHEMA } from 'newsmark';
    const nm = await createNewsmark();
    let code; try { nm.analyze('x', { dct: 'soon' }); } catch (e) { code = e instanceof NewsmarkError && e.code; }
    process.stdout.write(JSON.stringify({ schema: SCHEMA, code, result: nm.analyze(${JSON.stringify(EXAMPLE_ARTICLE)}) }));`);
  const out = JSON.parse(run(process.execPath, [script], { cwd: project }).stdout);
  assert.deepEqual(out, { schema: 'newsmark/1', code: 'bad-dct', result: await analysis() });
});

test('the installed newsmark bin writes what the native CLI writes', () => {
  const file = path.join(tmp, 'example.txt');
  writeFileSync(file, EXAMPLE_ARTICLE);
  const bin = path.join(project, 'node_modules/.bin/newsmark');
  assert.equal(run(bin, [file]).stdout, run(nativeCli, [file]).stdout);
  const input = `${JSON.stringify({ id: 'x', text: EXAMPLE_ARTICLE })}\n`;
  assert.equal(run(bin, ['--format', 'csv'], { input }).stdout, run(nativeCli, ['--format', 'csv'], { input }).stdout);
});

// A page and two workers as a consumer writes them: one worker imports the library, the other is newsmark/worker.
const SOURCES = {
  'page.mjs': `import { createNewsmark, SCHEMA } from 'newsmark';
    import { EXAMPLE_ARTICLE } from ${JSON.stringify(path.join(root, 'web/example.mjs'))};
    const ask = (worker, message) => new Promise((resolve, reject) => {
      worker.onmessage = (e) => { if (e.data.type !== 'ready') resolve(e.data); };
      worker.onerror = (e) => reject(new Error(e.message));
      worker.postMessage(message);
    });
    window.results = (async () => ({
      schema: SCHEMA,
      page: (await createNewsmark()).analyze(EXAMPLE_ARTICLE),
      library: await ask(new Worker('library-worker.js', { type: 'module' }), EXAMPLE_ARTICLE),
      entry: await ask(new Worker('entry-worker.js'), { id: 1, text: EXAMPLE_ARTICLE }),
    }))();`,
  'library-worker.mjs': `import { createNewsmark } from 'newsmark';
    const loaded = createNewsmark();
    self.onmessage = async (e) => self.postMessage((await loaded).analyze(e.data));`,
  'entry-worker.mjs': `import 'newsmark/worker';`,
};

test('a page bundled with esbuild analyses in Chromium, on the page and in two Web Workers', async () => {
  const site = path.join(project, 'site');
  mkdirSync(site);
  for (const [name, source] of Object.entries(SOURCES)) {
    writeFileSync(path.join(project, name), source);
    await build({ entryPoints: [path.join(project, name)], outfile: path.join(site, name.replace('.mjs', '.js')),
      absWorkingDir: project, bundle: true, platform: 'browser', format: name === 'entry-worker.mjs' ? 'iife' : 'esm',
      logLevel: 'error' });
  }
  writeFileSync(path.join(site, 'index.html'),
    '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="page.js"></script>');
  const server = await startServer(site, 0);
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    const origin = `http://127.0.0.1:${server.address().port}`;
    await page.goto(`${origin}/`);
    const results = await page.evaluate(() => window.results);
    const want = await analysis();
    assert.deepEqual(results, { schema: 'newsmark/1', page: want, library: want, entry: { id: 1, ok: true, result: want } });
    assert.deepEqual(errors, []);
    assert.deepEqual(browser.requests.filter((u) => !u.startsWith(origin)), [], 'nothing is fetched from elsewhere');
    assert.deepEqual(browser.requests.filter((u) => u.endsWith('.wasm')), [], 'the wasm travels inside the bundle');
  } finally {
    await browser.close();
    server.close();
  }
});

test('the types describe the whole newsmark/1 result: a real analysis type-checks as Analysis with nothing left over', async () => {
  const text = `${EXAMPLE_ARTICLE}Held 07/01/2022.`;  // a numeric date brings the optional "order"
  const real = (await createNewsmark()).analyze(text);
  writeFileSync(path.join(project, 'types.ts'), `import { createNewsmark, NewsmarkError, SCHEMA, type Analysis } from 'newsmark';
    import type { CliInputLine, CliRecord } from 'newsmark';
    import type { WorkerMessage, WorkerRequest } from 'newsmark/worker';
    // An object literal may hold no property its type lacks, so every field the core emits must be declared.
    const real: Analysis = ${JSON.stringify(real)};
    const nm = await createNewsmark({ locateFile: (f: string) => f });
    const again: Analysis = nm.analyze('x', { dct: '2022-01-07', dateOrder: 'dmy' });
    const request: WorkerRequest = { id: 1, text: 'x', options: { dct: null } };
    const answer: WorkerMessage = { id: 1, ok: true, result: real };
    const code: string = new NewsmarkError().code;
    const line: CliInputLine = { id: 3, text: 'x', dateOrder: 'dmy' };
    const records: CliRecord[] = [{ id: 3, ...real }, { id: null, error: { code: 'bad-json', message: 'line 1 is not a JSON object' } }];
    // @ts-expect-error another schema is not newsmark/1
    const other: Analysis = { ...real, schema: 'newsmark/2' };
    // @ts-expect-error a quote's kind is one of four
    real.quotes[0].kind = 'sarcastic';
    export const used = [SCHEMA, again, request, answer, code, other, line, records];\n`);
  writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify({ files: ['types.ts'], compilerOptions: {
    noEmit: true, strict: true, exactOptionalPropertyTypes: true, module: 'nodenext', moduleResolution: 'nodenext',
    target: 'es2022', types: [] } }));
  const tsc = spawnSync(path.join(root, 'node_modules/.bin/tsc'), ['-p', '.'], { cwd: project, encoding: 'utf8' });
  assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
});
