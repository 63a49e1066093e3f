// Hostile and odd input through the core (the native CLI is the core and its JSON writer), the wasm module and the
// Node CLI: every case of tests/hostile/cases.mjs gives its pinned answer in every layer, with every span inside the
// text, and the two CLIs write the same bytes. The page gets the small cases in tests/browser/safety.test.mjs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { newsmark, runBoth, scratch } from '../js/core.mjs';
import { CASES } from './cases.mjs';

export function digest(a) {
  if (a.error) return { error: a.error.code };
  return { people: a.people.length, quotes: a.quotes.length, countries: a.countries.length, dates: a.dates.length,
    dct: a.dct?.value ?? null };
}

// Every offset of an analysis lies within the text, start before end.
function assertSpansInside(a, length) {
  const spans = [...a.quotes, ...a.dates, ...a.people.flatMap((p) => p.mentions), ...a.countries.flatMap((c) => c.mentions)];
  for (const s of spans) assert.ok(s.start >= 0 && s.start <= s.end && s.end <= length, JSON.stringify(s));
}

for (const c of CASES) {
  test(`hostile input: ${c.name}`, async () => {
    const nm = await newsmark();
    const text = c.text();
    let api;
    try { api = nm.analyze(text); assertSpansInside(api, text.length); } catch (e) { api = { error: { code: e.code } }; }
    const run = runBoth([], `${JSON.stringify({ id: c.name, text })}\n`);
    const cli = JSON.parse(run.stdout);
    assert.deepEqual(digest(api), c.expect);
    assert.deepEqual(digest(cli), c.cli ?? c.expect);
    assert.equal(cli.id, c.cli ? null : c.name);  // a line refused as bad-json has no id to echo
  });
}

test('hostile input: invalid UTF-8 in a file is replaced, the same in both CLIs', () => {
  const file = path.join(scratch, 'invalid.txt');
  writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xe2, 0x82, 0xf0, 0x9f, 0x98]),
    Buffer.from(' “Hi there,” said Ann Lee. '), Buffer.from([0xed, 0xa0, 0x80, 0xc0, 0xaf])]));
  const out = JSON.parse(runBoth([file], '').stdout);
  assert.deepEqual(digest(out), { people: 1, quotes: 1, countries: 0, dates: 0, dct: null });
});
