// The public JavaScript API of newsmark: createNewsmark() loads the wasm core in a page, a worker, Node or an extension
// and returns {analyze}, which hands back plain newsmark/1 objects (nothing to delete()).
//
// Where the core comes from:
// - page, worker, extension service worker: load newsmark-core.js first (<script> or importScripts); it defines the
//   global NewsmarkCore. Pass locateFile when the .wasm is not beside the page (extensions: chrome.runtime.getURL).
// - Node: found automatically beside this file or in build/wasm/, and read with fs (Node's fetch cannot read files).
// - anywhere: pass {factory} (the NewsmarkCore function) and optionally {wasmBinary} yourself.

export const SCHEMA = 'newsmark/1';

export class NewsmarkError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'NewsmarkError';
    this.code = code;
  }
}

const isNode = typeof process === 'object' && process.versions != null && process.versions.node != null &&
  typeof window === 'undefined';

async function loadForNode(dir) {
  const [{ createRequire }, fs, path, url] = await Promise.all(
    [import('node:module'), import('node:fs'), import('node:path'), import('node:url')]);
  const here = path.dirname(url.fileURLToPath(import.meta.url));
  const candidates = dir ? [path.resolve(dir)] : [here, path.resolve(here, '../build/wasm')];
  for (const d of candidates) {
    const js = path.join(d, 'newsmark-core.js');
    const wasm = path.join(d, 'newsmark-core.wasm');
    if (fs.existsSync(js) && fs.existsSync(wasm)) {
      const require = createRequire(import.meta.url);
      return { factory: require(js), wasmBinary: fs.readFileSync(wasm) };
    }
  }
  throw new NewsmarkError('no-core', `newsmark-core.js and .wasm were not found in ${candidates.join(' or ')}; ` +
    'run `npm run build` first');
}

// Lone UTF-16 surrogates would be mangled on the way into the core (Embind swallows the next code unit); replacing
// each with U+FFFD keeps the length, so every offset still indexes the caller's string. Exported (undeclared in
// newsmark.d.ts: not the package's API) for the page's worker, which calls the core directly; self-contained (globals
// only), since that worker may receive it as source text.
export function wellFormed(s) {
  return typeof s.toWellFormed === 'function' ? s.toWellFormed()
    : s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

// The wasm's bytes from gzip then base64, the form in which they travel inside a script or a bundle (a third smaller
// than base64 of the raw wasm), unpacked with the platform's DecompressionStream. Used by browser.mjs and the page;
// self-contained like wellFormed, for the same worker.
export function unpackWasm(base64) {
  // Uint8Array.fromBase64 where there is one; else a plain loop: Uint8Array.from(atob(s), callback) took 25-35 ms of
  // the page's start-up in Chromium, walking the string by its iterator with a call per byte.
  let gz;
  if (typeof Uint8Array.fromBase64 === 'function') {
    gz = Uint8Array.fromBase64(base64);
  } else {
    const bytes = atob(base64);
    gz = new Uint8Array(bytes.length);
    for (let i = 0; i < bytes.length; i++) gz[i] = bytes.charCodeAt(i);
  }
  // A Response's own body as the stream: through a Blob's stream the gunzip took 16-19 ms in Chromium, this way 8-10.
  return new Response(new Response(gz).body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer()
    .then((b) => new Uint8Array(b));
}

// UTF-8 bytes of a well-formed string, as the core will count them.
function utf8Bytes(s) {
  let n = s.length;
  for (let i = 0; i < s.length; ++i) {
    const u = s.charCodeAt(i);
    if (u >= 0x80) n += u < 0x800 || (u >= 0xd800 && u <= 0xdfff) ? 1 : 2;
  }
  return n;
}

// The core's own words (core/newsmark.cpp), so every layer refuses a text alike.
const tooLarge = (bytes, limit) =>
  new NewsmarkError('too-large', `text is ${bytes} bytes of UTF-8; the limit is ${limit} (${limit / 2 ** 20} MiB)`);

function checkOptions(options) {
  if (options === undefined || options === null) return { dct: '', dateOrder: '' };
  if (typeof options !== 'object' || Array.isArray(options))
    throw new NewsmarkError('bad-options', 'options must be an object such as {dct: "2022-01-07"}');
  const { dct, dateOrder } = options;
  const absent = (v) => v === undefined || v === null || v === '';
  if (!absent(dct) && typeof dct !== 'string')
    throw new NewsmarkError('bad-dct', `dct must be a string written YYYY-MM-DD, got ${typeof dct}`);
  if (!absent(dateOrder) && typeof dateOrder !== 'string')
    throw new NewsmarkError('bad-date-order', `dateOrder must be "dmy" or "mdy", got ${typeof dateOrder}`);
  return { dct: absent(dct) ? '' : dct, dateOrder: absent(dateOrder) ? '' : dateOrder };
}

export async function createNewsmark(options = {}) {
  if (options === null || typeof options !== 'object')
    throw new NewsmarkError('bad-options', 'createNewsmark takes an options object');
  let { factory, wasmBinary } = options;
  factory ??= globalThis.NewsmarkCore;
  if (!factory && isNode) {
    const found = await loadForNode(options.coreDir);
    factory = found.factory;
    wasmBinary ??= found.wasmBinary;
  }
  if (typeof factory !== 'function')
    throw new NewsmarkError('no-core', 'the newsmark core is not loaded: include newsmark-core.js before calling ' +
      'createNewsmark(), or pass {factory}');
  const args = {};
  if (wasmBinary) args.wasmBinary = wasmBinary;
  if (options.locateFile) args.locateFile = options.locateFile;
  // Compiled once, so that a core that aborted (its memory is then unusable) is replaced at once, synchronously.
  const compiled = wasmBinary ? await WebAssembly.compile(wasmBinary) : undefined;
  const instantiateWasm = (imports, done) => { done(new WebAssembly.Instance(compiled, imports), compiled); return {}; };
  const start = () => factory(compiled ? { ...args, instantiateWasm } : { ...args });
  let core = await start();
  const limit = core._maxInputBytes;
  const replace = () => {
    if (compiled) { const m = { ...args, instantiateWasm }; factory(m); core = m; }
    else { core = undefined; start().then((c) => { core = c; }, () => { /* stays undefined: calls say internal */ }); }
  };

  return {
    schema: SCHEMA,
    /** How quotes are attributed: the sieves in run order with their confidence, and every rule name a quote can carry. */
    attribution: core._attribution(),
    /** Analyses one article. Offsets in the result are indices into `text` as given. */
    analyze(text, analyzeOptions) {
      if (typeof text !== 'string')
        throw new NewsmarkError('bad-text', `text must be a string, got ${text === null ? 'null' : typeof text}`);
      const { dct, dateOrder } = checkOptions(analyzeOptions);
      const input = wellFormed(text);
      // Refused before the text is copied into wasm memory; a UTF-16 unit is at most 3 bytes of UTF-8.
      if (input.length > limit / 3) { const bytes = utf8Bytes(input); if (bytes > limit) throw tooLarge(bytes, limit); }
      if (!core) throw new NewsmarkError('internal', 'the core is restarting after an internal error; try again');
      let out;
      try {
        out = core._analyze(input, { dct, dateOrder });
      } catch (e) {
        replace();
        throw new NewsmarkError('internal', `the core stopped (${e?.message ?? e}) and was replaced; this is a bug`);
      }
      if (out.code) throw new NewsmarkError(out.code, out.message);
      // The core writes the result as newsmark/1 JSON (core/json/to_json.cpp, the CLI's writer): one serializer.
      return JSON.parse(out.json);
    },
  };
}
