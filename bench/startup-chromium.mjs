// Where the page's start-up goes in headless Chromium, step by step, as web/app.mjs takes them: the embedded wasm's
// base64 decoded and gunzipped, compiled, instantiated, the runtime started (Embind, constructors), then the first
// analyze of the example (which builds the word lists) and a second. Each run is a fresh page; the wasm gets a salted
// custom section so that V8's per-process module cache cannot answer the compile. Prints medians in ms as one JSON line.
//   node bench/startup-chromium.mjs [runs=7]   (after npm run build)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../tests/browser/chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 7);
const text = readFileSync(path.join(root, '../shared/gold/seed-nato-russia-talks.txt'), 'utf8');

// Runs in the page: the steps' times in ms.
async function steps([text, salt]) {
  const marks = [['start', performance.now()]];
  const mark = (name) => marks.push([name, performance.now()]);
  const b64 = globalThis.NewsmarkWasmGzipBase64;
  const gz = typeof Uint8Array.fromBase64 === 'function' ? Uint8Array.fromBase64(b64)
    : Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  mark('base64');
  const raw = new Uint8Array(await new Response(new Response(gz).body.pipeThrough(new DecompressionStream('gzip')))
    .arrayBuffer());
  mark('gunzip');
  const bin = new Uint8Array(raw.length + 11);  // + a custom section "x" of 7 salt bytes
  bin.set(raw);
  bin.set([0, 9, 1, 0x78, ...new TextEncoder().encode(String(salt).padStart(7, '0').slice(-7))], raw.length);
  const compiled = await WebAssembly.compile(bin);
  mark('compile');
  const core = await globalThis.NewsmarkCore({
    instantiateWasm: (imports, done) => { const i = new WebAssembly.Instance(compiled, imports); mark('instantiate'); done(i, compiled); return {}; },
  });
  mark('runtimeInit');
  core._attribution();
  mark('attribution');
  const options = { dct: '', dateOrder: '' };
  JSON.parse(core._analyze(text, options).json);
  mark('firstAnalyze');
  JSON.parse(core._analyze(text, options).json);
  mark('secondAnalyze');
  const out = {};
  for (let i = 1; i < marks.length; i++) out[marks[i][0]] = marks[i][1] - marks[i - 1][1];
  out.toFirstResult = marks.find(([n]) => n === 'firstAnalyze')[1] - marks[0][1];
  return out;
}

const browser = await launch();
const rows = [];
try {
  for (let i = 0; i < runs; i++) {
    const page = await browser.context.newPage();
    await page.goto(`${browser.origin}/`);
    await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Ready'));
    rows.push(await page.evaluate(steps, [text, Date.now() + i]));
    await page.close();
  }
} finally {
  await browser.close();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(JSON.stringify({ runs, medianMs: Object.fromEntries(Object.keys(rows[0]).map((k) => [k, Number(median(rows.map((r) => r[k])).toFixed(2))])) }));
