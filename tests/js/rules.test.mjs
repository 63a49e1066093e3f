// Every attribution rule the core can stamp on a quote has a reader's description on the page: the rule names are read
// from the core's own sources (core/quotes), so a new sieve without words for the tooltip fails here.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { RULES } from '../../web/describe.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function coreRules() {
  const dir = path.join(root, 'core/quotes');
  const found = new Set();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.cpp'))) {
    for (const line of fs.readFileSync(path.join(dir, file), 'utf8').split('\n')) {
      // Any name on a line that sets or tests a rule, and the sieve name passed to set(…, "x", 0.9).
      if (/\brule\b/.test(line) && !line.trim().startsWith('//'))
        for (const m of line.matchAll(/"([a-z][a-z-]+)"/g)) found.add(m[1]);
      for (const m of line.matchAll(/"([a-z][a-z-]+)",\s*0\.\d+\)/g)) found.add(m[1]);
    }
  }
  return [...found].sort();
}

test('every attribution rule the core stamps has a description for the tooltip', () => {
  const rules = coreRules();
  assert.ok(rules.length >= 12, `found only ${rules.join(', ')}`);
  assert.deepEqual(rules.filter((r) => !RULES[r]), []);
});
