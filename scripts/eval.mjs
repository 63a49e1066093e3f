// Accuracy against the gold: runs the native CLI over every ../shared/gold/dev/*.jsonl (listed at run time), scores
// each with ../shared/gold/score.py (the one scorer), prints one markdown table and writes build/eval/results.json.
//   npm run eval                      newsmark only
//   npm run eval -- --peers           newsmark and every peer (scripts/peers/) in the same table
//   npm run eval -- --raise-floors    also raise tests/eval/floors.json to today's F1 (floors never go down)
// NEWSMARK_GOLD overrides where the gold folder is (default ../shared/gold beside the repository).
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PEERS, loadPeer } from './peers/index.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const goldDir = path.resolve(process.env.NEWSMARK_GOLD ?? path.join(root, '../shared/gold'));
export const floorsFile = path.join(root, 'tests/eval/floors.json');
const cli = path.join(root, 'build/native/newsmark');
const scorer = path.join(goldDir, 'score.py');
const outDir = path.join(root, 'build/eval');

export function goldFiles() {
  const dir = path.join(goldDir, 'dev');
  if (!existsSync(dir)) throw new Error(`no gold folder at ${dir} (set NEWSMARK_GOLD to the folder holding dev/)`);
  return readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(dir, f));
}

// Runs a command; stdin and stdout may be file paths. Resolves with {code, stdout, stderr}.
function run(cmd, args, { stdin, stdout } = {}) {
  return new Promise((resolve, reject) => {
    const fds = [stdin ? openSync(stdin, 'r') : 'ignore', stdout ? openSync(stdout, 'w') : 'pipe'];
    const child = spawn(cmd, args, { cwd: root, stdio: [...fds, 'pipe'] });
    for (const fd of fds) if (typeof fd === 'number') closeSync(fd);
    let out = '', err = '';
    child.stdout?.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: out, stderr: err }));
  });
}

async function score(gold, pred) {
  const r = await run('python3', [scorer, gold, pred, '--json']);
  if (r.code !== 0) throw new Error(`score.py failed on ${pred}: ${r.stderr.trim()}`);
  return JSON.parse(r.stdout);
}

// One system over one gold file: predictions to build/eval/pred/SYSTEM/FILE, then the scorer's verdict.
async function evaluateOne(system, gold) {
  const file = path.basename(gold);
  const pred = path.join(outDir, 'pred', system, file);
  mkdirSync(path.dirname(pred), { recursive: true });
  const started = performance.now();
  let errors;
  if (system === 'newsmark') {
    const r = await run(cli, [], { stdin: gold, stdout: pred });
    if (r.code !== 0 && r.code !== 1) throw new Error(`newsmark CLI exited with ${r.code} on ${file}: ${r.stderr.trim()}`);
    errors = readFileSync(pred, 'utf8').split('\n').filter((l) => l.includes('"error":{')).length;
  } else {
    const r = await run(process.execPath, [path.join(root, 'scripts/peers/run.mjs'), system, gold, pred]);
    if (r.code !== 0) throw new Error(`peer ${system} failed on ${file}: ${r.stderr.trim()}`);
    errors = JSON.parse(r.stdout).errors;
  }
  const seconds = (performance.now() - started) / 1000;
  const { docs, missing, scores } = await score(gold, pred);
  return { system, file, docs, missing, errors, seconds, scores };
}

async function pool(jobs, width) {
  const results = new Array(jobs.length);
  let next = 0;
  const worker = async () => { while (next < jobs.length) { const i = next++; results[i] = await jobs[i](); } };
  await Promise.all(Array.from({ length: Math.min(width, jobs.length) }, worker));
  return results;
}

