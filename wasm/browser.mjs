// The package's entry for pages and workers (bundlers take it through the "default" condition; Node takes
// newsmark.mjs): the core and its wasm travel inside the bundle, so createNewsmark() needs no <script>, no fetch and
// no configuration. Pass {locateFile} to fetch the .wasm instead, or {wasmBinary} to give its bytes.
import NewsmarkCore from '../build/wasm/newsmark-core.js';
import { WASM_GZIP_BASE64 } from '../build/wasm/newsmark-wasm.mjs';
import { createNewsmark as createWith, unpackWasm } from './newsmark.mjs';

export { NewsmarkError, SCHEMA } from './newsmark.mjs';

let embedded;
const embeddedWasm = () => embedded ??= unpackWasm(WASM_GZIP_BASE64);

export async function createNewsmark(options = {}) {
  const given = options && typeof options === 'object' ? options : {};
  const wasmBinary = given.wasmBinary ?? (given.locateFile ? undefined : await embeddedWasm());
  return createWith(options && typeof options === 'object' ? { factory: NewsmarkCore, ...given, wasmBinary } : options);
}
