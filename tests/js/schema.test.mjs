// The JSON Schema (schema/newsmark-1.schema.json) and the code must change together. Every output the Node tests make
// is validated against it (tests/js/core.mjs); here a fixture that produces every optional member and every enumerated
// value (fixtures/complete.jsonl) pins the other direction: the schema lists exactly what the core writes, in order.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { generateTypes, typesFile } from '../../schema/gen-types.mjs';
import { EXAMPLE_ARTICLE, newsmark, root, runBoth, scratch } from './core.mjs';
import { schema, schemaErrors } from './schema.mjs';

const defs = schema.$defs;
const lines = readFileSync(path.join(root, 'tests/js/fixtures/complete.jsonl'), 'utf8').split('\n').filter(Boolean);
const docs = lines.map((l) => JSON.parse(l));
// Members only the page's export writes (a reader's corrections, web/corrections.mjs), never the core.
const PAGE_ONLY = new Set(['corrected']);
// Error codes no test input can provoke: the Node CLI's core stopping is a bug.
const UNPROVOKED = new Set(['internal']);

// Adds v to the set kept under key.
const note = (map, key, v) => (map.get(key) ?? map.set(key, new Set()).get(key)).add(v);

// Every object in an analysis, paired with the $defs entry that describes it.
function* objects(a) {
  yield ['analysis', a];
  if (a.dct) yield ['dct', a.dct];
  for (const p of a.people) { yield ['person', p]; for (const m of p.mentions) yield ['personMention', m]; }
  for (const q of a.quotes) {
    yield ['quote', q];
    for (const s of [q.source, q.cue]) if (s) yield ['span', s];
  }
  for (const c of a.countries) { yield ['country', c]; for (const m of c.mentions) yield ['countryMention', m]; }
  for (const d of a.dates) yield ['dateMention', d];
}

const analyses = async () => {
  const nm = await newsmark();
  return [nm.analyze(EXAMPLE_ARTICLE), ...docs.map(({ text, dct, dateOrder }) => nm.analyze(text, { dct, dateOrder }))];
};

test('the generated TypeScript declarations are what the schema gives today', async () => {
  assert.equal(readFileSync(typesFile, 'utf8'), await generateTypes(),
    `${path.relative(root, typesFile)} is out of date: run npm run build`);
});

test('the schema lists exactly the members the core writes, in the order it writes them', async () => {
  const seen = new Map();
  for (const a of await analyses()) {
    for (const [def, o] of objects(a)) {
      const listed = Object.keys(defs[def].properties).filter((k) => !PAGE_ONLY.has(k));
      assert.deepEqual(Object.keys(o), listed.filter((k) => k in o), `${def}: members or their order differ`);
      for (const k of Object.keys(o)) note(seen, def, k);
    }
  }
  for (const [def, s] of Object.entries(defs)) {
    if (!s.properties || def.startsWith('cli')) continue;
    const listed = Object.keys(s.properties).filter((k) => !PAGE_ONLY.has(k));
    assert.deepEqual([...(seen.get(def) ?? [])].sort(), listed.sort(),
      `${def}: the schema lists a member that the complete fixture never produced (or the fixture lacks a case)`);
  }
});

test('every enumerated value in the schema is one the core writes, and the fixture produces each', async () => {
  const seen = new Map();
  for (const a of await analyses()) {
    for (const [def, o] of objects(a)) {
      for (const [k, v] of Object.entries(o)) {
        if (defs[def].properties[k]?.enum) note(seen, `${def}.${k}`, v);
      }
    }
  }
  // The rules come from the core's own table; a fixture for each of sixteen sieves would be brittle.
  assert.deepEqual(defs.quote.properties.rule.enum, (await newsmark()).attribution.rules,
    'the schema and the core list different rules');
  for (const [def, s] of Object.entries(defs)) {
    for (const [k, p] of Object.entries(s.properties ?? {})) {
      if (!p.enum || def.startsWith('cli') || `${def}.${k}` === 'quote.rule') continue;
      assert.deepEqual([...(seen.get(`${def}.${k}`) ?? [])].map(String).sort(), p.enum.map(String).sort(),
        `${def}.${k}: the schema's values and the fixture's differ`);
    }
  }
});

// One line per error code, each refused line also outside the schema of an input line; the analysed ones inside it.
const BAD_LINES = [
  ['blank-line', '   '], ['bad-json', '{"id": 1,'], ['bad-json', '[1, 2]'], ['bad-id', '{"id": [1], "text": "x"}'],
  ['bad-text', '{"id": "t"}'], ['bad-dct', '{"id": "d", "text": "x", "dct": 20220107}'],
  ['bad-date-order', '{"id": "o", "text": "x", "dateOrder": 1}'],
];

test('both CLIs write records the schema describes, an error record for every code, for lines it describes', () => {
  const big = JSON.stringify({ id: 'big', text: 'a'.repeat(24 * 2 ** 20 + 1) });
  const input = [...lines, ...BAD_LINES.map(([, l]) => l), big].join('\n');
  const out = runBoth([], `${input}\n`).stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
  const codes = out.filter((r) => r.error).map((r) => r.error.code);
  assert.deepEqual(codes, [...BAD_LINES.map(([c]) => c), 'too-large']);
  const file = path.join(scratch, 'missing.txt');
  const unreadable = JSON.parse(runBoth([file]).stdout);
  assert.equal(unreadable.error.code, 'unreadable');
  const enumerated = defs.cliErrorRecord.properties.error.properties.code.enum;
  assert.deepEqual([...new Set([...codes, 'unreadable'])].sort(), enumerated.filter((c) => !UNPROVOKED.has(c)).sort());
  for (const l of lines) assert.equal(schemaErrors('cliInputLine', JSON.parse(l)), '');
  for (const [code, l] of BAD_LINES) {
    let doc;
    try { doc = JSON.parse(l); } catch { continue; }  // not JSON at all
    if (code !== 'blank-line') assert.notEqual(schemaErrors('cliInputLine', doc), '', `${code}: ${l}`);
  }
  writeFileSync(path.join(scratch, 'pretty.txt'), EXAMPLE_ARTICLE);
  runBoth(['--pretty', path.join(scratch, 'pretty.txt')]);  // validated, record by record, in core.mjs
});

test('the schema refuses what the core never writes', async () => {
  const a = (await newsmark()).analyze(EXAMPLE_ARTICLE);
  const broken = [
    { ...a, extra: 1 }, { ...a, schema: 'newsmark/2' }, { ...a, quotes: [{ ...a.quotes[0], kind: 'sarcastic' }] },
    { ...a, dates: [{ ...a.dates[0], order: 'ymd' }] }, { ...a, people: [{ ...a.people[0], gender: 'x' }] },
    { ...a, countries: [{ ...a.countries[0], iso: 'usa' }] }, { ...a, quotes: [{ ...a.quotes[0], start: -1 }] },
  ];
  for (const b of broken) assert.notEqual(schemaErrors('analysis', b), '');
});
