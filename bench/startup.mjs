// Start-up to first result in wasm: each run is a fresh Node process that imports the module, creates the core and
// analyses the example article once. Prints medians in ms as one JSON line; `npm run bench` shows the same figures in
// its table (startupToFirstResult below).
//   node bench/startup.mjs [runs=9] [article=../shared/gold/seed-nato-russia-talks.txt]
// NEWSMARK_ROOT=/other/checkout times another build (say, main's) the same way, for a before and after.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const moduleRoot = path.resolve(process.env.NEWSMARK_ROOT ?? root);
export const exampleArticle = path.join(root, '../shared/gold/seed-nato-russia-talks.txt');

// The child: the times of its own steps, from before the import to the first result and a second one.
const child = (article) => `
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(${JSON.stringify(article)}, 'utf8');
  const t0 = performance.now();
  const { createNewsmark } = await import(${JSON.stringify(path.join(moduleRoot, 'wasm/newsmark.mjs'))});
  const nm = await createNewsmark();
  const t1 = performance.now();
  nm.analyze(text);
  const t2 = performance.now();
  nm.analyze(text);
  const t3 = performance.now();
  console.log(JSON.stringify({ create: t1 - t0, first: t2 - t1, second: t3 - t2, toFirstResult: t2 - t0 }));`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Medians over `runs` fresh processes of each step's time in ms: create (import + createNewsmark), first (the first
// analyze, which builds the word lists), second, and toFirstResult (create + first).
export function startupToFirstResult(runs = 9, article = exampleArticle) {
  const rows = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', child(article)], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`run ${i} failed: ${r.stderr}`);
    rows.push(JSON.parse(r.stdout));
  }
  return Object.fromEntries(Object.keys(rows[0]).map((k) => [k, Number(median(rows.map((x) => x[k])).toFixed(2))]));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const runs = Number(process.argv[2] ?? 9);
  const article = path.resolve(process.argv[3] ?? exampleArticle);
  console.log(JSON.stringify({ runs, article: path.basename(article), medianMs: startupToFirstResult(runs, article) }));
}
