// Turns dropped or opened files into article text. HTML is parsed by DOMParser into an inert document (no scripts
// run, nothing loads) and only its text is kept, with blank lines between blocks so paragraphs survive.

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
