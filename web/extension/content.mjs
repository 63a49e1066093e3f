// The content script: injected into the current tab on the reader's click. It finds the article, sends its text to
// the service worker (where the wasm runs, out of reach of the page's CSP), and paints or removes the marks.
import { findArticle } from './article.mjs';
import { Marks } from './marks.mjs';
import { publishedDate } from './published.mjs';
import { buildText } from './textmap.mjs';
import { Tooltip } from './tooltip.mjs';

let current = null;  // {map, analysis, dct, marks, tooltip} while the page is marked

async function mark() {
  const started = performance.now();
  const article = findArticle(document);
  if (!article) return { state: 'no-article' };
  const map = buildText(article.nodes);
  const dct = publishedDate(document, article.nodes);
  const reply = await chrome.runtime.sendMessage({ type: 'newsmark:analyze', text: map.text, dct: dct?.value ?? '' });
  if (!reply?.ok) return { state: 'error', message: reply?.message ?? 'the analysis did not answer' };
  const marks = new Marks(map, reply.result);
  const { hiddenKinds = [] } = await chrome.storage.local.get('hiddenKinds');
  marks.hidden = new Set(hiddenKinds);
  marks.start();
  const tooltip = new Tooltip(marks, map.text);
  tooltip.start();
  current = { map, analysis: reply.result, dct, marks, tooltip };
  return { state: 'marked', ms: performance.now() - started, marks: marks.live.length };
}

function clear() {
  current.marks.stop();
  current.tooltip.stop();
  current = null;
  return { state: 'cleared' };
}

// The panel's view of the page: the analysis, the text it indexes and where the article date came from.
function panelState() {
  if (!current) return { state: 'unmarked' };
  const { analysis, map, dct, marks } = current;
  return { state: 'marked', analysis, text: map.text, dct, hidden: [...marks.hidden], shown: marks.live.length };
}

async function toggle() {
  try {
    return current ? clear() : await mark();
  } catch (e) {
    return { state: 'error', message: String(e?.message ?? e) };
  }
}

// A click and the shortcut at once can inject this file twice; the first copy stays the only one listening.
if (typeof globalThis.newsmarkToggle !== 'function') {
  globalThis.newsmarkToggle = toggle;
  chrome.runtime.onMessage.addListener((msg, _sender, reply) => {
    if (msg?.type === 'newsmark:state') reply(panelState());
    else if (msg?.type === 'newsmark:hide') { current?.marks.setHidden(msg.kinds); reply(panelState()); }
    else if (msg?.type === 'newsmark:flash') reply({ flashed: current?.marks.flash(msg.id) ?? false });
    return false;
  });
}
