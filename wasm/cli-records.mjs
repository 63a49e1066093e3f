// The documents of a run, read in order (JSON lines on standard input, or plain-text files and folders), and the work
// done on each; cli/records.cpp reads and answers the same way, byte for byte.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { NewsmarkError } from './newsmark.mjs';
import { formatAnalysis, formatError } from './cli-format.mjs';

const bytewise = (a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b));

// A folder's *.txt files, depth first, each folder's entries in bytewise name order.
function listFolder(dir, out) {
  let names;
  try { names = readdirSync(dir).sort(bytewise); } catch { return; }
  const prefix = dir.endsWith('/') ? dir : `${dir}/`;
  for (const name of names) {
    const path = prefix + name;
    let st;
    try { st = statSync(path); } catch { continue; }
    if (st.isDirectory()) listFolder(path, out);
    else if (name.endsWith('.txt') && st.isFile()) out.push(path);
  }
}

const isDirectory = (p) => { try { return statSync(p).isDirectory(); } catch { return false; } };
const sizeOf = (p) => { try { const st = statSync(p); return st.isFile() ? st.size : 0; } catch { return 0; } };

// Files to read, folders listed; and the total input size when it is known up front (else 0).
export function plan(inputs) {
  const files = [];
  for (const input of inputs) {
    if (isDirectory(input)) listFolder(input, files);
    else files.push(input);
  }
  let knownSize = files.reduce((n, f) => n + sizeOf(f), 0);
  if (!inputs.length) { try { const st = statSync('/dev/stdin'); if (st.isFile()) knownSize = st.size; } catch { /* a pipe */ } }
  return { files, knownSize };
}

// Standard input split on \n only (as std::getline does), one Buffer per line; a last line without \n counts. The
// pieces of a line are joined once, so a long line costs its length, not its length times its chunks.
export async function* stdinLines() {
  let pieces = [];
  for await (const chunk of process.stdin) {
    let start = 0, at;
    while ((at = chunk.indexOf(0x0a, start)) >= 0) {
      pieces.push(chunk.subarray(start, at));
      yield pieces.length === 1 ? pieces[0] : Buffer.concat(pieces);
      pieces = [];
      start = at + 1;
    }
    if (start < chunk.length) pieces.push(chunk.subarray(start));
  }
  if (pieces.length) yield Buffer.concat(pieces);
}

// Refused before parsing, as cli/jsonl.cpp refuses it: checking a deeper value recursively could exhaust the stack.
export const MAX_LINE_DEPTH = 64;

// Brackets outside strings, counted on the raw bytes; a malformed line is refused by the parser afterwards anyway.
function nestsTooDeep(bytes) {
  let depth = 0, inString = false;
  for (let i = 0; i < bytes.length; ++i) {
    const c = bytes[i];
    if (inString) {
      if (c === 0x5c) ++i;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) { if (++depth > MAX_LINE_DEPTH) return true; }
    else if (c === 0x5d || c === 0x7d) --depth;
  }
  return false;
}

// The native JSON parser refuses invalid UTF-8 and lone surrogates anywhere on a line; so does this one.
// A leading BOM is dropped, as nlohmann's parser skips it.
const strict = new TextDecoder('utf-8', { fatal: true });
function everyStringWellFormed(v) {
  if (typeof v === 'string') return v.isWellFormed();
  if (v === null || typeof v !== 'object') return true;
  return Object.entries(v).every(([k, x]) => k.isWellFormed() && everyStringWellFormed(x));
}
// nlohmann refuses a number too large for a double (1e400) where JSON.parse makes it Infinity; so does this one.
function parseLine(bytes) {
  let finite = true;
  const revive = (k, v) => { if (typeof v === 'number' && !Number.isFinite(v)) finite = false; return v; };
  try {
    const rec = JSON.parse(strict.decode(bytes), revive);
    return finite && everyStringWellFormed(rec) ? rec : undefined;
  } catch { return undefined; }
}

function analyse(nm, id, text, options, args) {
  try {
    return { text: formatAnalysis(id, nm.analyze(text, options), text, args), failed: false };
  } catch (e) {
    if (!(e instanceof NewsmarkError)) throw e;
    return { text: formatError(id, e.code, e.message, args), failed: true };
  }
}

// A line's own options, each a string that wins over the command line's, with the code for one that is not a string.
const LINE_OPTIONS = [['dct', 'bad-dct'], ['dateOrder', 'bad-date-order']];

export function processLine(nm, bytes, n, args) {
  const fail = (id, code, message) => ({ text: formatError(id, code, `line ${n}${message}`, args), failed: true });
  if (!/[^ \t\r]/.test(bytes.toString('latin1'))) return fail(null, 'blank-line', ' is blank');
  if (nestsTooDeep(bytes)) return fail(null, 'bad-json', ` nests deeper than ${MAX_LINE_DEPTH} levels`);
  const rec = parseLine(bytes);
  if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) return fail(null, 'bad-json', ' is not a JSON object');
  const id = 'id' in rec ? rec.id : null;
  if (id !== null && typeof id === 'object')
    return fail(null, 'bad-id', ' has an "id" that is not a string, number, boolean or null');
  if (typeof rec.text !== 'string') return fail(id, 'bad-text', ' has no "text" string');
  const options = { dct: args.dct, dateOrder: args.dateOrder };
  for (const [key, code] of LINE_OPTIONS) {
    if (rec[key] === undefined || rec[key] === null) continue;
    if (typeof rec[key] !== 'string') return fail(id, code, ` has a "${key}" that is not a string`);
    options[key] = rec[key];
  }
  return analyse(nm, id, rec.text, options, args);
}

export function processFile(nm, path, args) {
  let bytes;
  try { bytes = readFileSync(path); } catch {
    return { text: formatError(path, 'unreadable', `cannot read ${path}`, args), failed: true, size: 0 };
  }
  // TextDecoder replaces invalid UTF-8 exactly as the core does, so offsets agree with the native CLI.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  return { ...analyse(nm, path, text, { dct: args.dct, dateOrder: args.dateOrder }, args), size: bytes.length };
}
