// Runs one peer over one gold file in its own process, so peers and files run side by side on all cores:
// node scripts/peers/run.mjs PEER GOLD.jsonl OUT.jsonl. Prints {"errors", "seconds"} as JSON on stdout.
import { readFileSync, writeFileSync } from 'node:fs';
import { loadPeer, predict } from './index.mjs';

const [name, gold, out] = process.argv.slice(2);
const peer = await loadPeer(name);
const docs = readFileSync(gold, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const started = performance.now();
const { lines, errors } = predict(peer, docs);
const seconds = (performance.now() - started) / 1000;
writeFileSync(out, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
console.log(JSON.stringify({ errors, seconds }));
