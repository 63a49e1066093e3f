// The marks an analysis should paint, computed in Node from the analysis itself with web/describe.mjs: {kind: [text]}
// in text order, white space collapsed as a reader sees it (the same shape as harness.painted).
import { highlights } from '../../web/describe.mjs';

export function expectedMarks(analysis, text) {
  const out = {};
  for (const h of highlights(analysis).sort((a, b) => a.start - b.start)) {
    (out[h.kind] ??= []).push(text.slice(h.start, h.end).replace(/\s+/g, ' '));
  }
  return out;
}
