#!/usr/bin/env node
// The Node CLI over the wasm: the same arguments, input and output as the native build/native/newsmark, byte for byte.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createNewsmark, NewsmarkError } from './newsmark.mjs';

const USAGE = 'usage: newsmark [--pretty] [--dct YYYY-MM-DD] [--date-order dmy|mdy] [FILE]\n' +
  '  Reads JSON lines {"id", "text", "dct"?, "dateOrder"?} on standard input and writes one newsmark/1 analysis per line.\n' +
  '  With FILE, analyses that one plain-text article instead.\n';

function parseArgs(argv) {
  const a = { pretty: false, dct: '', dateOrder: '', file: '' };
  for (let i = 0; i < argv.length; ++i) {
    const arg = argv[i];
    if (arg === '--pretty') a.pretty = true;
    else if (arg === '--dct' && i + 1 < argv.length) a.dct = argv[++i];
    else if (arg === '--date-order' && i + 1 < argv.length) a.dateOrder = argv[++i];
    else if (arg === '-h' || arg === '--help') { process.stdout.write(USAGE); process.exit(0); }
    else if (arg.startsWith('-')) { process.stderr.write(`newsmark: unknown option ${arg}\n${USAGE}`); process.exit(2); }
    else if (!a.file) a.file = arg;
    else { process.stderr.write(USAGE); process.exit(2); }
  }
  return a;
}

const args = parseArgs(process.argv.slice(2));
const nm = await createNewsmark();
const out = [];
const flush = () => { if (out.length) { process.stdout.write(out.join('')); out.length = 0; } };
const emit = (obj) => { out.push(JSON.stringify(obj, null, args.pretty ? 2 : undefined) + '\n'); if (out.length > 64) flush(); };
const errorLine = (id, code, message) => ({ id, error: { code, message } });

function analyse(id, text, dct, dateOrder) {
  try {
    emit({ id, ...nm.analyze(text, { dct, dateOrder }) });
    return true;
  } catch (e) {
    if (!(e instanceof NewsmarkError)) throw e;
    emit(errorLine(id, e.code, e.message));
    return false;
  }
}

let failed = false;
if (args.file) {
  let bytes;
  try { bytes = readFileSync(args.file); } catch { process.stderr.write(`newsmark: cannot read ${args.file}\n`); process.exit(2); }
  // TextDecoder replaces invalid UTF-8 exactly as the core does, so offsets agree with the native CLI.
  failed = !analyse(args.file, new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), args.dct, args.dateOrder);
} else {
  let n = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    ++n;
    if (!/[^ \t\r]/.test(line)) continue;
    let rec;
    try { rec = JSON.parse(line); } catch { rec = undefined; }
    if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) {
      emit(errorLine(null, 'bad-json', `line ${n} is not a JSON object`)); failed = true; continue;
    }
    const id = 'id' in rec ? rec.id : null;
    if (typeof rec.text !== 'string') {
      emit(errorLine(id, 'bad-text', `line ${n} has no "text" string`)); failed = true; continue;
    }
    let dct = args.dct;
    if (rec.dct !== undefined && rec.dct !== null) {
      if (typeof rec.dct !== 'string') {
        emit(errorLine(id, 'bad-dct', `line ${n} has a "dct" that is not a string`)); failed = true; continue;
      }
      dct = rec.dct;
    }
    let dateOrder = args.dateOrder;
    if (rec.dateOrder !== undefined && rec.dateOrder !== null) {
      if (typeof rec.dateOrder !== 'string') {
        emit(errorLine(id, 'bad-date-order', `line ${n} has a "dateOrder" that is not a string`)); failed = true; continue;
      }
      dateOrder = rec.dateOrder;
    }
    failed = !analyse(id, rec.text, dct, dateOrder) || failed;
  }
}
flush();
process.exitCode = failed ? 1 : 0;
