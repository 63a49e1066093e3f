// How the page speaks of an attribution: the confidence is the core's own (its sieve table already keeps a speaker
// found through a pronoun or carried over from another quote below certain), in words; and which names count as
// speakers at all (a person or an organisation, not "It", "Two", "READ MORE" or "a database built").
import { NEVER_OPENS_A_NAME } from '../build/web/name-words.mjs';

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

// Whether a phrase names a speaker (a person or an organisation, not "It", "Two", "READ MORE" or "a database built"):
// for a source the core found no person for, and for a name the reader typed. The words that never open a name come
// from the core's own lists (scripts/gen-name-words.mjs).
export function isSpeakerName(name) {
  if (!name) return false;
  const trimmed = name.trim();
  if (!/^\p{Lu}/u.test(trimmed)) return false;  // "a database built": a lower-case start is running text
  if (/^\P{Ll}+$/u.test(trimmed) && /\s/.test(trimmed)) return false;  // "READ MORE": capitals over several words
  const first = trimmed.match(/^\p{L}+/u)?.[0] ?? '';
  // Two or more capitals spell an acronym ("US Mission to NATO"), not the word they share letters with ("us").
  const acronym = first.length > 1 && first === first.toUpperCase();
  if (!acronym && NEVER_OPENS_A_NAME.has(first.toLowerCase())) return false;
  // "Speaking on radio": a participle and lower-case words open a clause, not a name.
  if (/^\p{Lu}\p{Ll}+ing\s+\p{Ll}/u.test(trimmed)) return false;
  return /\p{L}{2}/u.test(trimmed);
}

// Whether a person is a speaker's name: the core's mention kinds tell a name from a pronoun, so only a person the
// reader typed in needs the phrase check.
export function isNamedPerson(p) {
  return p.corrected ? isSpeakerName(p.name) : p.mentions.some((m) => m.kind !== 'pronoun');
}
