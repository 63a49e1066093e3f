// The page: analyses the text as it is typed or pasted and shows the result over it.
import { createNewsmark } from '../wasm/newsmark.mjs';
import { highlights, render } from './render.mjs';

const $ = (id) => document.getElementById(id);
const input = $('article');
const status = $('status');

function show(nm) {
  const text = input.value;
  const started = performance.now();
  const analysis = nm.analyze(text);
  render($('marked'), text, highlights(analysis));
  $('dct').textContent = analysis.dct ? `${analysis.dct.value} (from the ${analysis.dct.source})` : 'not found';
  status.textContent = text ? `Analysed ${text.length.toLocaleString()} characters in ${(performance.now() - started).toFixed(1)} ms.` : 'Ready.';
}

// The wasm arrives as base64 in newsmark-wasm.js, so the page works from file:// and makes no request for it.
const wasmBinary = Uint8Array.from(atob(globalThis.NewsmarkWasmBase64 ?? ''), (c) => c.charCodeAt(0));

createNewsmark({ wasmBinary }).then((nm) => {
  let timer = 0;
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(() => show(nm), 120); });
  input.addEventListener('paste', () => { clearTimeout(timer); setTimeout(() => show(nm), 0); });
  show(nm);
}, (err) => {
  status.textContent = `The analyser could not start: ${err.message}`;
  console.error(err);
});
