// The wasm's bytes as they travel inside a script (the page's newsmark-wasm.js, the package's newsmark-wasm.mjs):
// gzip, then base64. Zopfli writes gzip that any inflater reads (the page uses DecompressionStream) but searches
// harder than zlib's level 9: 6% smaller, which the page's download budget needs, for about 3 s of build time.
import { gzipAsync } from '@gfx/zopfli';

export async function gzipWasmBase64(bytes) {
  return Buffer.from(await gzipAsync(bytes, { numiterations: 15 })).toString('base64');
}
