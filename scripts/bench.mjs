// Speed and size: prints one markdown table and writes build/bench/results.json. Inputs are only the dev gold texts
// (../shared/gold/dev/) and the example article (../shared/gold/seed-nato-russia-talks.txt):
// - latency per article (the example and the median-length dev article): native (Google Benchmark,
//   build/native/bench/newsmark_bench) and wasm in Node (median of many runs after warm-up);
// - throughput over 1, 4 and 16 MB concatenations of the dev texts (one shuffled order: every size the same mix), and
//   time per MB as a ratio to the 1 MB figure;
// - the peers (scripts/peers/) on the same texts in this process, bounded because they are slow, with their ratio
//   to newsmark wasm; start-up; sizes raw and gzip -9; paste-to-highlights in headless Chromium;
// - archive throughput of the CLIs over the dev documents as JSON lines, at 1 and 2 jobs, with peak memory;
// - adversarial shapes at 1, 4 and 16 MB, the wasm heap's high-water mark and native peak RSS (bench-adversarial.mjs).
// Nothing here asserts a time: budgets are read off the table, not enforced by tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import { startupToFirstResult } from '../bench/startup.mjs';
import { adversarialRows, runAdversarial } from './bench-adversarial.mjs';
import { PEERS, loadPeer } from './peers/index.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const goldDir = path.resolve(process.env.NEWSMARK_GOLD ?? path.join(root, '../shared/gold'));
const outDir = path.join(root, 'build/bench');
const inputsDir = path.join(outDir, 'inputs');
const nativeBench = path.join(root, 'build/native/bench/newsmark_bench');
const MB = 1 << 20;  // sizes are UTF-8 bytes; 1 MB = 2^20 bytes
const SCALES = [1, 4, 16];
const STAGES = ['document', 'dates', 'countries', 'people', 'quotes', 'json'];  // as bench/native_bench.cpp names them
const PEER_1MB_BUDGET_S = 30;  // a peer still busy with the 1 MB text after this long is stopped and reported as such

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[(s.length - 1) >> 1] : NaN; };

// CPU time of this process in ms: the figures the table shows, since the machine may be shared and wall-clock time
// then counts other processes' turns (wall-clock medians are kept beside them in results.json).
const cpuNow = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

// Times fn until maxRuns or budgetMs (at least minRuns) after warm-up runs; returns the medians in ms.
function timeRuns(fn, { warmup = 20, minRuns = 30, maxRuns = 2000, budgetMs = 1500 } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  const cpu = [], wall = [];
  const until = performance.now() + budgetMs;
  while (cpu.length < maxRuns && (cpu.length < minRuns || performance.now() < until)) {
    const t0 = performance.now(), c0 = cpuNow();
    fn();
    cpu.push(cpuNow() - c0);
    wall.push(performance.now() - t0);
  }
  return { ms: median(cpu), wallMs: median(wall), runs: cpu.length };
}

function goldDocs() {
  const dir = path.join(goldDir, 'dev');
  if (!existsSync(dir)) throw new Error(`no gold folder at ${dir} (set NEWSMARK_GOLD to the folder holding dev/)`);
  const docs = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(path.join(dir, f), 'utf8').split('\n')) {
      if (line.trim()) { const d = JSON.parse(line); docs.push({ id: d.id, text: d.text, dct: d.dct ?? null }); }
    }
  }
  return docs;
}

// The dev texts in one fixed shuffled order (by a hash of each id), so that every size holds the same mix of files: in
// file order the 1 MB text was all from the first files, and time per MB then compared content, not size.
function shuffled(docs) {
  const key = (id) => {
    let h = 2166136261;  // FNV-1a
    for (const c of id) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
    return h;
  };
  return [...docs].sort((a, b) => key(a.id) - key(b.id) || (a.id < b.id ? -1 : 1));
}

