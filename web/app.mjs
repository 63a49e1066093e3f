// The page: analyses the text as it is typed, pasted, dropped or loaded, and shows the result over it and beside it.
// Every analysis starts at a performance mark 'newsmark:input' (paste, keystroke, file, example, date change) and ends,
// once the highlights are drawn, with the measure 'newsmark:paste-to-highlights', which the benchmark reads.
import { createNewsmark } from '../wasm/newsmark.mjs';
import { createAnalyzer } from './analyzer.mjs';
import { createArticleKeys } from './article-keys.mjs';
import { applyCorrections, emptyCorrections, loadCorrections, quoteKey, saveCorrections } from './corrections.mjs';
import { KINDS, citation, dctSource, highlightLayers, highlights, markdown, speakers } from './describe.mjs';
import { EXAMPLE_ARTICLE } from './example.mjs';
import { copyToClipboard, downloadJson } from './exports.mjs';
import { createFixDialog } from './fix-dialog.mjs';
import { readArticleFile } from './input.mjs';
import { currentItem, refreshGroup, rovingGroup } from './keyboard.mjs';
import { dateLabel } from './labels.mjs';
import { renderCountries, renderQuotes, renderSpeakers, renderTimeline } from './panel.mjs';
import { render } from './render.mjs';
import { createSpeakerFilter } from './speaker-filter.mjs';
import { initTheme } from './theme.mjs';
import { createTip } from './tip.mjs';

const $ = (id) => document.getElementById(id);
const input = $('article');
const marked = $('marked');
const status = $('status');
const dctInput = $('dct-input');
const tip = $('tip');

// `raw` is the core's analysis, `analysis` the same with the reader's corrections applied (what the page shows and
// exports); `dct` is the reader's date for this article only (a new article clears it).
const state = { raw: null, analysis: null, corrections: emptyCorrections(), text: '', dct: '', generation: 0, filter: null,
  hidden: new Set(), direct: true, directMarks: false, analyzer: null, source: null, arrived: false, dctFromFile: false };

// Beyond this many characters the article is kept out of the text box: Chromium needs seconds to lay out a textarea
// holding megabytes, while the highlighted view draws it in slices. Typing or pasting into the box replaces it.
const TEXTAREA_LIMIT = 100_000;
const PLACEHOLDER = input.placeholder;
const articleText = () => state.source ?? input.value;

const say = (msg) => { status.textContent = msg; };
const startMark = () => performance.mark('newsmark:input');

async function analyse() {
  if (!state.analyzer) return;
  const generation = ++state.generation;
  const text = articleText();
  const started = performance.now();
  if (text.length > 200_000) say(`Analysing ${text.length.toLocaleString('en')} characters…`);
  let result;
  try {
    result = await state.analyzer.analyze(text, state.dct);
  } catch (e) {
    if (generation === state.generation) say(`This text could not be analysed: ${e.message}`);
    return;
  }
  if (generation !== state.generation) return;
  const analysed = performance.now();
  performance.mark('newsmark:analysed');
  if (text !== state.text || !state.raw) state.corrections = loadCorrections(text);
  state.raw = result.analysis;
  state.text = text;
  if (!await present(generation)) return;
  performance.measure('newsmark:paste-to-highlights', 'newsmark:input');
  marked.dataset.generation = String(generation);
  marked.dataset.engine = result.engine;
  marked.dataset.worker = state.analyzer.workerMode;
  const where = result.engine === 'worker' ? ' in a background worker'
    : text.length >= 200_000 ? ' on the page (no background worker could start here, so the page may pause)' : '';
  say(text ? `Analysed ${text.length.toLocaleString('en')} characters${where} in ${(analysed - started).toFixed(1)} ms; ` +
    `highlights drawn in ${(performance.now() - analysed).toFixed(1)} ms.` : 'Ready. Paste an article or load the example.');
  if (state.arrived) { state.arrived = false; arrive(); }
}

