// The page: analyses the text as it is typed, pasted, dropped or loaded, and shows the result over it and beside it.
// Every analysis starts at a performance mark 'newsmark:input' (paste, keystroke, file, example, date change) and ends,
// once the highlights are drawn, with the measure 'newsmark:paste-to-highlights', which the benchmark reads.
import { createNewsmark } from '../wasm/newsmark.mjs';
import { createAnalyzer } from './analyzer.mjs';
import { KINDS, explain, highlightLayers, highlights, markdown } from './describe.mjs';
import { EXAMPLE_ARTICLE } from './example.mjs';
import { readArticleFile } from './input.mjs';
import { renderCountries, renderQuotes, renderSpeakers, renderTimeline } from './panel.mjs';
import { render } from './render.mjs';

const $ = (id) => document.getElementById(id);
const input = $('article');
const marked = $('marked');
const status = $('status');
const dctInput = $('dct-input');
const tip = $('tip');

const state = { analysis: null, text: '', dct: '', generation: 0, filter: null, hidden: new Set(), analyzer: null, source: null };

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
  state.analysis = result.analysis;
  state.text = text;
  if (state.filter && !result.analysis.people.some((p) => p.quoted && p.id === state.filter)) state.filter = null;
  // A large article's work is cut into tasks (each layer's marks, the drawing in slices, each panel list), with a
  // turn for the browser between them, so the page keeps answering.
  const large = text.length > TEXTAREA_LIMIT;
  const stillCurrent = async () => {
    if (large) await new Promise((resolve) => setTimeout(resolve, 0));
    return generation === state.generation;
  };
  const marks = [];
  for (const layer of highlightLayers(result.analysis)) {
    for (const m of layer()) marks.push(m);
    if (!await stillCurrent()) return;
  }
  const counts = Object.fromEntries(KINDS.map((k) => [k, 0]));
  for (const m of marks) counts[m.kind]++;
  addFilterRules(result.analysis);
  const complete = await render(marked, text, marks, { isCurrent: () => generation === state.generation,
    tabbable: () => false });
  if (!complete) return;
  performance.mark('newsmark:drawn');
  applyHidden();
  applyFilter();
  setRover(nextShown(marked, 1));
  for (const step of summarySteps(counts)) {
    step();
    if (!await stillCurrent()) return;
  }
  performance.measure('newsmark:paste-to-highlights', 'newsmark:input');
  marked.dataset.generation = String(generation);
  marked.dataset.engine = result.engine;
  marked.dataset.worker = state.analyzer.workerMode;
  const where = result.engine === 'worker' ? ' in a background worker'
    : text.length >= 200_000 ? ' on the page (no background worker could start here, so the page may pause)' : '';
  say(text ? `Analysed ${text.length.toLocaleString('en')} characters${where} in ${(analysed - started).toFixed(1)} ms; ` +
    `highlights drawn in ${(performance.now() - analysed).toFixed(1)} ms.` : 'Ready. Paste an article or load the example.');
}

// The summary beside the article, as separate steps (a huge article's lists take a while each).
function summarySteps(counts) {
  const a = state.analysis;
  return [
    () => { for (const k of KINDS) document.querySelector(`[data-count="${k}"]`).textContent = counts[k].toLocaleString('en'); },
    () => renderSpeakers($('speakers'), a, state.filter),
    () => renderQuotes($('quotes'), a, state.text, state.filter),
    () => renderCountries($('countries'), a),
    () => renderTimeline($('timeline'), a, state.text),
    () => {
      const source = { header: 'from the date line', dateline: 'from the dateline',
        option: state.dctFromFile ? 'from the file\'s publication date' : 'set by you' };
      dctInput.value = state.dct || (a.dct?.value ?? '');
      $('dct-source').textContent = a.dct ? source[a.dct.source] ?? a.dct.source : 'not found: set it to resolve relative dates';
      $('dct-reset').hidden = !state.dct;
    },
  ];
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
  state.dct = date;
  state.dctFromFile = Boolean(date);
  schedule(0);
}

// --- filtering, toggles and tooltips -------------------------------------------------------------------------------

