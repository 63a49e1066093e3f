// The side panel (speakers, quotes by speaker, countries, a timeline of dates), built with DOM nodes only and each list
// capped so a huge article cannot freeze the page; the lists are shared with the extension's popup, and
// createPagePanel adds the page's buttons and, on a phone, the bottom sheet.
import { jumpTo } from './article-keys.mjs';
import { confidenceText } from './attribution.mjs';
import { RULES, citation, countryList, quoteGroups, quoted, speakers, squash, timeline } from './describe.mjs';
import { currentItem, refreshGroup } from './keyboard.mjs';

const CAP = 200;
// Quotes are capped lower: they are the longest items, every speaker has a list, and the list is redrawn each time
// the speaker filter changes (the article itself and the Markdown copy still hold every quote).
const QUOTE_CAP = 100;

function el(doc, tag, props = {}, ...children) {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === null) continue;
    if (k === 'className') e.className = v;
    else if (k === 'text') e.textContent = v;
    else e.setAttribute(k, v);
  }
  e.append(...children.filter((c) => c !== null && c !== undefined));
  return e;
}

const plural = (n, word) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
const excerpt = (s, n = 160) => {
  const t = squash(s);
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

function more(doc, n) {
  return n > 0 ? el(doc, 'li', { className: 'more', text: `and ${plural(n, 'more')}` }) : null;
}

function empty(doc, text) { return el(doc, 'p', { className: 'empty', text }); }

// `direct` counts and lists direct quotes only (the page's default); speakers with none are then left out.
export function renderSpeakers(list, analysis, filter, { direct = false } = {}) {
  const doc = list.ownerDocument;
  const who = [...speakers(analysis).values()].map((s) => ({ ...s, shown: direct ? s.direct : s.quotes }))
    .filter((s) => s.shown.length).sort((a, b) => b.shown.length - a.shown.length);
  if (!who.length) { list.replaceChildren(empty(doc, direct ? 'No speakers of direct quotes found yet.' : 'No speakers found yet.')); return; }
  list.replaceChildren(el(doc, 'ul', { className: 'speakers' }, ...who.slice(0, CAP).map((s) => el(doc, 'li', {},
    el(doc, 'button', { type: 'button', 'data-person': s.person.id, 'data-colour': s.colour, 'data-pattern': s.pattern || null,
      'aria-pressed': String(filter === s.person.id) },
      el(doc, 'span', { className: 'swatch', 'aria-hidden': 'true', text: s.pattern ? s.initials : null }),
      el(doc, 'span', { className: 'name', text: s.person.name }),
      s.person.titles.length ? el(doc, 'span', { className: 'titles', text: s.person.titles.join(', ') }) : null,
      el(doc, 'span', { className: 'count', text: plural(s.shown.length, direct ? 'direct quote' : 'quote') })))),
  more(doc, who.length - CAP)));
}

// `actions` adds, after each quote, buttons to copy it with its attribution and to correct it (the page has them; the
// extension's popup does not).
export function renderQuotes(box, analysis, text, filter, { direct = false, actions = false } = {}) {
  const doc = box.ownerDocument;
  if (!analysis.quotes.length) { box.replaceChildren(empty(doc, 'No quotes found yet.')); return; }
  const groups = quoteGroups(analysis, speakers(analysis), { direct }).filter((g) => !filter || g.id === filter);
  if (!groups.length) { box.replaceChildren(empty(doc, 'No direct quotes found.')); return; }
  // How each quote's speaker was found and how sure that is, in words, under the quote (the page's panel only).
  const how = (i, g) => {
    const q = analysis.quotes[i];
    if (!actions || g.name === null) return null;
    return el(doc, 'span', { className: 'how', text: q.corrected ? 'corrected by you' : `${confidenceText(q)}: ${RULES[q.rule] ?? q.rule}` });
  };
  const tools = (i) => (actions ? [
    el(doc, 'button', { type: 'button', className: 'copy-quote', 'data-quote': i, 'aria-label': 'Copy this quote with its attribution', text: 'Copy' }),
    el(doc, 'button', { type: 'button', className: 'fix-quote', 'data-quote': i, 'aria-label': 'Correct the speaker of this quote', text: 'Fix' }),
  ] : []);
  box.replaceChildren(...groups.map((g) => el(doc, 'section', { className: 'quote-group', 'data-person': g.id },
    el(doc, 'h3', { 'data-colour': g.colour, text: `${g.name ?? 'Unattributed'} (${g.quotes.length})` }),
    el(doc, 'ol', {}, ...g.quotes.slice(0, QUOTE_CAP).map((i) => el(doc, 'li', { className: actions ? 'with-tools' : null },
      el(doc, 'div', { className: 'quote-body' },
        el(doc, 'button', { type: 'button', className: 'jump', 'data-target': `q${i}`, 'data-colour': g.colour,
          text: quoted(analysis.quotes[i].kind, excerpt(text.slice(analysis.quotes[i].start, analysis.quotes[i].end))) }),
        how(i, g)),
      ...tools(i)))),
    more(doc, g.quotes.length - QUOTE_CAP))));
}

export function renderCountries(list, analysis) {
  const doc = list.ownerDocument;
  const all = countryList(analysis);
  if (!all.length) { list.replaceChildren(empty(doc, 'No countries found yet.')); return; }
  list.replaceChildren(el(doc, 'ul', { className: 'countries' }, ...all.slice(0, CAP).map((c) => el(doc, 'li', {},
    el(doc, 'button', { type: 'button', className: 'jump', 'data-target': `${c.iso}-0`, title: `${c.name} (${c.iso})` },
      el(doc, 'span', { className: 'flag', 'aria-hidden': 'true', text: c.flag }),
      el(doc, 'span', { className: 'name', text: c.name }),
      el(doc, 'span', { className: 'count', 'aria-label': plural(c.count, 'mention'), text: String(c.count) })))),
    more(doc, all.length - CAP)));
}

export function renderTimeline(box, analysis, text) {
  const doc = box.ownerDocument;
  const { dated, other } = timeline(analysis, text);
  const dct = analysis.dct?.value;
  if (!dated.length && !other.length) { box.replaceChildren(empty(doc, 'No dates found yet.')); return; }
  const items = dated.slice(0, CAP).map((d) => el(doc, 'li', { className: d.value === dct ? 'is-dct' : null },
    el(doc, 'button', { type: 'button', className: 'jump', 'data-target': `d${d.mentions[0].index}` },
      el(doc, 'time', { datetime: d.value, text: d.label || d.value }),
      el(doc, 'span', { className: 'surface', text: excerpt(d.mentions.map((m) => m.surface).join(' · '), 80) }),
      d.value === dct ? el(doc, 'span', { className: 'badge', text: 'article date' }) : null)));
  const children = [el(doc, 'ol', { className: 'timeline', 'aria-label': 'Dates in time order' }, ...items, more(doc, dated.length - CAP))];
  if (other.length) {
    children.push(el(doc, 'h3', { text: 'Durations, recurring and unresolved' }),
      el(doc, 'ul', { className: 'other-dates' }, ...other.slice(0, CAP).map((d) => el(doc, 'li', {},
        el(doc, 'button', { type: 'button', className: 'jump', 'data-target': `d${d.index}`,
          text: `${d.surface} (${d.kind}${d.label ? `: ${d.label}` : ''})` }))), more(doc, other.length - CAP)));
  }
  box.replaceChildren(...children);
}

// The panel on the page: its lists drawn for the current analysis, its jump, copy and fix buttons, the direct-quote
// toggle and the bottom sheet. Uses page.state, page.marked, page.$, page.say, page.exports and page.correcting;
// returns {renderLists(), steps(analysis), focusSpeakers()}.
export function createPagePanel(page) {
  const { state, $ } = page;
  const renderLists = () => renderPageLists(page);
  listenToPanel(page, renderLists);
  return {
    renderLists,
    // The lists as separate steps (a huge article's lists take a while each).
    steps: (a) => [
      renderLists,
      () => { renderCountries($('countries'), a); refreshGroup($('countries')); },
      () => { renderTimeline($('timeline'), a, state.text); refreshGroup($('timeline')); },
    ],
    // The documented shortcut to the panel: its speakers (opening the bottom sheet on a phone).
    focusSpeakers() {
      openSheet($, true);
      const list = $('speakers');
      (list.querySelector('button[data-roving="current"]') ?? list.querySelector('button') ?? currentItem($('speakers-group')))?.focus();
    },
  };
}

// The lists that follow the speaker filter and the direct-quote toggle: speakers and quotes.
function renderPageLists({ state, $ }) {
  const options = { direct: state.direct, actions: true };
  renderSpeakers($('speakers'), state.analysis, state.filter, options);
  renderQuotes($('quotes'), state.analysis, state.text, state.filter, options);
  refreshGroup($('speakers-group'));
  refreshGroup($('quotes'));
}

// On a phone the panel is a bottom sheet; its bar opens and closes it.
function openSheet($, open) {
  $('panel').classList.toggle('open', open);
  $('sheet').setAttribute('aria-expanded', String(open));
}

function listenToPanel(page, renderLists) {
  const { state, $ } = page;
  $('sheet').addEventListener('click', () => openSheet($, !$('panel').classList.contains('open')));
  $('direct-only').addEventListener('click', () => {
    state.direct = !state.direct;
    $('direct-only').setAttribute('aria-pressed', String(state.direct));
    if (state.analysis) renderLists();
    page.say(state.direct ? 'The panel lists direct quotes only.' : 'The panel lists reported speech too.');
  });
  $('panel').addEventListener('click', (e) => {
    const b = e.target.closest('button');
    if (b?.matches('.jump')) jumpTo(page.marked.querySelector(`mark[data-id="${CSS.escape(b.dataset.target)}"]`));
    else if (b?.matches('.copy-quote')) page.exports.copyText(citation(state.analysis, state.text, +b.dataset.quote), 'Copied the quote with its attribution.');
    else if (b?.matches('.fix-quote')) page.correcting.open(+b.dataset.quote);
  });
}
