// The analysis worker's body. It must stay self-contained (only its parameters and the globals NewsmarkCore and
// NewsmarkWasmGzipBase64), because a page opened from file:// cannot start a worker from a file and instead serialises
// this function, with the core's factory and `unpackWasm` and `wellFormed` (wasm/newsmark.mjs), into a blob worker.
//
// Messages in: {type: 'init', wasm: Uint8Array} (blob workers only), then {id, text, dct}.
// Messages out: {type: 'ready'} or {type: 'failed', message}, then {id, ok: true, result} or {id, ok: false, code, message}.
// A large result comes in parts instead, since the page unpacks each message in one go: {id, part: 'head', result}
// (its lists empty), {id, part: 'items', layer, items}, {id, part: 'mentions', layer, index, items}, {id, part: 'done'}.
export function workerMain(scope, unpackWasm, wellFormed) {
  const CHUNK = 4000;
  let core = null;
  const waiting = [];
  const send = (msg) => scope.postMessage(msg);
  const reason = (e) => String((e && e.message) || e);
  const failed = (e) => send({ type: 'failed', message: reason(e) });
  const sendInParts = (id, r) => {
    const shell = (o, list) => { const c = {}; for (const k in o) c[k] = k === list ? [] : o[k]; return c; };
    const head = {};
    for (const k in r) head[k] = Array.isArray(r[k]) ? [] : r[k];
    send({ id, part: 'head', result: head });
    for (const layer of ['people', 'quotes', 'countries', 'dates']) {
      const list = r[layer];
      if (layer === 'people' || layer === 'countries') {
        list.forEach((e, index) => {
          send({ id, part: 'items', layer, items: [shell(e, 'mentions')] });
          for (let j = 0; j < e.mentions.length; j += CHUNK) send({ id, part: 'mentions', layer, index, items: e.mentions.slice(j, j + CHUNK) });
        });
      } else {
        for (let j = 0; j < list.length; j += CHUNK) send({ id, part: 'items', layer, items: list.slice(j, j + CHUNK) });
      }
    }
    send({ id, part: 'done' });
  };
  const size = (r) => r.quotes.length + r.dates.length + r.people.reduce((n, p) => n + p.mentions.length, 0) +
    r.countries.reduce((n, c) => n + c.mentions.length, 0);
  const run = (msg) => {
    try {
      const out = core._analyze(wellFormed(msg.text), { dct: msg.dct || '', dateOrder: msg.dateOrder || '' });
      if (out.code) { send({ id: msg.id, ok: false, code: out.code, message: out.message }); return; }
      const result = JSON.parse(out.json);  // the core's newsmark/1 JSON (see wasm/binding.cpp)
      if (size(result) > CHUNK * 2) sendInParts(msg.id, result);
      else send({ id: msg.id, ok: true, result });
    } catch (e) {
      send({ id: msg.id, ok: false, code: 'crash', message: reason(e) });
    }
  };
  const start = (wasmBinary) => {
    NewsmarkCore({ wasmBinary }).then((c) => {
      core = c;
      // The first analysis after instantiation pays for compiling most of the wasm (20-50 ms); one short sentence here
      // moves that cost to start-up, before any real article arrives.
      core._analyze('date 2022-01-07\n"We will meet in Oslo on Monday," Anna Berg, the minister, said on Friday.',
        { dct: '', dateOrder: '' });
      send({ type: 'ready' });
      for (const msg of waiting.splice(0)) run(msg);
    }, failed);
  };
  scope.onmessage = (e) => {
    const msg = e.data;
    if (msg && msg.type === 'init') start(msg.wasm);
    else if (core) run(msg);
    else waiting.push(msg);
  };
  if (typeof NewsmarkWasmGzipBase64 === 'string') unpackWasm(NewsmarkWasmGzipBase64).then(start, failed);
}
