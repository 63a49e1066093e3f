// How the page speaks of an attribution: the confidence is the core's own (its sieve table already keeps a speaker
// found through a pronoun or carried over from another quote below certain), in words; and which names count as
// speakers at all (a person or an organisation, not "It", "Two", "READ MORE" or "a database built").

export function shownConfidence(q) {
  if (q.corrected) return 1;
  return q.confidence ?? 0;
}

export function confidenceWords(x) {
  if (x >= 1) return 'set by you';
  if (x >= 0.9) return 'high';
  if (x >= 0.7) return 'likely';
  if (x >= 0.5) return 'uncertain';
  return 'a guess';
}

export const confidenceText = (q) => {
  const x = shownConfidence(q);
  return x >= 1 ? 'corrected by you' : `${Math.round(x * 100)}% (${confidenceWords(x)})`;
};

// Words that open a name but never a person's or an organisation's: pronouns, numbers, quantifiers, page furniture.
const NOT_A_NAME = new Set(['it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there',
  'here', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'some', 'many', 'most',
  'all', 'both', 'each', 'few', 'others', 'other', 'another', 'read', 'more', 'click', 'share', 'subscribe', 'sign', 'who',
  'which', 'what', 'when', 'where', 'why', 'how', 'if', 'but', 'and', 'or', 'so', 'yet', 'also', 'then', 'now', 'such',
  'nobody', 'everyone', 'someone', 'anyone', 'none']);

export function isSpeakerName(name) {
  if (!name) return false;
  const trimmed = name.trim();
  if (!/^\p{Lu}/u.test(trimmed)) return false;  // "a database built": a lower-case start is running text
  if (/^\P{Ll}+$/u.test(trimmed) && /\s/.test(trimmed)) return false;  // "READ MORE": capitals over several words
  const first = trimmed.split(/[\s,]+/)[0].toLowerCase().replace(/[^\p{L}]/gu, '');
  if (NOT_A_NAME.has(first)) return false;
  return /\p{L}{2}/u.test(trimmed);
}