// The dev texts one after another (blank line between), repeated as needed and cut to exactly `bytes` UTF-8 bytes
// at a character boundary.
function concatenation(docs, bytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const t = docs[i % docs.length].text + '\n\n';
    parts.push(t);
    size += Buffer.byteLength(t);
  }
  const buf = Buffer.from(parts.join(''));
  let end = bytes;
  while (end > 0 && (buf[end] & 0xc0) === 0x80) end--;
  return buf.subarray(0, end).toString('utf8');
}

function prepareInputs() {
  mkdirSync(inputsDir, { recursive: true });
  const docs = goldDocs();
  const exampleText = readFileSync(path.join(goldDir, 'seed-nato-russia-talks.txt'), 'utf8');
  const byLength = [...docs].sort((a, b) => a.text.length - b.text.length || (a.id < b.id ? -1 : 1));
  const mid = byLength[(byLength.length - 1) >> 1];
  const articles = [
    { key: 'example', label: 'example article', id: 'seed-nato-russia-talks.txt', text: exampleText,
      dct: /^\s*date (\d{4}-\d{2}-\d{2})/.exec(exampleText)?.[1] ?? null },
    { key: 'median', label: 'median dev article', id: mid.id, text: mid.text, dct: mid.dct },
  ];
  const mix = shuffled(docs);
  const bigs = SCALES.map((n) => ({ key: `${n}MB`, label: `${n} MB of dev texts`, text: concatenation(mix, n * MB) }));
  for (const x of [...articles, ...bigs]) {
    x.file = path.join(inputsDir, `${x.key}.txt`);
    writeFileSync(x.file, x.text);
    x.bytes = Buffer.byteLength(x.text);
  }
  return { articles, bigs, docs: docs.length };
}

// Google Benchmark over the given inputs: the median of `repetitions`, each running for at least minTime seconds. Per
// input, bench/native_bench.cpp runs `analyze/` (with per-stage times and the counting allocator's figures as counters),
// `document/` (make_document alone) and `lookup/` (make_document and one hash look-up per token): the floors.
function runNative(inputs, { minTime, repetitions, warmup = 0 }) {
  if (!existsSync(nativeBench)) {
    return { error: `${path.relative(root, nativeBench)} is missing (libbenchmark-dev was not found at build time)` };
  }
  const args = ['--benchmark_format=json', `--benchmark_min_time=${minTime}`, `--benchmark_repetitions=${repetitions}`,
    `--benchmark_min_warmup_time=${warmup}`,
    '--benchmark_report_aggregates_only=true', ...inputs.map((x) => x.file)];
  const r = spawnSync(nativeBench, args, { encoding: 'utf8', maxBuffer: 64 * MB });
  if (r.status !== 0) return { error: `newsmark_bench exited with ${r.status}: ${r.stderr.slice(0, 300)}` };
  const out = {};
  for (const b of JSON.parse(r.stdout).benchmarks) {
    if (b.aggregate_name !== 'median') continue;
    const [kind, file] = [b.run_name.slice(0, b.run_name.indexOf('/')), b.run_name.slice(b.run_name.indexOf('/') + 1)];
    const x = inputs.find((i) => path.basename(i.file) === file);
    if (!x) continue;
    const unit = { ns: 1e-6, us: 1e-3, ms: 1, s: 1e3 }[b.time_unit];
    const time = { ms: b.cpu_time * unit, wallMs: b.real_time * unit, mbPerS: x.bytes / MB / (b.cpu_time * unit / 1000) };
    out[x.key] ??= {};
    if (kind === 'analyze') {
      const stageMs = Object.fromEntries(STAGES.map((st) => [st, b[`us_${st}`] / 1000]));
      Object.assign(out[x.key], time, { stageMs, heap: { allocsPerMB: b.allocs_per_mb,
        allocBytesPerByte: b.alloc_bytes_per_byte, peakBytesPerByte: b.peak_heap_per_byte } });
    } else {
      out[x.key][kind] = time;
    }
  }
  return out;
}

