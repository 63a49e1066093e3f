// Pure functions from a newsmark/1 analysis to what the page shows: the marks, their explanations, the side panel's
// lists and the Markdown export. No DOM here, so they are easy to test with hand-written analyses.

export const KINDS = ['quote', 'speaker', 'person', 'country', 'date'];
export const SPEAKER_COLOURS = 8;

// A flag is the ISO code written in regional indicator symbols, which fonts draw as the flag; no table needed.
export function flag(iso) {
  if (!/^[A-Z]{2}$/.test(iso ?? '')) return '';
  return String.fromCodePoint(...[...iso].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

// Quoted people in order of first mention, each with a colour slot, their quotes' indices and a count.
export function speakers(analysis) {
  const byId = new Map();
  for (const p of analysis.people) if (p.quoted) byId.set(p.id, { person: p, colour: byId.size % SPEAKER_COLOURS, quotes: [] });
  analysis.quotes.forEach((q, i) => { if (q.speaker && byId.has(q.speaker)) byId.get(q.speaker).quotes.push(i); });
  return byId;
}

// Quotes whose speaker is named but not among the people (or unknown) are grouped under their name or "Unattributed".
export function quoteGroups(analysis, who = speakers(analysis)) {
  const groups = [...who.values()].map((s) => ({ id: s.person.id, name: s.person.name, titles: s.person.titles,
    colour: s.colour, quotes: s.quotes }));
  const others = new Map();
  analysis.quotes.forEach((q, i) => {
    if (q.speaker && who.has(q.speaker)) return;
    const name = q.speakerName ?? null;
    if (!others.has(name)) others.set(name, { id: null, name, titles: [], colour: null, quotes: [] });
    others.get(name).quotes.push(i);
  });
  return [...groups, ...[...others.values()].sort((a, b) => (a.name === null) - (b.name === null))];
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
      if (key === null) { other.push({ index: i, value: d.value, kind: d.kind, surface: text.slice(d.start, d.end) }); return; }
      entry = { value: d.value, key, granularity: d.granularity, count: 0, mentions: [] };
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
export function highlightLayers(analysis) {
  const who = speakers(analysis);
  return [
    () => analysis.quotes.map((q, i) => {
      const s = q.speaker ? who.get(q.speaker) : undefined;
      return { start: q.start, end: q.end, kind: 'quote', id: `q${i}`, person: s ? q.speaker : null, colour: s ? s.colour : null };
    }),
    () => {
      const out = [];
      for (const p of analysis.people) {
        const s = who.get(p.id);
        const kind = s ? 'speaker' : 'person';
        const colour = s ? s.colour : null;
        p.mentions.forEach((m, j) => {
          if (m.kind !== 'pronoun') out.push({ start: m.start, end: m.end, kind, id: `${p.id}-${j}`, person: p.id, colour });
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
    () => analysis.dates.map((d, i) => ({ start: d.start, end: d.end, kind: 'date', id: `d${i}`, value: d.value ?? d.kind })),
  ];
}

export function highlights(analysis) {
  return highlightLayers(analysis).flatMap((layer) => layer());
}

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

// The core's attribution rules in a reader's words (the rule's own name stays in the note, for bug reports).
export const RULES = {
  'explicit-after-quote': 'named with a speech verb after the quote',
  'explicit-before-quote': 'named with a speech verb before the quote',
  'pronoun-after-quote': 'a pronoun with a speech verb after the quote',
  'pronoun-before-quote': 'a pronoun with a speech verb before the quote',
  transcript: 'a transcript turn that names its speaker',
  dash: 'a dash and the speaker’s name after the quote',
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
const percent = (x) => `${Math.round(x * 100)}%`;

function dctPhrase(dct) {
  if (!dct) return 'no article date (set one to resolve relative dates)';
  const from = { header: 'the date line at the top', dateline: 'the dateline', option: 'the date you set' }[dct.source] ?? dct.source;
  return `the article date ${dct.value}, from ${from}`;
}

// Why a mark is there, in words, from its data-id: [title, lines].
export function explain(analysis, text, id) {
  let m;
  if ((m = /^q(\d+)$/.exec(id))) {
    const q = analysis.quotes[+m[1]];
    if (!q) return null;
    const lines = [q.speakerName ? `Speaker: ${q.speakerName}` : 'Speaker: not found'];
    if (q.source) lines.push(`Named as “${text.slice(q.source.start, q.source.end)}”`);
    if (q.cue) lines.push(`Cue: “${text.slice(q.cue.start, q.cue.end)}”`);
    lines.push(q.rule ? `Rule: ${q.rule}${RULES[q.rule] ? ` (${RULES[q.rule]})` : ''}` : 'Rule: none',
      `Confidence: ${percent(q.confidence)}`);
    const title = { indirect: 'Reported speech', embedded: 'Embedded post' }[q.kind] ?? `${q.kind[0].toUpperCase()}${q.kind.slice(1)} quote`;
    return { title, lines };
  }
  if ((m = /^d(\d+)$/.exec(id))) {
    const d = analysis.dates[+m[1]];
    if (!d) return null;
    const lines = [d.value ? `Value: ${d.value}` : 'Value: could not be resolved'];
    if (d.granularity) lines.push(`Granularity: ${d.granularity}`);
    lines.push(d.relative ? `Relative, resolved against ${dctPhrase(analysis.dct)}` : 'Stated in the text');
    return { title: `${d.kind[0].toUpperCase()}${d.kind.slice(1)}: ${d.value ?? '?'}`, lines };
  }
  if ((m = /^(p\d+)-(\d+)$/.exec(id))) {
    const p = analysis.people.find((x) => x.id === m[1]);
    const mention = p?.mentions[+m[2]];
    if (!mention) return null;
    const lines = [];
    if (p.titles.length) lines.push(`Titles: ${p.titles.join(', ')}`);
    lines.push(`Mention: ${MENTIONS[mention.kind] ?? mention.kind}`);
    const n = analysis.quotes.filter((q) => q.speaker === p.id).length;
    lines.push(p.quoted ? `Speaker of ${plural(n, 'quote')}` : 'Not quoted');
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

// Quotes grouped by speaker, as Markdown a journalist can paste into notes.
export function markdown(analysis, text) {
  const out = ['# Quotes by speaker', ''];
  for (const g of quoteGroups(analysis)) {
    const titles = g.titles.length ? `, ${g.titles.join(', ')}` : '';
    out.push(`## ${g.name ?? 'Unattributed'}${titles} (${plural(g.quotes.length, 'quote')})`, '');
    for (const i of g.quotes) {
      const q = analysis.quotes[i];
      out.push(`- ${quoted(q.kind, text.slice(q.start, q.end).replace(/\s+/g, ' ').trim())}`);
    }
    out.push('');
  }
  if (analysis.quotes.length === 0) out.push('No quotes found.', '');
  return out.join('\n');
}
