// Pure functions from a newsmark/1 analysis to what the page shows: the marks, their explanations, the side panel's
// lists and the Markdown export. No DOM here, so they are easy to test with hand-written analyses.
import { confidenceText, isNamedPerson, isSpeakerName } from './attribution.mjs';
import { dateLabel, inlineLabel } from './labels.mjs';

export const KINDS = ['quote', 'speaker', 'person', 'country', 'date'];
// Ten tints chosen for distance from each other and from the date and unattributed-quote tints, in both themes (the
// browser tests measure it); speakers past the tenth reuse a tint with a stripe pattern and their initials.
export const SPEAKER_COLOURS = 10;

// A flag is the ISO code written in regional indicator symbols, which fonts draw as the flag; no table needed.
export function flag(iso) {
  if (!/^[A-Z]{2}$/.test(iso ?? '')) return '';
  return String.fromCodePoint(...[...iso].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

export const isDirect = (q) => q.kind !== 'indirect';

export function initials(name) {
  return name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('').slice(0, 3);
}

// Speakers (quoted people whose name is a person's or an organisation's) by quote count, most first, then by first
// mention; each with a colour slot, a pattern once the colours run out, its quotes' indices and its direct quotes'.
export function speakers(analysis) {
  const byId = new Map();
  for (const p of analysis.people) {
    if (p.quoted && isNamedPerson(p)) byId.set(p.id, { person: p, quotes: [], direct: [] });
  }
  analysis.quotes.forEach((q, i) => {
    const s = q.speaker ? byId.get(q.speaker) : undefined;
    if (!s) return;
    s.quotes.push(i);
    if (isDirect(q)) s.direct.push(i);
  });
  const first = (s) => s.person.mentions[0]?.start ?? analysis.quotes[s.quotes[0]]?.start ?? 0;
  const sorted = [...byId.values()].filter((s) => s.quotes.length)
    .sort((a, b) => b.quotes.length - a.quotes.length || first(a) - first(b));
  return new Map(sorted.map((s, rank) => [s.person.id, { ...s, colour: rank % SPEAKER_COLOURS,
    pattern: Math.floor(rank / SPEAKER_COLOURS), initials: initials(s.person.name) }]));
}

// Quotes grouped by speaker (most quotes shown first, as the panel lists them); the rest under a named source that reads as a name (an
// anonymous "A British official"), else "Unattributed". `direct` leaves reported speech out.
export function quoteGroups(analysis, who = speakers(analysis), { direct = false } = {}) {
  const keep = (i) => !direct || isDirect(analysis.quotes[i]);
  const groups = [...who.values()].map((s) => ({ id: s.person.id, name: s.person.name, titles: s.person.titles,
    colour: s.colour, pattern: s.pattern, quotes: s.quotes.filter(keep) })).filter((g) => g.quotes.length)
    .sort((a, b) => b.quotes.length - a.quotes.length);  // stable: ties keep the speakers' order
  const others = new Map();
  analysis.quotes.forEach((q, i) => {
    if ((q.speaker && who.has(q.speaker)) || !keep(i)) return;
    const name = isSpeakerName(q.speakerName) ? q.speakerName : null;
    if (!others.has(name)) others.set(name, { id: null, name, titles: [], colour: null, pattern: 0, quotes: [] });
    others.get(name).quotes.push(i);
  });
  return [...groups, ...[...others.values()].sort((a, b) => (a.name === null) - (b.name === null) || b.quotes.length - a.quotes.length)];
}

export function countryList(analysis) {
  return analysis.countries.map((c) => ({ iso: c.iso, name: c.name, flag: flag(c.iso), count: c.mentions.length,
    first: c.mentions[0]?.start ?? 0 })).sort((a, b) => b.count - a.count || a.first - b.first);
}

// The first day a TIMEX3 value covers, for ordering: 2014, 2022-01, 2022-W02 and 2022-01-10 all sort together.
export function dateKey(value) {
  if (!value) return null;
  let m;
  if ((m = /^(\d{4})-W(\d\d)/.exec(value))) {
    const jan4 = Date.UTC(+m[1], 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 864e5 + (+m[2] - 1) * 7 * 864e5;
    return new Date(monday).toISOString().slice(0, 10);
  }
  if ((m = /^(\d{4})(?:-(\d\d))?(?:-(\d\d))?/.exec(value))) return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
  if ((m = /^(\d{3})X?$/.exec(value))) return `${m[1]}0-01-01`;
  return null;
}

// Dates on a timeline: one entry per distinct value, in time order, with (the first few of) the words that gave it.
export function timeline(analysis, text, wordsPerValue = 6) {
  const byValue = new Map();
  const other = [];
  analysis.dates.forEach((d, i) => {
    const dated = d.kind === 'date' || d.kind === 'time';
    let entry = dated ? byValue.get(d.value) : undefined;
    if (!entry) {
      const key = dated ? dateKey(d.value) : null;
      if (key === null) {
        other.push({ index: i, value: d.value, label: dateLabel(d), kind: d.kind, surface: text.slice(d.start, d.end) });
        return;
      }
      entry = { value: d.value, label: dateLabel(d), key, granularity: d.granularity, count: 0, mentions: [] };
      byValue.set(d.value, entry);
    }
    entry.count++;
    if (entry.mentions.length < wordsPerValue) entry.mentions.push({ index: i, surface: text.slice(d.start, d.end) });
  });
  const dated = [...byValue.values()].sort((a, b) => a.key.localeCompare(b.key) || a.value.localeCompare(b.value));
  return { dated, other };
}

// Every highlight, one per mention: [start, end) in UTF-16 units, with its kind, a data-id unique to the mention and
// the attributes the page styles and filters by. Returned as one list per layer, so that a page drawing a huge
// article can give the browser a turn between them; highlights() joins them.
export function highlightLayers(analysis, text = '') {
  const who = speakers(analysis);
  return [
    () => analysis.quotes.map((q, i) => {
      const s = q.speaker ? who.get(q.speaker) : undefined;
      return { start: q.start, end: q.end, kind: 'quote', id: `q${i}`, person: s ? q.speaker : null, colour: s ? s.colour : null,
        pattern: s?.pattern || null, initials: s?.pattern ? s.initials : null, quoteKind: q.kind };
    }),
    () => {
      const out = [];
      for (const p of analysis.people) {
        const s = who.get(p.id);
        const kind = s ? 'speaker' : 'person';
        const colour = s ? s.colour : null;
        const pattern = s?.pattern || null;
        p.mentions.forEach((m, j) => {
          if (m.kind !== 'pronoun') out.push({ start: m.start, end: m.end, kind, id: `${p.id}-${j}`, person: p.id, colour, pattern });
        });
      }
      return out;
    },
    () => {
      const out = [];
      for (const c of analysis.countries) {
        const f = flag(c.iso);
        c.mentions.forEach((m, j) => out.push({ start: m.start, end: m.end, kind: 'country', id: `${c.iso}-${j}`, flag: f }));
      }
      return out;
    },
    () => analysis.dates.map((d, i) => ({ start: d.start, end: d.end, kind: 'date', id: `d${i}`,
      label: inlineLabel(d, text?.slice(d.start, d.end) ?? '') })),
  ];
}

export function highlights(analysis, text = '') {
  return highlightLayers(analysis, text).flatMap((layer) => layer());
}

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

// The core's attribution rules in a reader's words, for the notes and the panel (tests/js/rules.test.mjs keeps this
// list equal to the rules the wasm lists).
export const RULES = {
  'explicit-after-quote': 'named with a speech verb after the quote',
  'explicit-before-quote': 'named with a speech verb before the quote',
  'pronoun-after-quote': 'a pronoun with a speech verb after the quote',
  'pronoun-before-quote': 'a pronoun with a speech verb before the quote',
  transcript: 'a transcript turn that names its speaker',
  dash: 'a dash between the speaker’s name and the quote',
  continuation: 'continues the speaker of the quote before',
  'previous-sentence': 'continues the speaker named in the sentence before',
  'sentence-subject': 'the person the quote’s sentence is about (no verb of saying)',
  'reported-speech': 'reported speech, not in quote marks',
  'reported-content': 'what a reporting verb says someone said, thought or wanted',
  'reported-frame': 'quoted words inside reported speech',
  'embedded-post': 'an embedded social media post',
  'according-to': '“according to” a source',
  colon: 'a speaker introducing the quote with a colon',
  none: 'no speaker found',
};
const MENTIONS = { name: 'full name', surname: 'surname', title: 'title and name', pronoun: 'pronoun' };

// Reported speech is the writer's paraphrase: shown without quote marks so it is never mistaken for the speaker's words.
export const quoted = (kind, body) => (kind === 'indirect' ? `(reported) ${body}` : `“${body}”`);
// Text on one line: runs of white space (line breaks included) become one space.
export const squash = (s) => s.replace(/\s+/g, ' ').trim();

const DCT_SOURCES = { header: 'the date line at the top', dateline: 'the dateline', option: 'the date you set' };
export const dctSource = (dct) => DCT_SOURCES[dct.source] ?? dct.source;

function dctPhrase(dct) {
  if (!dct) return 'no article date (set one to resolve relative dates)';
  return `the article date, ${dateLabel(dct)}, from ${dctSource(dct)}`;
}

function explainQuote(analysis, text, q) {
  // A source that is not a name ("It", "READ MORE") is no speaker: said so, with no confidence to mislead.
  const named = Boolean(q.speaker) || isSpeakerName(q.speakerName);
  const lines = [named ? `Speaker: ${q.speakerName}` : q.speakerName
    ? `Speaker: not found (“${q.speakerName}” is not a person or organisation)` : 'Speaker: not found'];
  if (q.source && named && !q.corrected) lines.push(`Named as “${text.slice(q.source.start, q.source.end)}”`);
  if (q.cue && named) lines.push(`Cue: “${text.slice(q.cue.start, q.cue.end)}”`);
  if (named) {
    lines.push(q.corrected ? 'How: corrected by you' : `How: ${RULES[q.rule] ?? q.rule ?? 'no rule'}`,
      `Confidence: ${confidenceText(q)}`);
  }
  const title = { indirect: 'Reported speech', embedded: 'Embedded post' }[q.kind] ?? `${q.kind[0].toUpperCase()}${q.kind.slice(1)} quote`;
  return { title, lines };
}

function explainDate(analysis, d) {
  const label = dateLabel(d);
  const kind = `${d.kind[0].toUpperCase()}${d.kind.slice(1)}`;
  const lines = [];
  if (d.granularity) lines.push(`Precision: ${d.granularity}`);
  lines.push(d.relative ? `Relative, resolved against ${dctPhrase(analysis.dct)}` : 'Stated in the text');
  if (d.value) lines.push(`Stored as ${d.value}`);
  return { title: label ? `${kind}: ${label}` : `${kind}: could not be resolved`, lines };
}

// Why a mark is there, in words, from its data-id: [title, lines].
export function explain(analysis, text, id) {
  let m;
  if ((m = /^q(\d+)$/.exec(id))) {
    const q = analysis.quotes[+m[1]];
    return q ? explainQuote(analysis, text, q) : null;
  }
  if ((m = /^d(\d+)$/.exec(id))) {
    const d = analysis.dates[+m[1]];
    return d ? explainDate(analysis, d) : null;
  }
  if ((m = /^([pc]\d+)-(\d+)$/.exec(id))) {
    const p = analysis.people.find((x) => x.id === m[1]);
    const mention = p?.mentions[+m[2]];
    if (!mention) return null;
    const lines = [];
    if (p.titles.length) lines.push(`Titles: ${p.titles.join(', ')}`);
    lines.push(`Mention: ${MENTIONS[mention.kind] ?? mention.kind}`);
    const n = analysis.quotes.filter((q) => q.speaker === p.id).length;
    lines.push(p.quoted && isNamedPerson(p) ? `Speaker of ${plural(n, 'quote')}` : 'Not quoted');
    return { title: p.name, lines };
  }
  if ((m = /^([A-Z]{2})-(\d+)$/.exec(id))) {
    const c = analysis.countries.find((x) => x.iso === m[1]);
    const mention = c?.mentions[+m[2]];
    if (!mention) return null;
    return { title: `${flag(c.iso)} ${c.name}`.trim(), lines: [`ISO code: ${c.iso}`, `Form: ${mention.form}`,
      `Mentioned ${plural(c.mentions.length, 'time')}`] };
  }
  return null;
}

// The article's headline: its first line of words after a leading `date YYYY-MM-DD` line.
export function headline(text) {
  return text.split('\n').map((l) => l.trim()).find((l) => l && !/^date\s+\d{4}-\d\d-\d\d$/i.test(l)) ?? '';
}

// Paragraph numbers (1-based, counting non-empty lines from the top) for positions in the text.
export function paragraphOf(text) {
  const starts = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) starts.push(at);
    at += line.length + 1;
  }
  return (pos) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid] <= pos) lo = mid; else hi = mid - 1; }
    return lo + 1;
  };
}