// Draws the (corrected) analysis: marks, legend counts and the panel. Resolves false when a newer analysis took over.
async function present(generation) {
  const analysis = applyCorrections(state.raw, state.corrections);
  state.analysis = analysis;
  const text = state.text;
  if (state.filter && !speakers(analysis).has(state.filter)) state.filter = null;
  // A large article's work is cut into tasks (each layer's marks, the drawing in slices, each panel list), with a
  // turn for the browser between them, so the page keeps answering.
  const large = text.length > TEXTAREA_LIMIT;
  const stillCurrent = async () => {
    if (large) await new Promise((resolve) => setTimeout(resolve, 0));
    return generation === state.generation;
  };
  const marks = [];
  for (const layer of highlightLayers(analysis, text)) {
    for (const m of layer()) marks.push(m);
    if (!await stillCurrent()) return false;
  }
  addFilterRules(analysis);
  const complete = await render(marked, text, marks, { isCurrent: () => generation === state.generation,
    tabbable: () => false });
  if (!complete) return false;
  performance.mark('newsmark:drawn');
  applyHidden();
  applyFilter();
  setRover(nextShown(marked, 1));
  document.body.classList.toggle('has-article', text.trim().length > 0);
  $('edit').hidden = !text.trim();
  for (const step of summarySteps()) {
    step();
    if (!await stillCurrent()) return false;
  }
  return true;
}

// What the legend counts is what the panel lists: quotes, speakers, other people, countries and date mentions.
function legendCounts(a) {
  const who = speakers(a);
  const named = (p) => p.mentions.some((m) => m.kind !== 'pronoun');
  return { quote: a.quotes.length, speaker: who.size, person: a.people.filter((p) => !who.has(p.id) && named(p)).length,
    country: a.countries.length, date: a.dates.length };
}

const DCT_SOURCE_WORDS = { header: 'from the date line at the top of the text', dateline: 'from the dateline' };
function showArticleDate(a) {
  const source = a.dct?.source === 'option'
    ? (state.dctFromFile ? 'from the file\'s publication date' : 'set by you, for this article only')
    : a.dct ? DCT_SOURCE_WORDS[a.dct.source] ?? `from ${dctSource(a.dct)}` : 'not found in the text: set it to resolve relative dates';
  dctInput.value = state.dct || (a.dct?.value ?? '');
  $('dct-label').textContent = a.dct ? dateLabel(a.dct) : 'none';
  $('dct-source').textContent = source;
  $('dct-reset').hidden = !state.dct || state.dctFromFile;
}

const panelOptions = () => ({ direct: state.direct, actions: true });
function renderPanelLists() {
  renderSpeakers($('speakers'), state.analysis, state.filter, panelOptions());
  renderQuotes($('quotes'), state.analysis, state.text, state.filter, panelOptions());
  refreshGroup($('speakers-group'));
  refreshGroup($('quotes'));
}

// The summary beside the article, as separate steps (a huge article's lists take a while each).
function summarySteps() {
  const a = state.analysis;
  return [
    () => { const counts = legendCounts(a); for (const k of KINDS) document.querySelector(`[data-count="${k}"]`).textContent = counts[k].toLocaleString('en'); },
    renderPanelLists,
    () => { renderCountries($('countries'), a); refreshGroup($('countries')); },
    () => { renderTimeline($('timeline'), a, state.text); refreshGroup($('timeline')); },
    () => showArticleDate(a),
    () => {
      const fixed = Object.keys(state.corrections.quotes).length + Object.keys(state.corrections.merges).length > 0;
      $('undo-fixes').hidden = !fixed;
      $('export').hidden = !a;
      $('copy-md').hidden = !a;
      refreshGroup($('tools'));
    },
  ];
}

// After a new article arrives on a phone the page moves to its highlights, which start below the input there; the
// focus stays where the reader pasted, so pasting again still replaces the text.
function arrive() {
  if (matchMedia('(max-width: 760px)').matches) $('output').scrollIntoView({ block: 'start' });
}

let timer = 0;
function schedule(delay) {
  clearTimeout(timer);
  timer = setTimeout(analyse, delay);
}

function setText(text, date = '', mark = true) {
  if (mark) startMark();
  if (text.length > TEXTAREA_LIMIT) {
    state.source = text;
    input.value = '';
    input.placeholder = `A ${(text.length / 1e6).toFixed(1)} million character article is loaded and shown under ` +
      'Highlights; it is too large to edit here. Type or paste to replace it.';
  } else {
    state.source = null;
    input.value = text;
    input.placeholder = PLACEHOLDER;
  }
  newArticle(date);
  schedule(0);
}

