// --format csv and md: one row per quote (id, speaker, quote, kind, rule, confidence), the same bytes from both CLIs.
// Rows are checked against the JSON analysis of the same input, read back through an RFC 4180 parser written here.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EXAMPLE_ARTICLE, runBoth } from './core.mjs';

const TRICKY = 'date 2022-01-07\n“No | more, ‘ok’,\nthen,” said Anna Berg.';
const input = [JSON.stringify({ id: 'ex', text: EXAMPLE_ARTICLE }), JSON.stringify({ id: 3, text: TRICKY }),
  JSON.stringify({ id: 'none', text: 'No quotes here.' }), '', '{"id": "t"}'].join('\n') + '\n';

// RFC 4180 read strictly: CRLF ends a record, a quoted field may hold commas, CR, LF and doubled quotes.
function parseCsv(s) {
  const rows = [];
  let row = [], field = '', i = 0;
  while (i < s.length) {
    if (s[i] === '"') {
      for (i++; ; i++) {
        assert.ok(i < s.length, 'an unclosed quoted field');
        if (s[i] === '"' && s[i + 1] === '"') { field += '"'; i++; } else if (s[i] === '"') { i++; break; } else field += s[i];
      }
    } else {
      while (i < s.length && !/[,\r"]/.test(s[i])) field += s[i++];
    }
    if (s[i] === ',') { row.push(field); field = ''; i++; continue; }
    assert.equal(s.slice(i, i + 2), '\r\n', `a record ends with CRLF at ${i}`);
    row.push(field); rows.push(row); row = []; field = ''; i += 2;
  }
  return rows;
}

// The rows the JSON analyses call for: one per quote, its text cut from the input.
function expectedRows() {
  const texts = { ex: EXAMPLE_ARTICLE, 3: TRICKY, none: 'No quotes here.' };
  const analyses = runBoth([], input).stdout.trim().split('\n').map((l) => JSON.parse(l)).filter((a) => !a.error);
  return analyses.flatMap((a) => a.quotes.map((q) => [String(a.id), q.speakerName ?? '',
    texts[a.id].slice(q.start, q.end), q.kind, q.rule, String(q.confidence)]));
}

test('csv is RFC 4180: a header, one CRLF row per quote, fields quoted with doubled quotes, errors as rows of kind error', () => {
  const run = runBoth(['--format', 'csv'], input);
  assert.equal(run.status, 1);
  const rows = parseCsv(run.stdout);
  const quotes = expectedRows();
  assert.ok(quotes.length >= 10, `only ${quotes.length} quotes`);
  assert.deepEqual(rows, [['id', 'speaker', 'quote', 'kind', 'rule', 'confidence'], ...quotes,
    ['', '', 'line 4 is blank', 'error', 'blank-line', ''], ['t', '', 'line 5 has no "text" string', 'error', 'bad-text', '']]);
  assert.ok(run.stdout.startsWith('id,speaker,quote,kind,rule,confidence\r\n'));
  assert.ok(run.stdout.endsWith('\r\n,,line 4 is blank,error,blank-line,\r\nt,,"line 5 has no ""text"" string",error,bad-text,\r\n'));
  // The tricky quote holds commas and a line break, so it travels quoted; an error message holds quote marks.
  assert.match(run.stdout, /\r\n3,[^,\r\n]*,"No \| more, ‘ok’,\nthen,",/);
});

test('md is one table: a row per quote, pipes escaped, line breaks as spaces, errors as rows of kind error', () => {
  const run = runBoth(['--format', 'md'], input);
  assert.equal(run.status, 1);
  const lines = run.stdout.split('\n');
  assert.equal(lines.pop(), '');
  const cell = (s) => s.replaceAll('|', '\\|').replace(/\r\n|\r|\n/g, ' ');
  assert.deepEqual(lines, ['| id | speaker | quote | kind | rule | confidence |', '|---|---|---|---|---|---|',
    ...expectedRows().map((r) => `|${r.map((c) => ` ${cell(c)} |`).join('')}`),
    '|  |  | line 4 is blank | error | blank-line |  |', '| t |  | line 5 has no "text" string | error | bad-text |  |']);
  assert.match(run.stdout, /\n\| 3 \| [^|]* \| No \\\| more, ‘ok’, then, \| /);
});

test('a document without quotes writes no row, and an empty input only the head', () => {
  for (const [format, head] of [['csv', 'id,speaker,quote,kind,rule,confidence\r\n'],
    ['md', '| id | speaker | quote | kind | rule | confidence |\n|---|---|---|---|---|---|\n']]) {
    assert.equal(runBoth(['--format', format], '').stdout, head);
    const run = runBoth(['--format', format], '{"id": "q", "text": "Plain words."}\n');
    assert.equal(run.stdout, head);
    assert.equal(run.status, 0);
  }
  assert.equal(runBoth([], '').stdout, '');
});
