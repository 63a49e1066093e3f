// The analysis worker's body. It must stay self-contained (only its parameter and the globals NewsmarkCore and
// NewsmarkWasmBase64), because a page opened from file:// cannot start a worker from a file and instead serialises
// this function, with the core's factory, into a blob worker.
//
// Messages in: {type: 'init', wasm: Uint8Array} (blob workers only), then {id, text, dct}.
// Messages out: {type: 'ready'} or {type: 'failed', message}, then {id, ok: true, result} or {id, ok: false, code, message}.
export function workerMain(scope) {
  let core = null;
  const waiting = [];
  const wellFormed = (s) => (typeof s.toWellFormed === 'function' ? s.toWellFormed()
    : s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));
  const run = (msg) => {
    try {
      const out = core._analyze(wellFormed(msg.text), msg.dct || '');
      scope.postMessage(out.ok ? { id: msg.id, ok: true, result: out.result }
        : { id: msg.id, ok: false, code: out.code, message: out.message });
    } catch (e) {
      scope.postMessage({ id: msg.id, ok: false, code: 'crash', message: String((e && e.message) || e) });
    }
  };
  const start = (wasmBinary) => {
    NewsmarkCore({ wasmBinary }).then((c) => {
      core = c;
      scope.postMessage({ type: 'ready' });
      for (const msg of waiting.splice(0)) run(msg);
    }, (e) => scope.postMessage({ type: 'failed', message: String((e && e.message) || e) }));
  };
  scope.onmessage = (e) => {
    const msg = e.data;
    if (msg && msg.type === 'init') start(msg.wasm);
    else if (core) run(msg);
    else waiting.push(msg);
  };
  if (typeof NewsmarkWasmBase64 === 'string') start(Uint8Array.from(atob(NewsmarkWasmBase64), (c) => c.charCodeAt(0)));
}
