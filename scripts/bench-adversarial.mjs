// The adversarial rows of `npm run bench`: time per MB of the nastiest shapes of tests/hostile/shapes.mjs at 1, 4 and
// 16 MB (any stage that grows faster than linearly shows as a ratio well over 1), the wasm heap's high-water mark on
// 10 MB of each, and the native CLI's peak RSS on a 16 MB document. Figures only; no threshold is enforced here.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createNewsmark } from '../wasm/newsmark.mjs';
import { ofSize } from '../tests/hostile/shapes.mjs';

const MB = 1 << 20;
const SHAPES = ['commas', 'he said', 'dates', 'distinct names', 'capitalised words', 'unmatched “', 'no spaces'];
const SCALES = [1, 4, 16];

const cpuMs = (fn) => { const u = process.cpuUsage(); fn(); const d = process.cpuUsage(u); return (d.user + d.system) / 1000; };

// A fresh instance whose wasm heap can be read (also by tests/js/memory.test.mjs): the factory's argument is the
// module object itself, so its heap and the private _heapInUse are at hand.
export async function instance(root) {
  const factory = createRequire(import.meta.url)(path.join(root, 'build/wasm/newsmark-core.js'));
  let mod;
  const nm = await createNewsmark({ factory: (m) => { mod = m; return factory(m); },
    wasmBinary: readFileSync(path.join(root, 'build/wasm/newsmark-core.wasm')) });
  return { nm, heapBytes: () => mod.HEAP8.buffer.byteLength, inUse: () => mod._heapInUse() };
}

// The native CLI over one file: CPU seconds and peak RSS from /usr/bin/time (whose 10 ms steps are too coarse to time
// a fast shape: "no spaces" at 1 MB read 0 ms, and its ratios NaN and Infinity).
function nativeRun(cli, file) {
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', cli, file], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const [user, sys, kb] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { ms: (user + sys) * 1000, peakRssMB: kb / 1024, status: r.status };
}

// CPU ms of analyze() per file, from Google Benchmark's native bench (microsecond resolution, as the throughput rows);
// null when the bench was not built, and the CLI's time stands in.
function benchMs(root, files) {
  const bench = path.join(root, 'build/native/bench/newsmark_bench');
  if (!existsSync(bench)) return null;
  const r = spawnSync(bench, ['--benchmark_format=json', '--benchmark_filter=^analyze/', '--benchmark_min_time=0.05',
    ...files], { encoding: 'utf8', maxBuffer: 64 * MB });
  if (r.status !== 0) return null;
  const unit = { ns: 1e-6, us: 1e-3, ms: 1, s: 1e3 };
  return Object.fromEntries(JSON.parse(r.stdout).benchmarks.map((b) =>
    [b.run_name.slice('analyze/'.length), b.cpu_time * unit[b.time_unit]]));
}

export async function runAdversarial(root, dir) {
  mkdirSync(dir, { recursive: true });
  const cli = path.join(root, 'build/native/newsmark');
  const scaling = {};
  for (const shape of SHAPES) {
    // The 16 MB text first, untimed, so the heap has grown before any timing: growing copies it, which is start-up.
    const { nm } = await instance(root);
    const texts = SCALES.map((scale) => ofSize(shape, scale * MB));
    nm.analyze(texts.at(-1));
    scaling[shape] = {};
    SCALES.forEach((scale, i) => {
      const file = path.join(dir, `${shape.replace(/\W+/g, '-')}-${scale}MB.txt`);
      writeFileSync(file, texts[i]);
      // The least of a few runs (fewer for larger texts): the machine may be shared, and noise only adds time.
      const runs = scale < 16 ? 3 : 1;
      const least = (fn) => Math.min(...Array.from({ length: runs }, fn));
      scaling[shape][scale] = { wasmMs: least(() => cpuMs(() => nm.analyze(texts[i]))),
        native: { file, runs } };
    });
  }
  const files = SHAPES.flatMap((shape) => SCALES.map((scale) => scaling[shape][scale].native.file));
  const precise = benchMs(root, files);
  for (const shape of SHAPES) {
    for (const scale of SCALES) {
      const native = scaling[shape][scale].native;
      native.ms = precise?.[path.basename(native.file)] ??
        Math.min(...Array.from({ length: native.runs }, () => nativeRun(cli, native.file).ms));
    }
  }
  const memory = {};
  for (const shape of ['prose', ...SHAPES]) {
    const { nm: fresh, heapBytes } = await instance(root);
    const text = ofSize(shape, 10 * MB);
    fresh.analyze(text);
    memory[shape] = { bytes: Buffer.byteLength(text), heapBytes: heapBytes() };
  }
  const doc = path.join(dir, 'prose-16MB.txt');
  writeFileSync(doc, ofSize('prose', 16 * MB));
  return { scaling, memory, native16MB: nativeRun(cli, doc) };
}

export function adversarialRows(a, mbs) {
  const rows = [];
  const perMB = (s, key) => SCALES.map((x) => key(s[x]) / x);
  for (const [shape, s] of Object.entries(a.scaling)) {
    const wasm = perMB(s, (r) => r.wasmMs), native = perMB(s, (r) => r.native.ms);
    // A time of 0 (below the clock's step) has no ratio: n/a rather than NaN or Infinity.
    const ratios = (p) => p.map((x) => (p[0] > 0 ? (x / p[0]).toFixed(2) : 'n/a')).join(' / ');
    rows.push(['adversarial: time per MB at 1 / 4 / 16 MB, ratio to 1 MB', `${shape} (${mbs(1000 / wasm[0])} wasm at 1 MB)`,
      ratios(native), ratios(wasm)]);
  }
  for (const [shape, m] of Object.entries(a.memory)) {
    rows.push(['wasm heap high-water, fresh instance', `10 MB of ${shape}`, '–',
      `${(m.heapBytes / MB).toFixed(0)} MB (${(m.heapBytes / m.bytes).toFixed(1)}× the input)`]);
  }
  const n = a.native16MB;
  rows.push(['native CLI peak RSS', '16 MB document (prose)', `${n.peakRssMB.toFixed(0)} MB (${(n.peakRssMB / 16).toFixed(1)}× the input)`, '–']);
  return rows;
}