// Scores newsmark (and the peers when asked) on every dev file. Returns the object written to results.json.
export async function evaluate({ peers = false } = {}) {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build`);
  const golds = goldFiles();
  const systems = ['newsmark', ...(peers ? PEERS : [])];
  const jobs = systems.flatMap((s) => golds.map((g) => () => evaluateOne(s, g)));
  const done = await pool(jobs, Math.max(1, os.availableParallelism()));
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout?.trim() || null;
  const out = { generated: new Date().toISOString(), commit, gold: golds.map((g) => path.relative(root, g)), systems: {} };
  for (const s of systems) {
    const meta = s === 'newsmark' ? { metrics: null, versions: ['native CLI build/native/newsmark'] } : await loadPeer(s);
    out.systems[s] = { versions: meta.versions, metrics: meta.metrics, files: {} };
  }
  for (const r of done) {
    const { system, file, ...rest } = r;
    out.systems[system].files[file] = rest;
  }
  return out;
}

const fmt = (x) => x.toFixed(3);

export function table(results) {
  const systems = Object.keys(results.systems);
  const head = ['file', 'metric', 'gold', ...systems.flatMap((s) => [`${s} P`, 'R', 'F1'])];
  const rows = [head, head.map((h, i) => (i < 2 ? '---' : '---:'))];
  const files = Object.keys(results.systems.newsmark.files);
  for (const file of files) {
    // The scorer leaves out `reported` where neither gold nor prediction has any, so systems may differ.
    const metrics = {};
    for (const s of systems) Object.assign(metrics, results.systems[s].files[file]?.scores);
    for (const metric of Object.keys(metrics).sort()) {
      const cells = [file.replace(/\.jsonl$/, ''), metric, String(metrics[metric].gold)];
      for (const s of systems) {
        // –: the system gives nothing this metric could count (its zero is still in results.json).
        const { metrics: given, files } = results.systems[s];
        const v = files[file]?.scores[metric];
        if (!v || (given && !given.includes(metric))) cells.push('–', '–', '–');
        else cells.push(fmt(v.p), fmt(v.r), fmt(v.f1));
      }
      rows.push(cells);
    }
  }
  return rows.map((r) => `| ${r.join(' | ')} |`).join('\n');
}

function footer(results) {
  return Object.entries(results.systems).map(([s, { versions, files }]) => {
    const fs = Object.values(files);
    const secs = fs.reduce((a, f) => a + f.seconds, 0);
    const errors = fs.reduce((a, f) => a + f.errors, 0);
    const docs = fs.reduce((a, f) => a + f.docs, 0);
    return `${s} (${versions.join(', ')}): ${docs} documents in ${secs.toFixed(1)} s` +
      (errors ? `, ${errors} threw or failed and score nothing` : '');
  }).join('; ');
}

// Raises every floor to today's F1 rounded down to 3 decimals; a floor never goes down.
export function raiseFloors(results) {
  const floors = existsSync(floorsFile) ? JSON.parse(readFileSync(floorsFile, 'utf8')) : {};
  for (const [file, { scores }] of Object.entries(results.systems.newsmark.files)) {
    floors[file] ??= {};
    for (const [metric, { f1 }] of Object.entries(scores)) {
      const today = Math.floor(f1 * 1000 + 1e-6) / 1000;
      floors[file][metric] = Math.max(floors[file][metric] ?? 0, today);
    }
  }
  writeFileSync(floorsFile, JSON.stringify(floors, null, 2) + '\n');
  return floors;
}

async function main(argv) {
  const known = new Set(['--peers', '--raise-floors']);
  const unknown = argv.filter((a) => !known.has(a));
  if (unknown.length) throw new Error(`unknown option ${unknown[0]}; options: ${[...known].join(' ')}`);
  const results = await evaluate({ peers: argv.includes('--peers') });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(table(results));
  const dash = Object.keys(results.systems).length > 1
    ? ' – marks a metric the peer gives nothing for (no ISO codes, speakers, reported speech or values).' : '';
  console.log(`\n${footer(results)}. Scored by ${path.relative(root, scorer)}; ` +
    `results in build/eval/results.json.${dash}`);
  if (argv.includes('--raise-floors')) {
    raiseFloors(results);
    console.log(`floors raised where F1 went up: ${path.relative(root, floorsFile)}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((e) => { console.error(`eval: ${e.message}`); process.exit(1); });
}