// A new article (pasted, dropped, opened or the example) starts from the date its own text gives: the reader's date
// for the last article never carries over.
function newArticle(date = '') {
  state.dct = date;
  state.dctFromFile = Boolean(date);
  state.arrived = true;
  collapse(true);
  // The one-line bar shows the article's first line (its headline), not wherever the paste left the caret.
  input.setSelectionRange(0, 0);
  input.scrollTop = 0;
}

// The input as a one-line bar once an article is in, or open for editing.
function collapse(on) {
  document.body.classList.toggle('editing', !on);
  $('edit').setAttribute('aria-expanded', String(!on));
  $('edit').textContent = on ? 'Edit the text' : 'Done editing';
}

// --- filtering, toggles and tooltips -------------------------------------------------------------------------------

const speakerFilter = createSpeakerFilter(marked);
const addFilterRules = (analysis) => speakerFilter.addRules(analysis);
const applyFilter = () => speakerFilter.apply(state.filter);

function applyHidden() {
  for (const k of KINDS) marked.classList.toggle(`hide-${k}`, state.hidden.has(k));
  marked.classList.toggle('direct-marks', state.directMarks);
}

// --- keyboard in the article -----------------------------------------------------------------------------------------

const shown = (n) => !state.hidden.has(n.dataset.kind)
  && !(state.directMarks && n.dataset.kind === 'quote' && n.dataset.qkind === 'indirect');
const keys = createArticleKeys(marked, { shown, onPanel: () => toPanel(), onFix: (index) => openFix(index) });
const { setRover, nextShown } = keys;

// The documented shortcut to the panel: its speakers (opening the bottom sheet on a phone).
function toPanel() {
  openSheet(true);
  const list = $('speakers');
  (list.querySelector('button[data-roving="current"]') ?? list.querySelector('button') ?? currentItem($('speakers-group')))?.focus();
}

function setFilter(person) {
  state.filter = state.filter === person ? null : person;
  applyFilter();
  renderPanelLists();
  say(state.filter ? `Showing the quotes of ${state.analysis.people.find((p) => p.id === person)?.name}.` : 'Showing every speaker.');
  // The move comes a frame later: restyling a large article for the filter and then laying out around the first quote
  // are two tasks, not one long one.
  if (state.filter) {
    const first = marked.querySelector(`mark[data-kind="quote"][data-person="${CSS.escape(state.filter)}"]`);
    requestAnimationFrame(() => setTimeout(() => jumpTo(first), 0));
  }
}

function jumpTo(mark) {
  if (!mark) return;
  const calm = matchMedia('(prefers-reduced-motion: reduce)').matches;
  mark.scrollIntoView({ block: 'center', behavior: calm ? 'auto' : 'smooth' });
  mark.focus({ preventScroll: true });
}

// --- notes on marks --------------------------------------------------------------------------------------------------

const notes = createTip(tip, marked);
const showTip = (mark) => { if (state.analysis) notes.show(mark, state.analysis, state.text); };
marked.addEventListener('mouseover', (e) => { const m = e.target.closest('mark'); if (m) showTip(m); });
marked.addEventListener('mouseout', (e) => { const m = e.target.closest('mark'); if (m && !m.contains(document.activeElement)) notes.hide(); });
marked.addEventListener('focusin', (e) => { if (e.target.matches('mark')) { setRover(e.target); showTip(e.target); } });
marked.addEventListener('focusout', (e) => { if (e.target.matches('mark')) notes.hide(); });
// A tap focuses the innermost mark; its note lists the outer layers too.
marked.addEventListener('click', (e) => { const m = e.target.closest('mark'); if (m) { m.focus({ preventScroll: true }); showTip(m); } });
document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && notes.open) notes.hide(); });
// Scrolling moves a focused mark's note with it (focusing a mark scrolls it into view); a hovered mark's note closes.
addEventListener('scroll', () => {
  if (!notes.open) return;
  const focused = document.activeElement;
  if (focused?.matches?.('#marked mark')) showTip(focused); else notes.hide();
}, { passive: true });

// --- legend and panel ------------------------------------------------------------------------------------------------

