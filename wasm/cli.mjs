#!/usr/bin/env node
// The Node CLI over the wasm: the same arguments, input and output as the native build/native/newsmark, byte for
// byte, one document at a time (--jobs is accepted and checked, for scripts that drive both).
import { once } from 'node:events';
import { createNewsmark } from './newsmark.mjs';
import { header } from './cli-format.mjs';
import { plan, processFile, processLine, stdinLines } from './cli-records.mjs';
import { progress } from './cli-progress.mjs';

// cli/args.cpp prints the same text, byte for byte.
const USAGE = 'usage: newsmark [options] [FILE|FOLDER ...]\n' +
  '  Reads JSON lines {"id", "text", "dct"?, "dateOrder"?} on standard input and writes one result per input line,\n' +
  '  in input order; a blank or bad line gives an error record {"id", "error": {"code", "message"}} and the run goes on.\n' +
  '  Given FILEs or FOLDERs, analyses each plain-text file instead (a folder: its *.txt files, recursively, by name).\n' +
  'options:\n' +
  '  --format jsonl|csv|md  jsonl (default): one newsmark/1 analysis per line; csv (RFC 4180) or a markdown table: one\n' +
  '                         row per quote: id, speaker, quote, kind, rule, confidence (an error: a row of kind error)\n' +
  '  --jobs N               documents analysed at once (default: one per core; the Node CLI runs one at a time)\n' +
  '  --dct YYYY-MM-DD       the article date where a line or file gives none\n' +
  '  --date-order dmy|mdy   day/month order of numeric dates such as 07/01/2022\n' +
  '  --pretty               indented JSON (jsonl only)\n' +
  '  -h, --help             this text\n' +
  '  A progress line goes to standard error when it is a terminal.\n' +
  'exit codes: 0 every document analysed; 1 some gave error records; 2 usage error, nothing analysed.\n';

function parseArgs(argv) {
  const a = { pretty: false, dct: '', dateOrder: '', format: 'jsonl', jobs: 0, inputs: [], help: false };
  for (let i = 0; i < argv.length; ++i) {
    const arg = argv[i];
    if (['--dct', '--date-order', '--format', '--jobs'].includes(arg) && i + 1 >= argv.length) return `${arg} needs a value`;
    if (arg === '--pretty') a.pretty = true;
    else if (arg === '--dct') a.dct = argv[++i];
    else if (arg === '--date-order') a.dateOrder = argv[++i];
    else if (arg === '--jobs') {
      const v = argv[++i];
      if (!/^[1-9][0-9]{0,2}$/.test(v) || Number(v) > 256) return '--jobs needs a whole number from 1 to 256';
      a.jobs = Number(v);
    } else if (arg === '--format') {
      a.format = argv[++i];
      if (!['jsonl', 'csv', 'md'].includes(a.format)) return '--format must be jsonl, csv or md';
    } else if (arg === '-h' || arg === '--help') a.help = true;
    else if (arg.length > 1 && arg.startsWith('-')) return `unknown option ${arg}`;
    else a.inputs.push(arg);
  }
  if (a.pretty && a.format !== 'jsonl') return '--pretty applies to --format jsonl only';
  return a;
}

const args = parseArgs(process.argv.slice(2));
if (typeof args === 'string') {
  process.stderr.write(`newsmark: ${args}\n${USAGE}`);
  process.exit(2);
}
if (args.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}

// Output is gathered into large writes, and waits when standard output cannot keep up, so memory stays bounded.
let pending = '';
async function write(s, force = false) {
  pending += s;
  if (pending.length < (1 << 16) && !force) return;
  const ok = process.stdout.write(pending);
  pending = '';
  if (!ok) await once(process.stdout, 'drain');
}

const nm = await createNewsmark();
const { files, knownSize } = plan(args.inputs);
const shown = progress(knownSize);
let failed = false;
const emit = async (r, size) => {
  failed ||= r.failed;
  shown.add(size, r.failed);
  await write(r.text);
};
await write(header(args.format));
try {
  if (args.inputs.length) {
    for (const file of files) {
      const r = processFile(nm, file, args);
      await emit(r, r.size);
    }
  } else {
    let n = 0;
    for await (const line of stdinLines()) await emit(processLine(nm, line, ++n, args), line.length + 1);
  }
  process.exitCode = failed ? 1 : 0;
} catch (e) {
  // A bug, not bad input: what was answered is still written, and the exit code is none of the documented ones.
  process.stderr.write(`newsmark: internal error: ${e?.stack ?? e}\n`);
  process.exitCode = 70;
} finally {
  await write('', true);
  shown.finish();
}
