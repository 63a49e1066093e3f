// The page and the extension cannot inject what they are given, and nothing leaves the device: no HTML sink in web/'s
// sources, a strict CSP on the page and on the extension's pages, and hostile text pasted into the real page in
// Chromium is highlighted as the table in tests/hostile/ says, runs nothing and requests nothing beyond 127.0.0.1.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { CASES } from '../hostile/cases.mjs';
import { countMarks, launch, openPage, paste, root } from './chromium.mjs';

const web = path.join(root, 'web');
const SINK = /\b(innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|srcdoc)\b|\bdocument\.write(ln)?\b|\beval\s*\(|\bnew\s+Function\b/;

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'dist' ? [] : sources(p);
    return /\.(mjs|js|html)$/.test(e.name) ? [p] : [];
  });
}

test('no source under web/ (page and extension) names an HTML sink, eval or new Function', () => {
  const files = sources(web);
  assert.ok(files.length > 10);
  const hits = files.flatMap((f) => readFileSync(f, 'utf8').split('\n')
    .flatMap((line, i) => (SINK.test(line) ? [`${path.relative(root, f)}:${i + 1}: ${line.trim()}`] : [])));
  assert.deepEqual(hits, []);
});

// Each directive's sources: nothing remote, nothing inline, no eval but WebAssembly's.
function assertStrict(policy, where) {
  const directives = Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0])
    .map(([name, ...values]) => [name, values]));
  for (const [name, values] of Object.entries(directives)) {
    for (const v of values) {
      assert.ok(["'self'", "'none'", "'wasm-unsafe-eval'", 'blob:', 'data:'].includes(v), `${where}: ${name} allows ${v}`);
    }
  }
  assert.deepEqual(directives['script-src']?.filter((v) => v !== "'wasm-unsafe-eval'"), ["'self'"], where);
  return directives;
}

test('the page carries a strict CSP meta: nothing by default, scripts only its own, no connections', () => {
  for (const file of ['web/index.html', 'web/dist/index.html']) {
    const html = readFileSync(path.join(root, file), 'utf8');
    const policy = /<meta http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    assert.ok(policy, `${file} has no CSP meta`);
    const d = assertStrict(policy, file);
    assert.deepEqual(d['default-src'], ["'none'"], file);
    assert.equal(d['connect-src'], undefined, `${file}: connections fall back to default-src 'none'`);
    assert.deepEqual([d['base-uri'], d['form-action']], [["'none'"], ["'none'"]], file);
  }
});

test("the extension's pages have a strict CSP: its own scripts and WebAssembly only", () => {
  const manifest = JSON.parse(readFileSync(path.join(web, 'extension/manifest.json'), 'utf8'));
  assertStrict(manifest.content_security_policy.extension_pages, 'manifest.json');
  assert.equal(manifest.host_permissions, undefined);
});

let browser;
before(async () => { browser = await launch(); });
after(() => browser?.close());

const PASTED = ['whitespace only', '1 MB with no spaces', '10,000 unmatched “', '10,000 unmatched „',
  'quotes nested 1,000 deep', 'lone surrogates', 'NUL bytes', 'HTML and script tags', 'right-to-left text'];

test('hostile text pasted into the page is highlighted as the table says, runs nothing and stays on the device', async () => {
  const { page, errors } = await openPage(browser);
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  for (const name of PASTED) {
    const c = CASES.find((x) => x.name === name);
    await paste(page, c.text());
    const marks = await countMarks(page);
    assert.deepEqual([marks.quote, marks.date], [c.expect.quotes, c.expect.dates], name);
  }
  assert.deepEqual(dialogs, []);
  assert.deepEqual(await page.evaluate(() => document.querySelectorAll('#marked script, #marked img, #marked p').length), 0);
  assert.deepEqual(errors, []);
  const foreign = browser.requests.filter((u) => !u.startsWith(`${browser.origin}/`) && !/^(data|blob):/.test(u));
  assert.deepEqual(foreign, []);
});