// Filtering to one speaker fades the others' quotes and names. Each speaker has a CSS rule keyed on the block's
// data-filter (CSSOM, which the page's CSP allows), added before an article is drawn so that adding it restyles no
// marks; choosing a speaker then sets data-filter block by block, a slice of blocks per task, so even an article of
// a hundred thousand marks never restyles in one go. Person ids repeat from one article to the next (p1, p2, ...),
// so the rules stay as few as the most speakers one article had.
const filterSheet = new CSSStyleSheet();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, filterSheet];
const filterRules = new Set();
function addFilterRules(analysis) {
  for (const p of analysis.people) {
    if (!p.quoted || filterRules.has(p.id)) continue;
    filterRules.add(p.id);
    const id = CSS.escape(p.id);
    filterSheet.insertRule(`.block[data-filter="${id}"] mark[data-kind="quote"]:not([data-person="${id}"]) { background: none; }`);
    filterSheet.insertRule(`.block[data-filter="${id}"] mark[data-kind="speaker"]:not([data-person="${id}"]) { color: inherit; }`);
  }
}

let filterPass = 0;
async function applyFilter() {
  if (state.filter) marked.dataset.filter = state.filter; else delete marked.dataset.filter;
  const pass = ++filterPass;
  const blocks = marked.children;
  let sliceStart = performance.now();
  for (let i = 0; i < blocks.length; i++) {
    if (state.filter) blocks[i].setAttribute('data-filter', state.filter); else blocks[i].removeAttribute('data-filter');
    if ((i & 15) === 15 && performance.now() - sliceStart > 8) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (pass !== filterPass) return;
      sliceStart = performance.now();
    }
  }
}

function applyHidden() {
  for (const k of KINDS) marked.classList.toggle(`hide-${k}`, state.hidden.has(k));
}

// Keyboard: the article is one Tab stop (a roving tabindex): only the current mark is tabbable, and Tab or Shift+Tab
// inside the article moves to the next or previous mark of a shown kind. Hiding a kind or drawing a new article then
// touches one or two marks, never the tens of thousands a large article holds.
let rover = null;
function setRover(mark) {
  if (rover === mark) return;
  if (rover) rover.tabIndex = -1;
  rover = mark;
  if (rover) rover.tabIndex = 0;
}

// The next (dir 1) or previous (dir -1) mark of a shown kind after `from` in document order (from = marked: the first).
function nextShown(from, dir) {
  const walker = document.createTreeWalker(marked, NodeFilter.SHOW_ELEMENT, { acceptNode: (n) =>
    (n.tagName === 'MARK' && !state.hidden.has(n.dataset.kind) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP) });
  walker.currentNode = from;
  return (dir > 0 ? walker.nextNode() : walker.previousNode()) ?? null;
}

marked.addEventListener('keydown', (e) => {
  if (e.key !== 'Tab' || e.altKey || e.ctrlKey || e.metaKey || !e.target.matches('mark')) return;
  const next = nextShown(e.target, e.shiftKey ? -1 : 1);
  if (!next) return;  // past the last (or before the first) mark: Tab leaves the article as usual
  e.preventDefault();
  next.focus();
});

function setFilter(person) {
  state.filter = state.filter === person ? null : person;
  applyFilter();
  renderSpeakers($('speakers'), state.analysis, state.filter);
  renderQuotes($('quotes'), state.analysis, state.text, state.filter);
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

function showTip(mark) {
  const info = state.analysis && explain(state.analysis, state.text, mark.dataset.id);
  if (!info) return;
  const title = document.createElement('strong');
  title.textContent = info.title;
  tip.replaceChildren(title, ...info.lines.map((line) => {
    const p = document.createElement('span');
    p.textContent = line;
    return p;
  }));
  tip.dataset.kind = mark.dataset.kind;
  tip.hidden = false;
  const r = mark.getClientRects()[0] ?? mark.getBoundingClientRect();
  const w = tip.offsetWidth;
  const h = tip.offsetHeight;
  const left = Math.max(8, Math.min(r.left, innerWidth - w - 8));
  const top = r.bottom + 6 + h > innerHeight ? Math.max(8, r.top - h - 6) : r.bottom + 6;
  tip.style.left = `${left}px`;
  tip.style.top = `${top}px`;
  mark.setAttribute('aria-describedby', 'tip');
}

function hideTip(mark) {
  tip.hidden = true;
  mark?.removeAttribute('aria-describedby');
}

marked.addEventListener('mouseover', (e) => { const m = e.target.closest('mark'); if (m) showTip(m); });
marked.addEventListener('mouseout', (e) => { const m = e.target.closest('mark'); if (m && m !== document.activeElement) hideTip(m); });
marked.addEventListener('focusin', (e) => { if (e.target.matches('mark')) { setRover(e.target); showTip(e.target); } });
marked.addEventListener('focusout', (e) => { if (e.target.matches('mark')) hideTip(e.target); });
document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && !tip.hidden) hideTip(document.activeElement); });
// Scrolling moves a focused mark's note with it (focusing a mark scrolls it into view); a hovered mark's note closes.
addEventListener('scroll', () => {
  if (tip.hidden) return;
  const focused = document.activeElement;
  if (focused?.matches?.('#marked mark')) showTip(focused); else hideTip(focused);
}, { passive: true });