for (const group of [$('tools'), document.querySelector('.legend'), $('speakers-group'), $('quotes'), $('countries'), $('timeline')]) rovingGroup(group);

document.querySelector('.legend').addEventListener('click', (e) => {
  const b = e.target.closest('button[data-kind]');
  if (!b) return;
  const on = b.getAttribute('aria-pressed') !== 'true';
  b.setAttribute('aria-pressed', String(on));
  if (on) state.hidden.delete(b.dataset.kind); else state.hidden.add(b.dataset.kind);
  applyHidden();
  const { rover } = keys;
  if (!on && rover?.dataset.kind === b.dataset.kind) setRover(nextShown(rover, 1) ?? nextShown(marked, 1));
  else if (on && !rover) setRover(nextShown(marked, 1));
});

$('direct-marks').addEventListener('click', () => {
  state.directMarks = !state.directMarks;
  $('direct-marks').setAttribute('aria-pressed', String(state.directMarks));
  applyHidden();
  if (keys.rover && !shown(keys.rover)) setRover(nextShown(keys.rover, 1) ?? nextShown(marked, 1));
});

$('direct-only').addEventListener('click', () => {
  state.direct = !state.direct;
  $('direct-only').setAttribute('aria-pressed', String(state.direct));
  if (state.analysis) renderPanelLists();
  say(state.direct ? 'The panel lists direct quotes only.' : 'The panel lists reported speech too.');
});

$('speakers').addEventListener('click', (e) => {
  const b = e.target.closest('button[data-person]');
  if (b) setFilter(b.dataset.person);
});

document.querySelector('.panel').addEventListener('click', (e) => {
  const b = e.target.closest('button');
  if (b?.matches('.jump')) jumpTo(marked.querySelector(`mark[data-id="${CSS.escape(b.dataset.target)}"]`));
  else if (b?.matches('.copy-quote')) copyText(citation(state.analysis, state.text, +b.dataset.quote), 'Copied the quote with its attribution.');
  else if (b?.matches('.fix-quote')) openFix(+b.dataset.quote);
});

// On a phone the panel is a bottom sheet; its bar opens and closes it.
function openSheet(open) {
  $('panel').classList.toggle('open', open);
  $('sheet').setAttribute('aria-expanded', String(open));
}
$('sheet').addEventListener('click', () => openSheet(!$('panel').classList.contains('open')));

// --- corrections -----------------------------------------------------------------------------------------------------

function correct(quote, fix, mergeFrom = null) {
  state.corrections.quotes[quoteKey(quote)] = fix;
  if (mergeFrom && !fix.notQuote) state.corrections.merges[mergeFrom] = fix;
  saveCorrections(state.text, state.corrections);
  redraw(fix.notQuote ? 'Marked as not a quote.' : 'Speaker corrected.');
}

async function redraw(message) {
  const generation = ++state.generation;
  if (await present(generation)) {
    marked.dataset.generation = String(generation);
    say(message);
  }
}

const fixDialog = createFixDialog(correct);
function openFix(index) {
  if (state.analysis) fixDialog.open(state.analysis, state.text, index);
}

$('undo-fixes').addEventListener('click', () => {
  state.corrections = emptyCorrections();
  saveCorrections(state.text, state.corrections);
  redraw('Your corrections to this article are undone.');
});

// --- input -----------------------------------------------------------------------------------------------------------

input.addEventListener('paste', (e) => {
  startMark();
  const text = e.clipboardData?.getData('text/plain') ?? '';
  if (text.length > TEXTAREA_LIMIT) { e.preventDefault(); setText(text, '', false); }
});
input.addEventListener('input', (e) => {
  if (state.source !== null) { state.source = null; input.placeholder = PLACEHOLDER; }
  // A paste is a new article, analysed at once, in this task, so its highlights are drawn before the next frame.
  if (e.inputType === 'insertFromPaste' || e.inputType === 'insertFromDrop') {
    newArticle();
    clearTimeout(timer);
    analyse();
    return;
  }
  // Typing keeps the text box open (the one-line bar is for an article that arrived whole).
  if (!document.body.classList.contains('editing')) collapse(false);
  startMark();
  schedule(input.value.length > 200_000 ? 500 : 150);
});