async function runWasm(articles, bigs) {
  const { createNewsmark } = await import('../wasm/newsmark.mjs');
  const t0 = performance.now();
  const nm = await createNewsmark();
  const coldMs = performance.now() - t0;
  const warm = [];
  for (let i = 0; i < 5; i++) { const t = performance.now(); await createNewsmark(); warm.push(performance.now() - t); }
  const out = { startup: { coldMs, warmMs: median(warm) } };
  // Fresh processes, so the word lists are built and the code compiled as a page's first analysis finds them.
  out.firstResult = startupToFirstResult(5, articles[0].file);
  for (const a of articles) out[a.key] = timeRuns(() => nm.analyze(a.text, { dct: a.dct }));
  for (const b of bigs) {
    const runs = b.bytes > 4 * MB ? 3 : b.bytes > MB ? 5 : 9;
    const r = timeRuns(() => nm.analyze(b.text), { warmup: 1, minRuns: runs, maxRuns: runs, budgetMs: 0 });
    out[b.key] = { ...r, mbPerS: b.bytes / MB / (r.ms / 1000) };
  }
  return out;
}

// The wasm boundary: what turning the core's result into JS objects costs, on the example article and 16 MB. The core
// is run bare (_analyzeOnly: the analysis into structs, converted to nothing) beside the public path (the core's
// newsmark/1 JSON, then JSON.parse), in turns so that load on the machine falls on both alike; the difference of the
// medians is the conversion.
async function runBoundary(texts) {
  const { createRequire } = await import('node:module');
  const factory = createRequire(import.meta.url)(path.join(root, 'build/wasm/newsmark-core.js'));
  const core = await factory({ wasmBinary: readFileSync(path.join(root, 'build/wasm/newsmark-core.wasm')) });
  const ways = {
    bare: (t, o) => core._analyzeOnly(t, o),
    json: (t, o) => JSON.parse(core._analyze(t, o).json),
  };
  const out = {};
  for (const x of texts) {
    const options = { dct: x.dct ?? '', dateOrder: '' };
    const runs = x.bytes > 4 * MB ? 3 : 300;
    const times = Object.fromEntries(Object.keys(ways).map((k) => [k, []]));
    for (let i = 0; i < runs + 1; i++) {
      for (const [k, fn] of Object.entries(ways)) {
        const c0 = cpuNow();
        fn(x.text, options);
        if (i) times[k].push(cpuNow() - c0);  // the first turn warms up
      }
    }
    const t = Object.fromEntries(Object.entries(times).map(([k, xs]) => [k, median(xs)]));
    // Each stage's time inside wasm (the core's own clock), median per stage over the same number of runs.
    const laps = [];
    for (let i = 0; i < runs + 1; i++) {
      const lap = core._analyzeStages(x.text, options);
      if (i) laps.push(lap);
    }
    const stageMs = Object.fromEntries(STAGES.map((st, i) => [st, median(laps.map((l) => l[i]))]));
    out[x.key] = { bareMs: t.bare, jsonMs: t.json - t.bare, callMs: t.json, runs, stageMs };
  }
  return out;
}

function runPeer(name, articles, big) {
  return new Promise((resolve) => {
    const worker = new Worker(fileURLToPath(import.meta.url), {
      workerData: { name, articles: articles.map(({ key, text, dct }) => ({ key, text, dct })), big: { text: big.text } },
    });
    const result = { name };
    let timer;
    worker.on('message', (m) => {
      if (m.big) { result.big = m.big; clearTimeout(timer); worker.terminate(); return; }
      Object.assign(result, m);
      // This thread idles meanwhile, so the process's CPU time from here on is the peer's.
      const c0 = cpuNow();
      timer = setTimeout(() => {
        result.big = { stopped: true, ms: cpuNow() - c0, wallMs: PEER_1MB_BUDGET_S * 1000 };
        worker.terminate();
      }, PEER_1MB_BUDGET_S * 1000);
    });
    worker.on('error', (e) => { result.error = String(e.message ?? e); });
    worker.on('exit', () => { clearTimeout(timer); resolve(result); });
  });
}

