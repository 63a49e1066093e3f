// Edge lines of the JSON-lines protocol, where the two CLIs once parted: both read every line by the same rules
// (cli/jsonl.cpp, wasm/cli-records.mjs) and write the same bytes; each case pins what comes out.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertFreshBuild, runBoth } from './core.mjs';

const ok = (id) => `{"id":${id},"schema":"newsmark/1",`;
const refused = (code, message) => JSON.stringify({ id: null, error: { code, message: `line 1${message}` } });
const deep = (n) => `${'['.repeat(n)}${']'.repeat(n)}`;
const CASES = [
  ['a leading BOM is skipped', '\ufeff{"id":"bom","text":"x"}', ok('"bom"')],
  ['\\u0000 inside the text is kept', '{"id":"nul","text":"a\\u0000b"}', ok('"nul"')],
  ['a lone \\ud800 escape is bad-json', '{"id":"s","text":"x \\ud800 y"}', refused('bad-json', ' is not a JSON object')],
  ['invalid UTF-8 in a string is bad-json', Buffer.from([...Buffer.from('{"id":"u","text":"caf'), 0xc3, 0x28, 0x22, 0x7d]),
    refused('bad-json', ' is not a JSON object')],
  ['a number beyond a double (1e400) is bad-json', '{"id":1e400,"text":"x"}', refused('bad-json', ' is not a JSON object')],
  ['-0.0 is written 0', '{"id":-0.0,"text":"x"}', ok('0')],
  ['1.0 is written 1', '{"id":1.0,"text":"x"}', ok('1')],
  ['1e-7 keeps a one-digit exponent', '{"id":1e-7,"text":"x"}', ok('1e-7')],
  ['2^60 is rounded as a double', '{"id":1152921504606846976,"text":"x"}', ok('1152921504606847000')],
  ['1e21 takes an exponent', '{"id":1e21,"text":"x"}', ok('1e+21')],
  ['0.000001 stays decimal', '{"id":0.000001,"text":"x"}', ok('0.000001')],
  ['true stays true', '{"id":true,"text":"x"}', ok('true')],
  ['an object id is bad-id', '{"id":{"b":1,"1":2},"text":"x"}',
    refused('bad-id', ' has an "id" that is not a string, number, boolean or null')],
  ['64 levels of nesting are read', `{"id":"d","text":"x","extra":${deep(63)}}`, ok('"d"')],
  ['65 levels are bad-json before parsing', `{"id":"d","text":"x","extra":${deep(64)}}`,
    refused('bad-json', ' nests deeper than 64 levels')],
  ['60,000 levels of "id" are bad-json, not a crash', `{"id":${deep(60000)},"text":"x"}`,
    refused('bad-json', ' nests deeper than 64 levels')],
  ['brackets inside strings do not count', `{"id":"${'['.repeat(100)}","text":"x"}`, ok(`"${'['.repeat(100)}"`)],
];

for (const [name, line, expected] of CASES) {
  test(`edge line: ${name}, the same from both CLIs`, () => {
    assertFreshBuild();
    const run = runBoth([], Buffer.concat([Buffer.from(line), Buffer.from('\n{"id":"next","text":"y"}\n')]));
    const [first, next, end] = run.stdout.split('\n');
    assert.ok(first.startsWith(expected), `${first.slice(0, 200)} should start with ${expected}`);
    assert.ok(expected.includes('"error"') ? first === expected : first.endsWith('"dates":[]}'), first.slice(0, 200));
    assert.ok(next.startsWith(ok('"next"')));
    assert.equal(end, '');
  });
}

test('a 100 MB line is one too-large record and the next line is answered', () => {
  const big = `{"id":"big","text":"${'a'.repeat(100 << 20)}"}`;
  const run = runBoth([], `${big}\n{"id":"next","text":"y"}`);
  const [first, next, end] = run.stdout.split('\n');
  assert.equal(first, '{"id":"big","error":{"code":"too-large","message":"text is 104857600 bytes of UTF-8; the limit is 25165824 (24 MiB)"}}');
  assert.ok(next.startsWith(ok('"next"')));
  assert.equal(end, '');
  assert.equal(run.status, 1);
});