// The outlet a wire story names in its dateline: "LONDON, March 6, 2019 (Reuters) - ..." gives Reuters.
export function outlet(text) {
  return /^[^\n]{0,80}?\(([A-Z][\w&.' ]{1,30})\)\s*[-–—]/m.exec(text.slice(0, 600))?.[1] ?? '';
}

// One quote with its attribution, to paste elsewhere: “…” — Name, title, outlet, date.
export function citation(analysis, text, index) {
  const q = analysis.quotes[index];
  if (!q) return '';
  const person = analysis.people.find((p) => p.id === q.speaker);
  const name = person?.name ?? (isSpeakerName(q.speakerName) ? q.speakerName : 'unattributed');
  const parts = [name, ...(person?.titles.slice(0, 1) ?? [])];
  if (outlet(text)) parts.push(outlet(text));
  if (analysis.dct) parts.push(dateLabel(analysis.dct));
  return `${quoted(q.kind, squash(text.slice(q.start, q.end)))} — ${parts.join(', ')}`;
}

// Quotes grouped by speaker, as Markdown a journalist can paste into notes: the headline and article date first, each
// quote with its paragraph number, corrected attributions marked.
export function markdown(analysis, text, { direct = false } = {}) {
  const title = headline(text);
  const out = [`# ${title || 'Quotes by speaker'}`, ''];
  out.push(analysis.dct ? `Article date: ${dateLabel(analysis.dct)} (from ${dctSource(analysis.dct)})` : 'Article date: not found', '');
  const paragraph = paragraphOf(text);
  for (const g of quoteGroups(analysis, speakers(analysis), { direct })) {
    const titles = g.titles.length ? `, ${g.titles.join(', ')}` : '';
    out.push(`## ${g.name ?? 'Unattributed'}${titles} (${plural(g.quotes.length, 'quote')})`, '');
    for (const i of g.quotes) {
      const q = analysis.quotes[i];
      out.push(`- ¶${paragraph(q.start)} ${quoted(q.kind, squash(text.slice(q.start, q.end)))}${q.corrected ? ' (corrected)' : ''}`);
    }
    out.push('');
  }
  if (analysis.quotes.length === 0) out.push('No quotes found.', '');
  return out.join('\n');
}
