// What is big in a wasm module: the largest function bodies by name, and the data segments, in bytes. Names come
// from the name section, so link with --profiling-funcs for a readable list (a release build lists indices).
// Usage: node bench/wasm-sizes.mjs file.wasm [how many functions, 40 by default]
import { readFileSync } from 'node:fs';

const [file, top = '40'] = process.argv.slice(2);
if (!file) throw new Error('usage: node bench/wasm-sizes.mjs file.wasm [count]');
const bytes = readFileSync(file);
let at = 8;  // past the magic number and the version
const leb = () => {
  let v = 0, shift = 0, b;
  do { b = bytes[at++]; v += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
  return v;
};
const str = () => { const n = leb(); const s = bytes.toString('utf8', at, at + n); at += n; return s; };

let imported = 0;
const bodies = [], names = new Map(), sections = [];
let data = 0;
while (at < bytes.length) {
  const id = bytes[at++], size = leb(), end = at + size;
  sections.push({ id, size });
  if (id === 2) {  // imports: functions among them take the first indices
    for (let n = leb(); n > 0; n--) {
      str(); str();
      const kind = bytes[at++];
      if (kind === 0) { leb(); imported++; }
      else if (kind === 1) { at++; const f = leb(); leb(); if (f & 1) leb(); }
      else if (kind === 2) { const f = leb(); leb(); if (f & 1) leb(); }
      else if (kind === 3) { at += 2; }
    }
  } else if (id === 10) {
    for (let n = leb(); n > 0; n--) { const s = leb(); bodies.push(s); at += s; }
  } else if (id === 11) {
    data = size;
  } else if (id === 0 && str() === 'name') {
    while (at < end) {
      const sub = bytes[at++], len = leb(), subEnd = at + len;
      if (sub === 1) for (let n = leb(); n > 0; n--) { const i = leb(); names.set(i, str()); }
      at = subEnd;
    }
  }
  at = end;
}
const code = bodies.reduce((a, b) => a + b, 0);
console.log(`${file}: ${bytes.length} bytes; code ${code} in ${bodies.length} functions; data ${data}`);
const rows = bodies.map((size, i) => ({ size, name: names.get(i + imported) ?? `#${i + imported}` }))
  .sort((a, b) => b.size - a.size).slice(0, Number(top));
for (const r of rows) console.log(String(r.size).padStart(8), r.name.slice(0, 150));