// Archive throughput: the CLIs over the dev documents as JSON lines, wall-clock since jobs run side by side, through
// /usr/bin/time for CPU time and peak memory. The Node CLI runs one document at a time, so its 2 jobs are GNU parallel's.
function runArchive(docs) {
  const file = path.join(inputsDir, 'archive.jsonl');
  writeFileSync(file, docs.map((d) => `${JSON.stringify(d)}\n`).join(''));
  const bytes = statSync(file).size;
  const native = path.join(root, 'build/native/newsmark');
  const node = `${process.execPath} ${path.join(root, 'wasm/cli.mjs')}`;
  const runs = { native1: `${native} --jobs 1`, native2: `${native} --jobs 2`, node1: node,
    node2: `parallel --will-cite --pipe --keep-order --block ${Math.ceil(bytes / 2)} -j 2 ${node}` };  // 2 blocks: 2 start-ups
  const out = { bytes };
  for (const [key, command] of Object.entries(runs)) {
    const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', 'sh', '-c', `${command} < ${file} > /dev/null`], { encoding: 'utf8' });
    const [wallS, user, sys, rssKB] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number);
    out[key] = r.status === 0 ? { wallS, cpuS: user + sys, mbPerS: bytes / MB / wallS, peakRssMB: rssKB / 1024 }
      : { error: `exit ${r.status}: ${r.stderr.slice(0, 200)}` };
  }
  return out;
}

// Opens the built page in headless Chromium, pastes the example (a real Ctrl+V, as a reader would: typing is debounced
// on purpose and would measure the debounce) and reads the page's own measure.
async function runChromium(example) {
  if (!existsSync(path.join(root, 'web/dist/index.html'))) return { ms: null, note: 'web/dist is not built' };
  let browser;
  try {
    const { launch, openPage, paste } = await import('../tests/browser/chromium.mjs');
    browser = await launch();
    const { page } = await openPage(browser);
    const durations = [];
    const count = () => page.evaluate(() => performance.getEntriesByName('newsmark:paste-to-highlights').length);
    for (let i = 0; i < 5; i++) {
      await page.fill('#article', '');
      await page.waitForTimeout(400);  // lets the page finish with the empty text, which may record a measure too
      const before = await count();
      await paste(page, example.text);
      const got = await page.waitForFunction((n) => {
        const e = performance.getEntriesByName('newsmark:paste-to-highlights');
        return e.length > n && { duration: e[e.length - 1].duration };
      }, before, { timeout: 3000 }).then((h) => h.jsonValue(), () => null);
      if (got === null) break;
      durations.push(got.duration);
    }
    if (!durations.length) return { ms: null, note: 'the page records no newsmark:paste-to-highlights measure' };
    return { ms: median(durations), runs: durations.length };
  } catch (e) {
    return { ms: null, note: `Chromium did not run: ${String(e.message ?? e).split('\n')[0]}` };
  } finally {
    await browser?.close().catch(() => {});
  }
}

function size(file) {
  const buf = readFileSync(file);
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}

function sizes() {
  const out = {};
  for (const [key, f] of [['wasm', 'build/wasm/newsmark-core.wasm'], ['js', 'build/wasm/newsmark-core.js']]) {
    if (existsSync(path.join(root, f))) out[key] = { file: f, ...size(path.join(root, f)) };
  }
  const dist = path.join(root, 'web/dist');
  if (existsSync(dist)) {
    const files = readdirSync(dist, { recursive: true }).filter((f) => statSync(path.join(dist, f)).isFile()).sort();
    const each = Object.fromEntries(files.map((f) => [f, size(path.join(dist, f))]));
    const sum = (k) => Object.values(each).reduce((a, s) => a + s[k], 0);
    out.page = { folder: 'web/dist', files: each, raw: sum('raw'), gzip: sum('gzip') };
  }
  return out;
}

const kb = (n) => (n >= MB ? `${(n / MB).toFixed(2)} MB` : `${(n / 1024).toFixed(1)} KB`);
const ms = (x) => (x == null || Number.isNaN(x) ? 'n/a' : x < 1 ? `${(x * 1000).toFixed(0)} µs` : `${x.toFixed(x < 10 ? 2 : 1)} ms`);
const mbs = (x) => (x == null || Number.isNaN(x) ? 'n/a' : `${x.toFixed(x < 10 ? 2 : 1)} MB/s`);
const times = (peer, ours) => `×${(peer / ours).toFixed(peer / ours < 10 ? 1 : 0)}`;