$('example').addEventListener('click', () => { setText(EXAMPLE_ARTICLE); });
$('edit').addEventListener('click', () => {
  const editing = document.body.classList.contains('editing');
  collapse(editing);
  if (!editing) input.focus();
});

async function openFile(file) {
  if (!file) return;
  try {
    const { text, date } = await readArticleFile(file);
    setText(text, date);
    say(`Opened ${file.name}.`);
  } catch (e) {
    say(`${file.name} could not be read: ${e.message}`);
  }
}

$('file').addEventListener('change', (e) => { openFile(e.target.files[0]); e.target.value = ''; });
// Dropping anywhere on the page opens the file; the browser must not navigate away to it.
addEventListener('dragover', (e) => { e.preventDefault(); document.body.classList.add('dragging'); });
addEventListener('dragleave', (e) => { if (!e.relatedTarget) document.body.classList.remove('dragging'); });
addEventListener('drop', (e) => {
  e.preventDefault();
  document.body.classList.remove('dragging');
  const file = e.dataTransfer?.files?.[0];
  if (file) openFile(file);
  else if (e.dataTransfer?.getData('text/plain')) setText(e.dataTransfer.getData('text/plain'));
});

dctInput.addEventListener('change', () => {
  const value = dctInput.value.trim();
  if (value && !/^\d{4}-\d\d-\d\d$/.test(value)) { say('Write the article date as YYYY-MM-DD, for example 2022-01-07.'); return; }
  state.dct = value;
  state.dctFromFile = false;
  startMark();
  schedule(0);
});
$('dct-reset').addEventListener('click', () => { state.dct = ''; state.dctFromFile = false; startMark(); schedule(0); });

// --- export ----------------------------------------------------------------------------------------------------------

// Exactly what the CLI writes with --pretty for the same text and date (key order included), without its "id"; the
// reader's corrections change the quotes they touch, which then carry "corrected": true.
$('export').addEventListener('click', () => {
  if (!state.analysis) return;
  downloadJson(state.analysis, 'newsmark-analysis.json');
  say('Downloaded the analysis as newsmark-analysis.json.');
});

async function copyText(text, message) {
  await copyToClipboard(text);
  say(message);
}

$('copy-md').addEventListener('click', () => {
  if (!state.analysis) return;
  const n = state.direct ? state.analysis.quotes.filter((q) => q.kind !== 'indirect').length : state.analysis.quotes.length;
  copyText(markdown(state.analysis, state.text, { direct: state.direct }),
    `Copied ${n} ${state.direct ? 'direct ' : ''}quotes as Markdown.`);
});

initTheme($('theme'));

// --- start ---------------------------------------------------------------------------------------------------------

// The wasm arrives gzipped and base64-encoded in newsmark-wasm.js, so the page works from file:// and makes no request
// for it; DecompressionStream unpacks it here.
async function unpackWasm() {
  const gz = Uint8Array.from(atob(globalThis.NewsmarkWasmGzipBase64 ?? ''), (c) => c.charCodeAt(0));
  const stream = new Blob([gz]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

let wasmBinary;
unpackWasm().then((bytes) => { wasmBinary = bytes; return createNewsmark({ wasmBinary }); }).then(async (nm) => {
  state.analyzer = createAnalyzer(nm, { wasmBinary });
  // Unseen runs warm the wasm (its first calls run unoptimised code), the drawing and the panel's lists, so the
  // reader's first paste is as quick as the next ones.
  let warm;
  for (let i = 0; i < 3; i++) warm = nm.analyze(EXAMPLE_ARTICLE);
  const scratch = document.createElement('div');
  await render(scratch, EXAMPLE_ARTICLE, highlights(warm, EXAMPLE_ARTICLE));
  renderSpeakers(scratch, warm, null, { direct: true });
  renderCountries(scratch, warm);
  renderQuotes(scratch, warm, EXAMPLE_ARTICLE, null, { direct: true, actions: true });
  renderTimeline(scratch, warm, EXAMPLE_ARTICLE);
  say('Ready. Paste an article or load the example.');
  if (input.value) { startMark(); analyse(); }
}, (err) => {
  say(`The analyser could not start: ${err.message}`);
  console.error(err);
});
