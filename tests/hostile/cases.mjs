// The hostile-input table: each case's text and what every layer must answer, as counts of people, quotes,
// countries and dates and the document date (or the error code). `cli` is set where the JSON-lines CLIs must differ
// from the API by design (a lone surrogate cannot travel in a JSON line). The CLI protocol's own cases (malformed JSON,
// missing or wrong-typed fields, a 100 MB line, no final newline, CRLF) are in tests/js/cli.test.mjs and cli-edge.test.mjs.
import { nestedQuotes, ofSize, QUOTE_MARKS, repeat } from './shapes.mjs';

export const LIMIT = 24 << 20;
const digest = (people, quotes, countries, dates, dct = null) => ({ people, quotes, countries, dates, dct });

export const CASES = [
  { name: 'empty', text: () => '', expect: digest(0, 0, 0, 0) },
  { name: 'whitespace only', text: () => ' \t\n\r\n \u00a0\u2003\n\n', expect: digest(0, 0, 0, 0) },
  // The example's eight countries (the Faroe Islands are a territory of Denmark, a place, not a country).
  { name: '10 MB of prose', text: () => ofSize('prose', 10 << 20), expect: digest(3, 75636, 8, 96264, '2022-01-07') },
  { name: '1 MB with no spaces', text: () => 'a'.repeat(1 << 20), expect: digest(0, 0, 0, 0) },
  ...QUOTE_MARKS.map((m) => ({ name: `10,000 unmatched ${m}`, text: () => repeat(`unmatched ${m}`, 10000), expect: digest(0, 0, 0, 0) })),
  { name: 'quotes nested 1,000 deep', text: () => nestedQuotes(1000), expect: digest(0, 1, 0, 0) },
  { name: 'lone surrogates', text: () => 'a\ud800b “Hi \udc00 there,” said Ann Lee.', expect: digest(1, 1, 0, 0),
    cli: { error: 'bad-json' } },
  { name: 'NUL bytes', text: () => 'a\u0000b\u0000 “Hi there,” said Ann Lee.\u0000', expect: digest(1, 1, 0, 0) },
  { name: 'HTML and script tags', text: () => '<script>alert(1)</script><p onclick="x()">“Hi there,” said <b>Ann Lee</b> ' +
    'in <i>France</i>.</p><img src=x onerror="alert(2)">', expect: digest(1, 1, 1, 0) },
  { name: 'right-to-left text', text: () => 'قال الوزير “نحن مستعدون” يوم الاثنين. אמר השר: "אנחנו מוכנים". ' +
    '“We are ready,” said Ann Lee of Israel on 7 January 2022.', expect: digest(1, 1, 1, 1) },
  { name: 'one 1 MB line', text: () => ofSize('prose', 1 << 20).replace(/\n/g, ' '), expect: digest(3, 6881, 8, 9632, '2022-01-07') },
  // Every word capitalised, so a capitalised neighbour is no sign of a person's name: "India" is the country.
  { name: '100k capitalised words', text: () => repeat('capitalised words', 100000), expect: digest(1, 0, 1, 0) },
  { name: '100k dates', text: () => repeat('dates', 100000), expect: digest(0, 0, 0, 100000) },
  { name: '100k "he said" sentences', text: () => repeat('he said', 100000), expect: digest(0, 100000, 0, 0) },
  { name: 'exactly the size limit', text: () => 'a'.repeat(LIMIT), expect: digest(0, 0, 0, 0) },
  { name: 'one byte over the size limit', text: () => 'a'.repeat(LIMIT + 1), expect: { error: 'too-large' } },
];