function peerCell(p, key, oursMs, bytes) {
  if (!p || p.error) return p?.error ? `failed: ${p.error}` : 'n/a';
  const r = key === 'big' ? p.big : p.latency?.[key];
  if (!r) return 'n/a';
  if (r.stopped) return `stopped after ${PEER_1MB_BUDGET_S} s, ${ms(r.ms)} CPU (> ${times(r.ms, oursMs)})`;
  if (r.error) return `threw after ${ms(r.ms ?? NaN)}`;
  const speed = key === 'big' ? `${mbs(bytes / MB / (r.ms / 1000))}, ` : '';
  return `${speed}${ms(r.ms)} (${times(r.ms, oursMs)})`;
}

// Where native time and heap go: per-stage times (wasm's too, for the inputs the boundary rows time), the floors under
// the pipeline, and the counting allocator's figures.
function detailRows(n, inputs, boundary = {}) {
  if (n.error) return [];
  const rows = [];
  const perStage = (stageMs) => {
    const total = STAGES.reduce((a, st) => a + stageMs[st], 0);
    return STAGES.map((st) => `${st} ${ms(stageMs[st])} (${(100 * stageMs[st] / total).toFixed(0)}%)`).join(' · ');
  };
  for (const x of inputs) {
    const r = n[x.key];
    if (!r?.stageMs) continue;
    const w = boundary[x.key]?.stageMs;
    rows.push(['per stage (median call; share of the sum)', x.label, perStage(r.stageMs), w ? perStage(w) : '–']);
  }
  for (const x of inputs) {
    const r = n[x.key];
    if (!r?.document) continue;
    rows.push(['native floor: make_document alone · + one hash look-up per token', x.label,
      `${mbs(r.document.mbPerS)} · ${mbs(r.lookup.mbPerS)} (analyze: ${mbs(r.mbPerS)}, ` +
      `${(r.ms / r.lookup.ms).toFixed(1)}× the look-up floor)`, '–']);
  }
  for (const x of inputs) {
    const h = n[x.key]?.heap;
    if (!h) continue;
    rows.push(['native heap per analysis (counting allocator)', x.label,
      `${Math.round(h.allocsPerMB).toLocaleString('en')} allocations per MB; ${h.allocBytesPerByte.toFixed(1)} bytes ` +
      `allocated and ${h.peakBytesPerByte.toFixed(1)} bytes peak live per input byte`, '–']);
  }
  return rows;
}

