// Generates core/text/chars_table.h, the character classes of core/text/chars.h, from the Unicode Character Database
// as the regenerate-unicode-properties package ships it. Run: node scripts/gen-chars.mjs; with --check it writes
// nothing and fails when the committed table differs from what it would write (a ctest runs that).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, 'core/text/chars_table.h');
const require = createRequire(import.meta.url);
const PKG = 'regenerate-unicode-properties';
const pkg = JSON.parse(readFileSync(require.resolve(`${PKG}/package.json`), 'utf8'));
const unicode = require(`${PKG}/unicode-version.js`);
const points = (property) => require(`${PKG}/${property}.js`).characters.toArray();

// Each class is a bit; chars.h asks for them by these names.
const CLASSES = [
  ['kLetter', 'a letter of any script: Alphabetic less combining marks'],
  ['kUpper', 'Uppercase'],
  ['kLower', 'Lowercase'],
  ['kMark', 'a combining mark: General_Category M'],
  ['kDigit', 'a decimal digit of any script: General_Category Nd'],
  ['kSpace', 'White_Space'],
  ['kCjk', 'one word each: Ideographic, the Hiragana and Katakana scripts'],
  ['kEmoji', 'Extended_Pictographic, what emoji sequences are built from'],
  ['kEmojiPart', 'continues an emoji: Emoji_Component less ASCII, flags, ZWJ, selectors'],
  ['kRegional', 'Regional_Indicator, the halves of a flag'],
  ['kPunct', 'punctuation: General_Category P'],
  ['kInvisible', 'Default_Ignorable_Code_Point less emoji parts'],
];
const BIT = Object.fromEntries(CLASSES.map(([name], i) => [name, 1 << i]));
const ALTERNATES = 0x8000;  // odd offsets into the range swap kUpper and kLower (Āā Ăă …)
const CASE_PAIR = BIT.kUpper | BIT.kLower;

const LIMIT = 0x110000;
const mask = new Uint16Array(LIMIT);
const add = (bit, cps, unless = new Set()) => { for (const c of cps) if (!unless.has(c)) mask[c] |= bit; };
const marks = new Set(points('General_Category/Mark'));
add(BIT.kLetter, points('Binary_Property/Alphabetic'), marks);
add(BIT.kUpper, points('Binary_Property/Uppercase'));
add(BIT.kLower, points('Binary_Property/Lowercase'));
add(BIT.kMark, marks);
add(BIT.kDigit, points('General_Category/Decimal_Number'));
add(BIT.kSpace, points('Binary_Property/White_Space'));
for (const p of ['Binary_Property/Ideographic', 'Script/Hiragana', 'Script/Katakana']) add(BIT.kCjk, points(p));
add(BIT.kEmoji, points('Binary_Property/Extended_Pictographic'));
const notPart = new Set([...points('Binary_Property/ASCII'), ...points('Binary_Property/Regional_Indicator'),
  ...points('Binary_Property/Join_Control'), ...points('Binary_Property/Variation_Selector')]);
const parts = new Set(points('Binary_Property/Emoji_Component').filter((c) => !notPart.has(c)));
add(BIT.kEmojiPart, parts);
add(BIT.kRegional, points('Binary_Property/Regional_Indicator'));
add(BIT.kPunct, points('General_Category/Punctuation'));
add(BIT.kInvisible, points('Binary_Property/Default_Ignorable_Code_Point'), parts);

// Unassigned code points of no class take the class of the range they fall in: that keeps the table short, and no
// text means anything by them.
const unassigned = new Uint8Array(LIMIT);
for (const c of points('General_Category/Unassigned')) unassigned[c] = 1;
for (let c = 0xD800; c <= 0xDFFF; ++c) unassigned[c] = 1;  // surrogates never reach the tokenizer: UTF-8 has none
const free = (c) => unassigned[c] && mask[c] === 0;

// Ranges [start, next start) of one class, or of a class whose upper and lower case alternate code by code.
function ranges() {
  const out = [];
  let c = 0;
  while (c < LIMIT) {
    const m = mask[c];
    const swapped = m ^ CASE_PAIR;
    const fits = (k, even) => free(k) || mask[k] === (even ? m : swapped);
    let end = c + 1;
    if ((m & CASE_PAIR) === BIT.kUpper && end < LIMIT && mask[end] === swapped) {
      while (end < LIMIT && fits(end, (end - c) % 2 === 0)) ++end;
      if (end - c >= 4) { out.push([c, m | ALTERNATES]); c = end; continue; }
      end = c + 1;
    }
    while (end < LIMIT && (mask[end] === m || free(end))) ++end;
    out.push([c, m]);
    c = end;
  }
  return out;
}

const rs = ranges();
const palette = [...new Set(rs.map(([, m]) => m))].sort((a, b) => a - b);
if (palette.length > 256) throw new Error(`${palette.length} classes do not fit a byte`);
const steps = [], index = [];
let prev = 0;
for (const [start, m] of rs) {
  let gap = start - prev;
  for (; gap > 0xFFFF; gap -= 0xFFFF) { steps.push(0xFFFF); index.push(index.at(-1)); }  // a filler of the same class
  steps.push(gap);
  index.push(palette.indexOf(m));
  prev = start;
}
// The step list must add up to every range start again.
let sum = 0;
const starts = new Set(steps.map((s) => (sum += s)));
for (const [start] of rs) if (!starts.has(start)) throw new Error(`range at ${start.toString(16)} lost`);

const hex = (n) => `0x${n.toString(16).toUpperCase()}`;
const wrap = (xs) => {
  const lines = [];
  for (let i = 0; i < xs.length; i += 16) lines.push(`    ${xs.slice(i, i + 16).join(', ')},`);
  return lines.join('\n');
};
const text = `// GENERATED by scripts/gen-chars.mjs from ${pkg.name} ${pkg.version} (Unicode ${unicode}). DO NOT EDIT.
// The class of every code point as ${rs.length} ranges, written as the steps between their starts (the first starts at
// U+0000) and an index into the ${palette.length} class sets; text/chars.cpp reads them.
#pragma once
#include <cstdint>

namespace newsmark::text {

enum CharClass : uint16_t {
${CLASSES.map(([name, what], i) => `  ${name} = ${hex(1 << i)},  // ${what}`).join('\n')}
  kAlternates = ${hex(ALTERNATES)},  // in the class sets only: odd offsets into the range swap kUpper and kLower
};

namespace chars_table {

inline constexpr uint16_t kClassSets[] = {
${wrap(palette.map(hex))}
};

inline constexpr uint16_t kRangeSteps[] = {
${wrap(steps.map(String))}
};

inline constexpr uint8_t kRangeClassSet[] = {
${wrap(index.map(String))}
};

}  // namespace chars_table
}  // namespace newsmark::text
`;

if (process.argv.includes('--check')) {
  let committed = '';
  try { committed = readFileSync(target, 'utf8'); } catch {}
  if (committed !== text) {
    console.error('core/text/chars_table.h is stale: run node scripts/gen-chars.mjs');
    process.exit(1);
  }
  console.log(`core/text/chars_table.h is up to date (${rs.length} ranges, ${palette.length} class sets)`);
} else {
  writeFileSync(target, text);
  console.log(`core/text/chars_table.h: ${rs.length} ranges, ${palette.length} class sets`);
}
