// The CLIs on JSON lines: native (build/native/newsmark) and Node (wasm/cli.mjs) write the same bytes, one result per
// input line, and exit with the documented codes.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { assertFreshBuild, exampleFile, runBoth, runNative, runNode, scratch } from './core.mjs';

test('wasm and native CLIs give byte-identical output for the example article', () => {
  assertFreshBuild();
  const run = runBoth([exampleFile]);
  assert.equal(run.status, 0);
  assert.equal(JSON.parse(run.stdout).id, exampleFile);
  assert.equal(JSON.parse(run.stdout).dct.value, '2022-01-07');
});

test('one output line for every input line, in order: blank and bad lines are error records and exit 1', () => {
  const input = [
    JSON.stringify({ id: 'a', text: 'date 2022-01-07\nHello 😀 world.' }),
    'not json',
    '',
    JSON.stringify({ id: 7 }),
    ' \t\r',
    JSON.stringify({ id: 'd', text: 'x', dct: '2022-13-01' }),
    JSON.stringify({ id: 'e', text: 'Caf\u00e9 \uD83D\uDE00', dct: '2022-01-07' }) + '\r',
    JSON.stringify({ id: 'f', text: 'Held 07/01/2022.', dateOrder: 'dmy' }),
    JSON.stringify({ id: 'g', text: 'Held 07/01/2022.', dateOrder: 'ymd' }),
    '[1, 2]',
    JSON.stringify({ id: 'k', text: 'x', dct: 20220107 }),
    JSON.stringify({ text: 'no id' }),
  ].join('\n');  // the last line has no newline and still counts
  const run = runBoth([], input);
  assert.equal(run.status, 1);
  const lines = run.stdout.split('\n');
  assert.equal(lines.pop(), '');
  const out = lines.map((l) => JSON.parse(l));
  assert.deepEqual(out.map((l) => l.id), ['a', null, null, 7, null, 'd', 'e', 'f', 'g', null, 'k', null]);
  assert.deepEqual(out.map((l) => l.error ?? null), [
    null,
    { code: 'bad-json', message: 'line 2 is not a JSON object' },
    { code: 'blank-line', message: 'line 3 is blank' },
    { code: 'bad-text', message: 'line 4 has no "text" string' },
    { code: 'blank-line', message: 'line 5 is blank' },
    { code: 'bad-dct', message: out[5].error.message },
    null,
    null,
    { code: 'bad-date-order', message: out[8].error.message },
    { code: 'bad-json', message: 'line 10 is not a JSON object' },
    { code: 'bad-dct', message: 'line 11 has a "dct" that is not a string' },
    null,
  ]);
  assert.deepEqual(out[7].dates.map((d) => [d.value, d.order]), [['2022-01-07', 'dmy']]);
  assert.equal(out[6].dct.source, 'option');
});

test('a line with invalid UTF-8 or a lone surrogate escape is bad-json in both CLIs', () => {
  const input = Buffer.concat([Buffer.from('{"id":"u","text":"caf'), Buffer.from([0xc3, 0x28]), Buffer.from('"}\n'),
    Buffer.from('{"id":"s","text":"x \\ud800 y"}\n'), Buffer.from('\ufeff{"id":"bom","text":"ok"}\n')]);
  const run = runBoth([], input);
  const out = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(out.map((l) => [l.id, l.error?.code ?? null]), [[null, 'bad-json'], [null, 'bad-json'], ['bom', null]]);
});

test('a clean run exits 0 and --pretty indents identically', () => {
  const run = runBoth(['--pretty'], JSON.stringify({ id: 'p', text: ' date 2022-01-07 Text.' }) + '\n');
  assert.equal(run.status, 0);
  assert.match(run.stdout, /^\{\n {2}"id": "p",\n {2}"schema": "newsmark\/1",/);
});

test('invalid UTF-8 in a file is replaced the same way by both CLIs', () => {
  const file = path.join(scratch, 'bad.txt');
  writeFileSync(file, Buffer.from([0xef, 0xbb, 0xbf, 0x20, 0xc3, 0x28, 0xe2, 0x82, 0x20, 0xf0, 0x9f, 0x98, 0x80, 0x0a,
    ...Buffer.from('date 2022-01-07')]));
  assert.equal(runBoth([file]).status, 0);
});

test('a usage error exits 2 with one message and the usage on stderr, and writes nothing', () => {
  const cases = [
    [['--nope'], 'unknown option --nope'],
    [['--jobs', '0'], '--jobs needs a whole number from 1 to 256'],
    [['--jobs', 'two'], '--jobs needs a whole number from 1 to 256'],
    [['--jobs', '257'], '--jobs needs a whole number from 1 to 256'],
    [['--format', 'xml'], '--format must be jsonl, csv or md'],
    [['--format', 'csv', '--pretty'], '--pretty applies to --format jsonl only'],
    [['--dct'], '--dct needs a value'],
  ];
  for (const [args, message] of cases) {
    for (const run of [runNative(args, ''), runNode(args, '')]) {
      assert.equal(run.status, 2, args.join(' '));
      assert.equal(run.stdout, '');
      assert.equal(run.stderr.split('\n')[0], `newsmark: ${message}`);
      assert.match(run.stderr, /\nusage: newsmark /);
    }
  }
});

test('--help prints the same usage from both CLIs, exit codes included, and exits 0', () => {
  const run = runBoth(['--help'], '');
  assert.equal(run.status, 0);
  assert.match(run.stdout, /^usage: newsmark \[options\] \[FILE\|FOLDER \.\.\.\]\n/);
  assert.match(run.stdout, /\nexit codes: 0 every document analysed; 1 some gave error records; 2 usage error, nothing analysed\.\n$/);
});
