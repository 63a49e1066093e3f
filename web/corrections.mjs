// The reader's corrections to one article's attributions: another speaker for a quote (one of the article's people, or
// a typed name), "not a quote", or one speaker merged into another ({quotes: {span: fix}, merges: {personId: fix}},
// a fix being {speaker: id, name}, {name} or {notQuote: true}). Kept in localStorage under a hash of the text, so
// they come back when the same text is analysed again, and applied to a copy of the analysis so exports carry them.

// 53-bit string hash (cyrb53): synchronous, and crypto.subtle is not available on every page origin.
export function hashText(text) {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export const emptyCorrections = () => ({ quotes: {}, merges: {} });
export const hasCorrections = (c) => Object.keys(c.quotes).length + Object.keys(c.merges).length > 0;
const storageKey = (text) => `newsmark-corrections:${hashText(text)}`;

export function loadCorrections(text, storage = globalThis.localStorage) {
  try {
    const saved = JSON.parse(storage?.getItem(storageKey(text)) ?? 'null');
    if (saved && typeof saved.quotes === 'object' && typeof saved.merges === 'object') return saved;
  } catch { /* storage may be off or hold something else */ }
  return emptyCorrections();
}

export function saveCorrections(text, corrections, storage = globalThis.localStorage) {
  try {
    if (!hasCorrections(corrections)) storage?.removeItem(storageKey(text));
    else storage?.setItem(storageKey(text), JSON.stringify(corrections));
  } catch { /* storage may be off: the correction still holds until the page closes */ }
}

// Quotes are keyed by their span, which stays put when the same text is analysed again.
export const quoteKey = (q) => `${q.start}-${q.end}`;

// Records the reader's fix for one quote; with `mergeFrom` (the quote's speaker id), for every quote of that speaker too.
export function addCorrection(corrections, quote, fix, mergeFrom = null) {
  corrections.quotes[quoteKey(quote)] = fix;
  if (mergeFrom && !fix.notQuote) corrections.merges[mergeFrom] = fix;
}

// A copy of the analysis with the corrections applied: corrected quotes carry "corrected": true and confidence 1,
// quotes marked as not quotes are dropped, and a typed speaker joins the people as a new, corrected person.
export function applyCorrections(analysis, corrections) {
  if (!hasCorrections(corrections)) return analysis;
  const { quotes: fixes, merges } = corrections;
  const people = analysis.people.map((p) => ({ ...p }));
  const byId = new Map(people.map((p) => [p.id, p]));
  const typed = new Map();
  const personFor = (fix) => {
    // A chosen person is stored with their name too: if the core numbers people differently after an update, the
    // name finds them again instead of the id finding someone else.
    const byIdNow = fix.speaker ? byId.get(fix.speaker) : undefined;
    if (byIdNow && (!fix.name || byIdNow.name === fix.name)) return byIdNow;
    if (!fix.name) return null;
    const known = people.find((p) => p.name === fix.name);
    if (known) return known;
    if (!typed.has(fix.name)) {
      const p = { id: `c${typed.size + 1}`, name: fix.name, gender: null, titles: [], quoted: true, mentions: [], corrected: true };
      typed.set(fix.name, p);
      people.push(p);
      byId.set(p.id, p);
    }
    return typed.get(fix.name);
  };
  const quotes = [];
  for (const q of analysis.quotes) {
    const fix = fixes[quoteKey(q)];
    if (fix?.notQuote) continue;
    let target = fix ? personFor(fix) : null;
    if (!target && q.speaker && merges[q.speaker]) target = personFor(merges[q.speaker]);
    if (!target) { quotes.push(q); continue; }
    quotes.push({ ...q, speaker: target.id, speakerName: target.name, confidence: 1, corrected: true });
  }
  const speaking = new Set(quotes.map((q) => q.speaker).filter(Boolean));
  for (const p of people) p.quoted = speaking.has(p.id);
  return { ...analysis, people, quotes };
}