function table(res, inputs) {
  const { articles, bigs } = inputs;
  const peerNames = Object.keys(res.peers);
  const head = ['measure', 'input', 'newsmark native', 'newsmark wasm (Node)', ...peerNames];
  const rows = [];
  const none = peerNames.map(() => '–');
  const n = res.native, w = res.wasm;
  for (const a of articles) {
    rows.push(['latency per article (median)', `${a.label} (${a.id}, ${kb(a.bytes)})`, ms(n[a.key]?.ms), ms(w[a.key].ms),
      ...peerNames.map((p) => peerCell(res.peers[p], a.key, w[a.key].ms))]);
  }
  for (const b of bigs.filter((x) => x.key !== '4MB')) {
    rows.push(['throughput', b.label, mbs(n[b.key]?.mbPerS), mbs(w[b.key].mbPerS),
      ...peerNames.map((p) => (b.key === '1MB' ? peerCell(res.peers[p], 'big', w[b.key].ms, b.bytes) : 'not run'))]);
  }
  for (const b of bigs.slice(1)) {
    rows.push(['time per MB, ratio to 1 MB', b.label, res.scaling.native[b.key]?.toFixed(2) ?? 'n/a',
      res.scaling.wasm[b.key].toFixed(2), ...none]);
  }
  for (const row of detailRows(n, [articles[0], ...bigs.filter((x) => x.key !== '4MB')], res.boundary)) rows.push([...row, ...none]);
  rows.push(['start-up: createNewsmark until ready (Node)', 'first in process; later ones (median of 5)', '–',
    `${ms(w.startup.coldMs)}; ${ms(w.startup.warmMs)}`,
    ...peerNames.map((p) => (res.peers[p].loadMs != null ? `import + model: ${ms(res.peers[p].loadMs)}` : 'n/a'))]);
  const f = w.firstResult;
  rows.push(['start-up to first result (Node): import + createNewsmark + first analyze', `${articles[0].label}, fresh ` +
    'process (median of 5)', '–', `${ms(f.toFirstResult)} (create ${ms(f.create)}, first analyze ${ms(f.first)})`, ...none]);
  for (const [key, b] of Object.entries(res.boundary)) {
    rows.push(['result conversion to JS objects (core JSON + JSON.parse)', key === 'example' ? articles[0].label :
      bigs.at(-1).label, '–', `${ms(b.jsonMs)} (${Math.round(100 * b.jsonMs / b.callMs)}% of the call)`, ...none]);
  }
  const ar = res.archive;
  const speed = (r) => (r.error ? `failed (${r.error})` : `${mbs(r.mbPerS)}, ${r.peakRssMB.toFixed(0)} MB peak`);
  rows.push(['archive throughput, wall-clock (CLI over JSON lines)', `the dev documents (${kb(ar.bytes)})`,
    `1 job: ${speed(ar.native1)}; 2 jobs: ${speed(ar.native2)}`,
    `Node CLI: ${speed(ar.node1)}; 2 via GNU parallel: ${speed(ar.node2)}`, ...none]);
  for (const r of adversarialRows(res.adversarial, mbs)) rows.push([...r, ...none]);
  const c = res.chromium;
  rows.push(['paste to highlights, headless Chromium (page measure)', 'example article', '–',
    c.ms == null ? `n/a (${c.note})` : `${ms(c.ms)} (median of ${c.runs})`, ...none]);
  const s = res.sizes;
  for (const [key, label] of [['wasm', '.wasm'], ['js', '.js']]) {
    rows.push([`size ${label} (raw / gzip -9)`, s[key]?.file ?? 'not built', '–',
      s[key] ? `${kb(s[key].raw)} / ${kb(s[key].gzip)}` : 'n/a', ...none]);
  }
  rows.push(['size of the page, gzip -9 (HTML + JS + CSS + wasm)',
    s.page ? `web/dist, ${Object.keys(s.page.files).length} files` : 'not built', '–',
    s.page ? `${kb(s.page.gzip)} (raw ${kb(s.page.raw)})` : 'n/a', ...none]);
  const lines = [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`);
  return lines.join('\n');
}

async function main() {
  const started = performance.now();
  const inputs = prepareInputs();
  const { articles, bigs } = inputs;
  const res = {
    generated: new Date().toISOString(),
    commit: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout?.trim() || null,
    machine: { cpu: os.cpus()[0]?.model, cores: os.availableParallelism(), node: process.version,
      loadAverage: os.loadavg().map((x) => Number(x.toFixed(2))) },
    inputs: Object.fromEntries([...articles, ...bigs].map((x) => [x.key, { id: x.id, bytes: x.bytes,
      file: path.relative(root, x.file) }])),
  };
  res.wasm = await runWasm(articles, bigs);  // first, so start-up is measured in a process that has loaded nothing
  res.boundary = await runBoundary([articles[0], bigs.at(-1)]);
  // The large inputs get longer runs: a single 16 MB iteration per repetition leaves the figure to chance.
  res.native = runNative(articles, { minTime: 0.2, repetitions: 5 });
  if (!res.native.error) Object.assign(res.native, runNative(bigs, { minTime: 1, repetitions: 3, warmup: 1 }));
  const perMB = (r) => Object.fromEntries(bigs.map((b) => [b.key, r[b.key]?.ms / (b.bytes / MB)]));
  const ratio = (r) => { const p = perMB(r); return Object.fromEntries(bigs.map((b) => [b.key, p[b.key] / p['1MB']])); };
  res.scaling = { native: res.native.error ? {} : ratio(res.native), wasm: ratio(res.wasm),
    msPerMB: { native: res.native.error ? {} : perMB(res.native), wasm: perMB(res.wasm) } };
  res.peers = {};
  for (const name of PEERS) {
    const p = await runPeer(name, articles, bigs[0]);
    res.peers[name] = p;
    p.ratioToWasm = {};
    for (const a of articles) if (p.latency?.[a.key]?.ms) p.ratioToWasm[a.key] = p.latency[a.key].ms / res.wasm[a.key].ms;
    if (p.big?.ms && !p.big.error) p.ratioToWasm['1MB'] = p.big.ms / res.wasm['1MB'].ms;
  }
  res.archive = runArchive(goldDocs());
  res.adversarial = await runAdversarial(root, path.join(outDir, 'adversarial'));
  res.chromium = await runChromium(articles[0]);
  res.sizes = sizes();
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'results.json'), JSON.stringify(res, null, 2) + '\n');
  console.log(table(res, inputs));
  console.log(`\nTimes are CPU time (medians; wall-clock beside them in results.json), except start-up and Chromium. ` +
    `native: analyze() into structs without JSON, Google Benchmark median of 5 repetitions of at least 0.2 s ` +
    `(1 to 16 MB: 3 of at least 1 s, after 1 s of warm-up)` +
    `${res.native.error ? ` (${res.native.error})` : ''}. wasm: nm.analyze() in Node including conversion to JS ` +
    `objects, median of many runs after warm-up (1 MB: 9 runs, 4 MB: 5, 16 MB: 3). Native per stage: thread CPU ` +
    `time of each stage within the timed calls, json being append_members (the CLI's writer) after analyze(); heap ` +
    `figures from one further call under bench/alloc_count.cpp. Wasm per stage (example and 16 MB): wall-clock ` +
    `time of each stage on the core's own clock inside wasm (_analyzeStages), json being the core's JSON writer, ` +
    `median over the conversion rows' runs. Instructions per MB are not in the table: perf has ` +
    `no hardware counters on this machine (valgrind --tool=callgrind on newsmark_bench gives them by hand). Peers, ` +
    `bounded: the two articles ` +
    `(median of up to 20 runs after 5 warm-up runs) and one run over the 1 MB text, stopped after ` +
    `${PEER_1MB_BUDGET_S} s; not run at 4 and 16 MB; ×N is the peer's time over newsmark wasm's on the same text. ` +
    `${inputs.docs} dev documents; 1 MB = 2^20 bytes of UTF-8; gzip -9 is zlib level 9. Archive: wall-clock MB/s ` +
    `of JSON lines in, peak RSS from /usr/bin/time. Load average ` +
    `${res.machine.loadAverage.join(' ')} on ${res.machine.cores} cores. Results in build/bench/results.json ` +
    `(${((performance.now() - started) / 1000).toFixed(0)} s).`);
}

// Peers run in a worker thread of this process, so a peer stuck on the 1 MB text can be stopped.
if (!isMainThread) {
  const { name, articles, big } = workerData;
  const t0 = performance.now();
  const peer = await loadPeer(name);
  const loadMs = performance.now() - t0;
  const latency = {};
  for (const a of articles) {
    try {
      latency[a.key] = timeRuns(() => peer.analyze(a.text, a.dct), { warmup: 5, minRuns: 5, maxRuns: 20, budgetMs: 3000 });
    } catch (e) {
      latency[a.key] = { error: String(e.message ?? e) };
    }
  }
  parentPort.postMessage({ versions: peer.versions, loadMs, latency });
  const t1 = performance.now(), c1 = cpuNow();
  try {
    peer.analyze(big.text, null);
    parentPort.postMessage({ big: { ms: cpuNow() - c1, wallMs: performance.now() - t1, runs: 1 } });
  } catch (e) {
    parentPort.postMessage({ big: { error: String(e.message ?? e), ms: cpuNow() - c1, wallMs: performance.now() - t1 } });
  }
} else {
  await main();
}
