// newsmark/worker: the body of a Web Worker that analyses for a page, so a long article never blocks it. Bundle a
// worker script that imports it (or start it as a module worker); it posts {type: 'ready'} (or {type: 'failed',
// code, message}), then answers each {id, text, options?} with {id, ok: true, result} or {id, ok: false, code, message}.
import { createNewsmark } from './browser.mjs';

const loaded = createNewsmark();
loaded.then(() => self.postMessage({ type: 'ready' }),
  (e) => self.postMessage({ type: 'failed', code: e.code ?? 'no-core', message: String(e.message ?? e) }));

self.onmessage = async ({ data }) => {
  try {
    const nm = await loaded;
    self.postMessage({ id: data.id, ok: true, result: nm.analyze(data.text, data.options) });
  } catch (e) {
    self.postMessage({ id: data.id, ok: false, code: e.code ?? 'crash', message: String(e.message ?? e) });
  }
};
