// How an article gets in (typed or pasted into the text box, dropped, opened from a file, or the example), files
// reduced to their text: HTML is parsed by DOMParser into an inert document (no scripts run, nothing loads) and only
// its text kept, with blank lines between blocks so paragraphs survive.
import { EXAMPLE_ARTICLE } from './example.mjs';
import { LARGE_ARTICLE, SLOW_ANALYSIS } from './thresholds.mjs';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'HEAD', 'NAV', 'FOOTER', 'FORM', 'BUTTON']);
const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'ASIDE', 'BLOCKQUOTE', 'LI', 'UL', 'OL', 'DL', 'DT',
  'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'TABLE', 'TR', 'FIGURE', 'FIGCAPTION', 'HR', 'ADDRESS']);

function collect(node, parts) {
  for (let n = node.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) { parts.push(n.data.replace(/\s+/g, ' ')); continue; }
    if (n.nodeType !== 1 || SKIP.has(n.tagName.toUpperCase())) continue;
    const tag = n.tagName.toUpperCase();
    if (tag === 'BR') { parts.push('\n'); continue; }
    const block = BLOCK.has(tag);
    if (block) parts.push('\n\n');
    collect(n, parts);
    if (block) parts.push('\n\n');
  }
}

// The article's text and, when the page states one, its publication date (YYYY-MM-DD).
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const published = doc.querySelector('meta[property="article:published_time"], meta[name="date"], meta[itemprop="datePublished"]')
    ?.getAttribute('content') ?? doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? '';
  const articles = [...doc.querySelectorAll('article')];
  const root = articles.sort((a, b) => b.textContent.length - a.textContent.length)[0] ?? doc.querySelector('main') ?? doc.body;
  const parts = [];
  const title = doc.querySelector('h1') ?? doc.querySelector('title');
  if (title && root && !root.contains(title)) parts.push(title.textContent, '\n\n');
  if (root) collect(root, parts);
  const text = parts.join('').split('\n').map((l) => l.trim()).join('\n').replace(/\n{3,}/g, '\n\n').trim();
  const date = /^\d{4}-\d\d-\d\d/.exec(published)?.[0] ?? '';
  return { text, date };
}

// Reads a dropped or chosen file: .html/.htm as HTML, anything else as UTF-8 text.
export async function readArticleFile(file) {
  const raw = await file.text();
  const isHtml = /\.x?html?$/i.test(file.name) || /html/.test(file.type) || /^\s*<(!doctype html|html)/i.test(raw);
  return isHtml ? htmlToText(raw) : { text: raw.replace(/\r\n?/g, '\n'), date: '' };
}

// The page's input. Uses page.state (source, dct, dctFromFile, arrived), page.textarea, page.$, page.say,
// page.startMark and page.updates; returns {text(), arrive()}.
export function createInput(page) {
  const { state, textarea, $ } = page;
  const placeholder = textarea.placeholder;
  const setText = (text, date = '', mark = true) => {
    if (mark) page.startMark();
    putText(page, placeholder, text);
    newArticle(page, date);
    page.updates.schedule(0);
  };
  listenToTextBox(page, placeholder, setText);
  listenToFiles(page, setText);
  return {
    text: () => state.source ?? textarea.value,
    // After a new article arrives on a phone the page moves to its highlights, which start below the input there; the
    // focus stays where the reader pasted, so pasting again still replaces the text.
    arrive() {
      if (matchMedia('(max-width: 760px)').matches) $('output').scrollIntoView({ block: 'start' });
    },
  };
}

// A large article is kept out of the text box and shown only under Highlights (see LARGE_ARTICLE).
function putText({ state, textarea }, placeholder, text) {
  const large = text.length > LARGE_ARTICLE;
  state.source = large ? text : null;
  textarea.value = large ? '' : text;
  textarea.placeholder = large ? `A ${(text.length / 1e6).toFixed(1)} million character article is loaded and shown ` +
    'under Highlights; it is too large to edit here. Type or paste to replace it.' : placeholder;
}

const editing = () => document.body.classList.contains('editing');

// The input as a one-line bar once an article is in, or open for editing.
function collapse({ $ }, on) {
  document.body.classList.toggle('editing', !on);
  $('edit').setAttribute('aria-expanded', String(!on));
  $('edit').textContent = on ? 'Edit the text' : 'Done editing';
}

// A new article (pasted, dropped, opened or the example) starts from the date its own text gives (or the file's):
// the reader's date for the last article never carries over.
function newArticle(page, date = '') {
  const { state, textarea } = page;
  state.dct = date;
  state.dctFromFile = Boolean(date);
  state.arrived = true;
  collapse(page, true);
  // The one-line bar shows the article's first line (its headline), not wherever the paste left the caret.
  textarea.setSelectionRange(0, 0);
  textarea.scrollTop = 0;
}

// Typing, pasting, the Edit button and the example.
function listenToTextBox(page, placeholder, setText) {
  const { state, textarea, $ } = page;
  textarea.addEventListener('paste', (e) => {
    page.startMark();
    const text = e.clipboardData?.getData('text/plain') ?? '';
    if (text.length > LARGE_ARTICLE) { e.preventDefault(); setText(text, '', false); }
  });
  textarea.addEventListener('input', (e) => {
    if (state.source !== null) { state.source = null; textarea.placeholder = placeholder; }
    // A paste is a new article, analysed at once, in this task, so its highlights are drawn before the next frame.
    if (e.inputType === 'insertFromPaste' || e.inputType === 'insertFromDrop') {
      newArticle(page);
      page.updates.now();
      return;
    }
    // Typing keeps the text box open (the one-line bar is for an article that arrived whole).
    if (!editing()) collapse(page, false);
    page.startMark();
    page.updates.schedule(textarea.value.length > SLOW_ANALYSIS ? 500 : 150);
  });
  $('example').addEventListener('click', () => { setText(EXAMPLE_ARTICLE); });
  $('edit').addEventListener('click', () => {
    const open = editing();
    collapse(page, open);
    if (!open) textarea.focus();
  });
}

// The file button, and files or text dropped anywhere on the page (the browser must not navigate away to them).
function listenToFiles(page, setText) {
  const openFile = async (file) => {
    if (!file) return;
    try {
      const { text, date } = await readArticleFile(file);
      setText(text, date);
      page.say(`Opened ${file.name}.`);
    } catch (e) {
      page.say(`${file.name} could not be read: ${e.message}`);
    }
  };
  page.$('file').addEventListener('change', (e) => { openFile(e.target.files[0]); e.target.value = ''; });
  addEventListener('dragover', (e) => { e.preventDefault(); document.body.classList.add('dragging'); });
  addEventListener('dragleave', (e) => { if (!e.relatedTarget) document.body.classList.remove('dragging'); });
  addEventListener('drop', (e) => {
    e.preventDefault();
    document.body.classList.remove('dragging');
    const file = e.dataTransfer?.files?.[0];
    if (file) openFile(file);
    else if (e.dataTransfer?.getData('text/plain')) setText(e.dataTransfer.getData('text/plain'));
  });
}
