// Unpacks the wasm, which travels gzipped and base64-encoded in newsmark-wasm.js so that a page opened from file://
// fetches nothing; self-contained (globals only), because the worker's blob copy receives it as source text.
export function unpackWasm(base64) {
  const gz = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new Response(new Blob([gz]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer()
    .then((b) => new Uint8Array(b));
}
