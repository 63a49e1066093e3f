// Runs analyses: small texts on the main thread (fastest, a few milliseconds), large ones in a worker so the page keeps
// responding. A worker is tried from its file, then (pages opened from file:// may not start one) as a blob built from
// code the page already has, and if neither starts, large texts run on the main thread and the page says so.
import { WORKER_THRESHOLD } from './thresholds.mjs';
import { unpackWasm, wellFormed } from '../wasm/newsmark.mjs';
import { workerMain } from './worker-main.mjs';

function startWorker(makeWorker, init) {
  return new Promise((resolve, reject) => {
    let worker;
    try { worker = makeWorker(); } catch (e) { reject(e); return; }
    const timer = setTimeout(() => { worker.terminate(); reject(new Error('the worker did not start in time')); }, 10000);
    worker.onmessage = (e) => {
      clearTimeout(timer);
      if (e.data?.type === 'ready') resolve(worker);
      else { worker.terminate(); reject(new Error(e.data?.message ?? 'the worker failed')); }
    };
    worker.onerror = (e) => { clearTimeout(timer); e.preventDefault?.(); worker.terminate(); reject(new Error(e.message || 'the worker could not load')); };
    if (init) worker.postMessage(init);
  });
}

function blobWorker(wasmBinary) {
  const source = `var _scriptDir;\nvar NewsmarkCore = ${globalThis.NewsmarkCore.toString()};\n` +
    `(${workerMain.toString()})(self, ${unpackWasm.toString()}, ${wellFormed.toString()});\n`;
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  return startWorker(() => new Worker(url), { type: 'init', wasm: wasmBinary })
    .finally(() => URL.revokeObjectURL(url));
}

export function createAnalyzer(nm, { wasmBinary, threshold = WORKER_THRESHOLD, workerUrl = 'newsmark-worker.js' } = {}) {
  let workerPromise = null;
  let how = 'none';  // 'file', 'blob' or 'unavailable' once tried
  let nextId = 1;
  const pending = new Map();

  const getWorker = () => workerPromise ??= startWorker(() => new Worker(workerUrl))
    .then((w) => { how = 'file'; return w; })
    .catch(() => blobWorker(wasmBinary).then((w) => { how = 'blob'; return w; }))
    .then((w) => {
      w.onmessage = (e) => {
        const m = e.data;
        const p = pending.get(m.id);
        if (!p) return;
        if (m.part === 'head') { p.result = m.result; return; }
        if (m.part === 'items') { for (const x of m.items) p.result[m.layer].push(x); return; }
        if (m.part === 'mentions') { for (const x of m.items) p.result[m.layer][m.index].mentions.push(x); return; }
        pending.delete(m.id);
        if (m.part === 'done') p.resolve(p.result);
        else if (m.ok) p.resolve(m.result);
        else p.reject(Object.assign(new Error(m.message), { code: m.code }));
      };
      w.onerror = () => { for (const p of pending.values()) p.reject(new Error('the worker stopped')); pending.clear(); };
      return w;
    }, (e) => { how = 'unavailable'; throw e; });

  return {
    get workerMode() { return how; },
    // Resolves to {analysis, engine: 'main' | 'worker'}. Only the latest request matters to the page, but each
    // request is answered.
    async analyze(text, dct) {
      if (text.length >= threshold) {
        let worker = null;
        try { worker = await getWorker(); } catch { /* falls through to the main thread */ }
        if (worker) {
          const id = nextId++;
          const result = await new Promise((resolve, reject) => {
            pending.set(id, { resolve, reject });
            worker.postMessage({ id, text, dct: dct || '' });
          });
          return { analysis: result, engine: 'worker' };
        }
      }
      return { analysis: nm.analyze(text, { dct: dct || null }), engine: 'main' };
    },
  };
}
