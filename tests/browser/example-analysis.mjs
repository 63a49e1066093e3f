// A hand-written newsmark/1 analysis of the example article (web/example.mjs): what a complete analysis looks like, so
// the page's rendering can be tested with every layer populated while the recognisers are still being built.
import { EXAMPLE_ARTICLE as text } from '../../web/example.mjs';

// The nth whole-word occurrence of phrase in the text, as {start, end}.
function at(phrase, nth = 0) {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
  const all = [...text.matchAll(re)];
  if (!all[nth]) throw new Error(`"${phrase}" #${nth} is not in the example`);
  return { start: all[nth].index, end: all[nth].index + phrase.length };
}

// A quote's words without its marks.
function quote(words) {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`quote not in the example: ${words}`);
  return { start, end: start + words.length };
}

const mention = (phrase, kind, nth = 0) => ({ ...at(phrase, nth), kind });
const place = (phrase, form, nth = 0) => ({ ...at(phrase, nth), form });
const date = (phrase, value, kind, granularity, relative, nth = 0) => ({ ...at(phrase, nth), value, kind, granularity, relative });
const q = (words, kind, speaker, speakerName, source, cue, rule, confidence) =>
  ({ ...quote(words), kind, speaker, speakerName, source, cue, rule, confidence });

export const EXAMPLE_ANALYSIS = {
  schema: 'newsmark/1',
  dct: { value: '2022-01-07', source: 'header', start: 5, end: 15 },
  people: [
    { id: 'p1', name: 'Ingrid Halvorsen', gender: 'f', titles: ['fisheries minister'], quoted: true,
      mentions: [mention('Ingrid Halvorsen', 'name'), mention('Ms Halvorsen', 'surname'), mention('she', 'pronoun')] },
    { id: 'p2', name: 'Gunnar Sveinsson', gender: 'm', titles: [], quoted: true,
      mentions: [mention('Gunnar Sveinsson', 'name'), mention('he', 'pronoun'), mention('Mr Sveinsson', 'surname')] },
    { id: 'p3', name: 'Maria Lindqvist', gender: 'f', titles: ['marine economist'], quoted: true,
      mentions: [mention('Maria Lindqvist', 'name'), mention('Dr Lindqvist', 'surname')] },
  ],
  quotes: [
    q('the last good chance', 'partial', 'p1', 'Ingrid Halvorsen', at('Ms Halvorsen'), at('said', 1), 'partial-after-cue', 0.8),
    q('We have shown patience for three years, and our fishermen have paid for it,', 'direct', 'p1', 'Ingrid Halvorsen',
      at('she'), at('told'), 'pronoun-after-quote', 0.9),
    q('Nobody wins a race to empty the sea.', 'direct', 'p1', 'Ingrid Halvorsen', null, null, 'same-paragraph', 0.85),
    q('Iceland wants an agreement that respects the science, not one that simply divides the catch by habit,', 'direct',
      'p2', 'Gunnar Sveinsson', at('he'), at('said', 2), 'pronoun-after-quote', 0.9),
    q('Prices fell by a fifth yesterday alone,', 'direct', 'p3', 'Maria Lindqvist', at('Dr Lindqvist'), at('said', 4),
      'name-after-quote', 0.97),
    q('Buyers in Japan and Germany are watching this very closely.', 'direct', 'p3', 'Maria Lindqvist', null, null,
      'same-paragraph', 0.85),
    q('If we cannot agree on Monday, we will meet again on Wednesday, and every week after that, until we do.', 'direct',
      'p2', 'Gunnar Sveinsson', at('Mr Sveinsson'), at('added'), 'colon', 0.95),
  ],
  countries: [
    { iso: 'NO', name: 'Norway', mentions: [place('Norway', 'name'), place('Norwegian', 'demonym'), place('Norwegian', 'demonym', 1)] },
    { iso: 'IS', name: 'Iceland', mentions: [place('Iceland', 'name'), place('Reykjavik', 'capital'), place('Icelandic', 'demonym'),
      place('Iceland', 'name', 1), place('Reykjavik', 'capital', 1)] },
    { iso: 'GB', name: 'United Kingdom', mentions: [place('London', 'capital'), place('British', 'demonym'), place('UK', 'alias')] },
    { iso: 'DK', name: 'Denmark', mentions: [place('Copenhagen', 'capital')] },
    { iso: 'JP', name: 'Japan', mentions: [place('Japan', 'name')] },
    { iso: 'DE', name: 'Germany', mentions: [place('Germany', 'name')] },
    { iso: 'IE', name: 'Ireland', mentions: [place('Ireland', 'name')] },
    { iso: 'ES', name: 'Spain', mentions: [place('Spain', 'name')] },
  ].map((c) => ({ ...c, mentions: c.mentions.sort((a, b) => a.start - b.start) })),
  dates: [
    date('Monday', '2022-01-10', 'date', 'day', true),
    date('March', '2022-03', 'date', 'month', true),
    date('three years', 'P3Y', 'duration', null, false),
    date('Thursday', '2022-01-06', 'date', 'day', true),
    date('2019', '2019', 'date', 'year', false),
    date('next week', '2022-W02', 'date', 'week', true),
    date('last year', '2021', 'date', 'year', true),
    date('yesterday', '2022-01-06', 'date', 'day', true),
    date('later this month', '2022-01', 'date', 'month', true),
    date('Monday', '2022-01-10', 'date', 'day', true, 1),
    date('Wednesday', '2022-01-12', 'date', 'day', true),
    date('every week', 'P1W', 'set', null, false),
  ],
};
