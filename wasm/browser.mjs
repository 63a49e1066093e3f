// The package's entry for pages and workers (bundlers take it through the "default" condition; Node takes
// newsmark.mjs): the core and its wasm travel inside the bundle, so createNewsmark() needs no <script>, no fetch and
// no configuration. Pass {locateFile} to fetch the .wasm instead, or {wasmBinary} to give its bytes.
import NewsmarkCore from '../build/wasm/newsmark-core.js';
import { WASM_GZIP_BASE64 } from '../build/wasm/newsmark-wasm.mjs';
import { createNewsmark as createWith } from './newsmark.mjs';

export { NewsmarkError, SCHEMA } from './newsmark.mjs';

let embedded;
// The wasm is gzipped before base64 (a third of the size), and unpacked once with the platform's DecompressionStream.
const embeddedWasm = () => embedded ??= new Response(new Blob([Uint8Array.from(atob(WASM_GZIP_BASE64), (c) => c.charCodeAt(0))])
  .stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer().then((b) => new Uint8Array(b));

export async function createNewsmark(options = {}) {
  const given = options && typeof options === 'object' ? options : {};
  const wasmBinary = given.wasmBinary ?? (given.locateFile ? undefined : await embeddedWasm());
  return createWith(options && typeof options === 'object' ? { factory: NewsmarkCore, ...given, wasmBinary } : options);
}
