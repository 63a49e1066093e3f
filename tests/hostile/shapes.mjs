// Adversarial text shapes, each a unit repeated, shared by the hostile-input table (tests/hostile/), the fuzz seeds
// (scripts/fuzz.mjs) and the scaling rows of `npm run bench`, so all three probe the same inputs.
import { EXAMPLE_ARTICLE } from '../../web/example.mjs';

export const QUOTE_MARKS = ['"', '“', '”', "'", '‘', '’', '«', '»', '„'];

const CAPITALS = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliett'];
const letters = (i) => { let s = ''; do { s += String.fromCharCode(97 + (i % 26)); i = Math.floor(i / 26); } while (i); return s; };

// unit(i) is the i-th repetition; most shapes repeat one string.
export const SHAPES = {
  prose: () => `${EXAMPLE_ARTICLE}\n\n`,
  'no spaces': () => 'a',
  commas: () => ',',
  'capitalised words': (i) => `${CAPITALS[i % CAPITALS.length]} `,
  'distinct names': (i) => `Zo${letters(i)} Vak${letters(i * 7 + 3)} met. `,
  dates: () => 'On 7 January 2022 they met. ',
  'he said': () => '“Hi,” he said.\n\n',
  ...Object.fromEntries(QUOTE_MARKS.map((m) => [`unmatched ${m}`, () => `${m}word `])),
};

// The shape repeated count times.
export function repeat(shape, count) {
  const unit = SHAPES[shape];
  let out = '';
  for (let i = 0; i < count; ++i) out += unit(i);
  return out;
}

// The shape repeated, whole units, until it holds at least `bytes` bytes of UTF-8.
export function ofSize(shape, bytes) {
  const unit = SHAPES[shape];
  const parts = [];
  for (let i = 0, n = 0; n < bytes; ++i) { const u = unit(i); parts.push(u); n += Buffer.byteLength(u); }
  return parts.join('');
}

// Quotes nested depth deep, the styles taking turns.
export const nestedQuotes = (depth) => {
  const open = ['“', '‘', '«', '„'], close = ['”', '’', '»', '“'];
  let s = '';
  for (let i = 0; i < depth; ++i) s += `${open[i % 4]}level ${i} `;
  for (let i = depth - 1; i >= 0; --i) s += ` end${close[i % 4]}`;
  return s;
};