document.querySelector('.legend').addEventListener('click', (e) => {
  const b = e.target.closest('button[data-kind]');
  if (!b) return;
  const on = b.getAttribute('aria-pressed') !== 'true';
  b.setAttribute('aria-pressed', String(on));
  if (on) state.hidden.delete(b.dataset.kind); else state.hidden.add(b.dataset.kind);
  applyHidden();
  if (!on && rover?.dataset.kind === b.dataset.kind) setRover(nextShown(rover, 1) ?? nextShown(marked, 1));
  else if (on && !rover) setRover(nextShown(marked, 1));
});

$('speakers').addEventListener('click', (e) => {
  const b = e.target.closest('button[data-person]');
  if (b) setFilter(b.dataset.person);
});

document.querySelector('.panel').addEventListener('click', (e) => {
  const b = e.target.closest('button.jump');
  if (b) jumpTo(marked.querySelector(`mark[data-id="${CSS.escape(b.dataset.target)}"]`));
});

// --- input ---------------------------------------------------------------------------------------------------------

input.addEventListener('paste', (e) => {
  startMark();
  const text = e.clipboardData?.getData('text/plain') ?? '';
  if (text.length > TEXTAREA_LIMIT) { e.preventDefault(); setText(text, '', false); }
});
input.addEventListener('input', (e) => {
  if (state.source !== null) { state.source = null; input.placeholder = PLACEHOLDER; }
  // A paste is analysed at once, in this task, so its highlights are drawn before the next frame.
  if (e.inputType === 'insertFromPaste' || e.inputType === 'insertFromDrop') { clearTimeout(timer); analyse(); return; }
  startMark();
  schedule(input.value.length > 200_000 ? 500 : 150);
});

$('example').addEventListener('click', () => { setText(EXAMPLE_ARTICLE); input.focus(); });

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
  state.dct = dctInput.value;
  state.dctFromFile = false;
  startMark();
  schedule(0);
});
$('dct-reset').addEventListener('click', () => { state.dct = ''; state.dctFromFile = false; startMark(); schedule(0); });

// --- export --------------------------------------------------------------------------------------------------------

// Exactly what the CLI writes with --pretty for the same text and date (key order included), without its "id".
$('export').addEventListener('click', () => {
  if (!state.analysis) return;
  const blob = new Blob([`${JSON.stringify(state.analysis, null, 2)}\n`], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = 'newsmark-analysis.json';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  say('Downloaded the analysis as newsmark-analysis.json.');
});

$('copy-md').addEventListener('click', async () => {
  if (!state.analysis) return;
  const md = markdown(state.analysis, state.text);
  try {
    await navigator.clipboard.writeText(md);
  } catch {
    const area = document.createElement('textarea');
    area.value = md;
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
  say(`Copied ${state.analysis.quotes.length} quotes as Markdown.`);
});

// --- theme ---------------------------------------------------------------------------------------------------------

const THEMES = ['auto', 'light', 'dark'];
function setTheme(theme) {
  if (theme === 'auto') delete document.documentElement.dataset.theme; else document.documentElement.dataset.theme = theme;
  $('theme').textContent = `Theme: ${theme}`;
  $('theme').setAttribute('aria-label', `Colour theme: ${theme === 'auto' ? 'automatic' : theme}`);
  try { localStorage.setItem('newsmark-theme', theme); } catch { /* storage may be off */ }
}
let savedTheme = 'auto';
try { savedTheme = localStorage.getItem('newsmark-theme') ?? 'auto'; } catch { /* storage may be off */ }
setTheme(THEMES.includes(savedTheme) ? savedTheme : 'auto');
$('theme').addEventListener('click', () => {
  const now = document.documentElement.dataset.theme ?? 'auto';
  setTheme(THEMES[(THEMES.indexOf(now) + 1) % THEMES.length]);
});

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
  await render(scratch, EXAMPLE_ARTICLE, highlights(warm));
  for (const list of [renderSpeakers, renderCountries]) list(scratch, warm, null);
  renderQuotes(scratch, warm, EXAMPLE_ARTICLE, null);
  renderTimeline(scratch, warm, EXAMPLE_ARTICLE);
  say('Ready. Paste an article or load the example.');
  if (input.value) { startMark(); analyse(); }
}, (err) => {
  say(`The analyser could not start: ${err.message}`);
  console.error(err);
});
