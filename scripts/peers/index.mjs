// The peers newsmark is measured against, each mapped to the gold's flat layers in its own file here. A peer that
// throws on a document predicts nothing for it; the error is counted, not hidden.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PEERS = ['compromise', 'wink', 'chrono'];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export async function loadPeer(name) {
  if (!PEERS.includes(name)) throw new Error(`unknown peer ${name}; peers are ${PEERS.join(', ')}`);
  const peer = await import(`./${name}.mjs`);
  const versions = peer.packages.map((p) =>
    `${p}@${JSON.parse(readFileSync(path.join(root, 'node_modules', p, 'package.json'), 'utf8')).version}`);
  return { ...peer, versions };
}

// Runs the peer over gold documents ({id, text, dct}) and returns one flat prediction per document.
export function predict(peer, docs) {
  let errors = 0;
  const lines = docs.map((d) => {
    try {
      return { id: d.id, ...peer.analyze(d.text, d.dct ?? null) };
    } catch {
      errors++;
      return { id: d.id, people: [], quotes: [], countries: [], dates: [] };
    }
  });
  return { lines, errors };
}
