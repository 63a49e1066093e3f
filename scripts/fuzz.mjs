// Builds the libFuzzer targets (the `fuzz` preset: clang, ASan + UBSan, the library instrumented too) and runs each
// for a bounded time on the committed corpus plus seeds made here: `npm run fuzz -- SECONDS` (default 60, half with
// inputs up to 512 bytes and half up to 8192; the JSON-lines reader gets a third as long). Crashes land in build/fuzz/artifacts/ and fail the run; the executions and
// crashes of each target are printed and written to build/fuzz/results.json.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXAMPLE_ARTICLE } from '../web/example.mjs';
import { nestedQuotes, repeat, SHAPES } from '../tests/hostile/shapes.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seconds = Number(process.argv[2] ?? 60);
if (!(seconds > 0)) { console.error('usage: npm run fuzz -- SECONDS'); process.exit(2); }
const out = path.join(root, 'build/fuzz');

execFileSync('cmake', ['--preset', 'fuzz', '--log-level=WARNING'], { cwd: root, stdio: 'inherit' });
execFileSync('cmake', ['--build', '--preset', 'fuzz', '-j', '2'], { cwd: root, stdio: 'inherit' });

function seedDir(name, seeds) {
  const dir = path.join(out, `seeds-${name}`);
  mkdirSync(dir, { recursive: true });
  seeds.forEach((s, i) => writeFileSync(path.join(dir, `seed-${i}`), s));
  return dir;
}

// The project's own texts, and every adversarial shape at a size libFuzzer's max_len keeps whole.
const fixtures = path.join(root, 'tests/extension/fixtures');
const texts = [EXAMPLE_ARTICLE, nestedQuotes(300), ...Object.keys(SHAPES).map((s) => repeat(s, 400).slice(0, 8000)),
  ...readdirSync(fixtures).filter((f) => f.endsWith('.html')).map((f) => readFileSync(path.join(fixtures, f), 'utf8'))];
const lines = [
  '{"id":"a","text":"x"}', '\ufeff{"id":"bom","text":"x"}', '{"id":1e400,"text":"x"}', '{"id":-0.0,"text":"x"}',
  '{"id":1152921504606846976,"text":"x"}', '{"id":{"b":1},"text":"x"}', '{"text":"a\\u0000b \\ud800"}', '[1,2]', ' \t\r',
  '{"id":"d","text":"x","dct":"2022-01-07","dateOrder":"dmy"}', `{"id":${'['.repeat(70)}${']'.repeat(70)}}`,
  JSON.stringify({ id: 'example', text: EXAMPLE_ARTICLE.slice(0, 2000) }),
];

const results = {};
let crashed = false;
// analyze() runs half its time on short inputs (many executions) and half on long ones (long-range structure).
const RUNS = [['analyze_fuzz', 512, 'corpus', texts, 1 / 2], ['analyze_fuzz', 8192, 'corpus', texts, 1 / 2],
  ['jsonl_fuzz', 8192, 'corpus-jsonl', lines, 1 / 3]];
for (const [target, maxLen, corpus, seeds, share] of RUNS) {
  const work = path.join(out, `work-${target}`);  // new inputs go here, and persist between runs
  const artifacts = path.join(out, 'artifacts');
  for (const d of [work, artifacts]) mkdirSync(d, { recursive: true });
  const dirs = [work, seedDir(target, seeds)];
  const committed = path.join(root, 'tests/fuzz', corpus);
  try { if (readdirSync(committed).length) dirs.push(committed); } catch { /* none committed */ }
  const time = Math.max(1, Math.round(seconds * share));
  const run = spawnSync(path.join(out, 'tests/fuzz', target), [`-max_total_time=${time}`, `-max_len=${maxLen}`, '-timeout=30',
    '-rss_limit_mb=2048', '-print_final_stats=1', `-artifact_prefix=${artifacts}/${target}-`, ...dirs],
    { encoding: 'utf8', maxBuffer: 1 << 28 });
  const executions = Number(/stat::number_of_executed_units: (\d+)/.exec(run.stderr)?.[1] ?? 0);
  const crashes = run.status === 0 ? 0 : 1;  // libFuzzer stops at the first crash
  results[`${target} max_len=${maxLen}`] = { seconds: time, executions, crashes };
  console.log(`${target} (max_len ${maxLen}): ${executions} executions in ${time} s, ${crashes} crashes`);
  if (crashes) { crashed = true; console.log(run.stderr.split('\n').slice(-60).join('\n')); }
}
writeFileSync(path.join(out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
process.exit(crashed ? 1 : 0);
