// Choosing a speaker in the panel (and choosing them again to show everyone) fades the others' quotes and names in the
// article, without ever restyling a large article in one go.
import { jumpTo } from './article-keys.mjs';
import { nextTask } from './render.mjs';

// Each speaker has a CSS rule keyed on the block's data-filter (CSSOM, which the page's CSP allows), added before an
// article is drawn so that adding it restyles no marks; choosing a speaker then sets data-filter block by block, a
// slice of blocks per task, so even an article of a hundred thousand marks never restyles in one go. Person ids repeat
// from one article to the next (p1, p2, ...), so the rules stay as few as the most speakers one article had.
// Uses page.state (filter, analysis), page.marked, page.$, page.say and page.panel; returns {addRules(analysis), apply()}.
export function createSpeakerFilter(page) {
  const sheet = new CSSStyleSheet();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const ruled = new Set();
  let pass = 0;
  const apply = () => {
    const mine = ++pass;
    return markBlocks(page.marked, page.state.filter, () => mine === pass);
  };
  page.$('speakers').addEventListener('click', (e) => {
    const b = e.target.closest('button[data-person]');
    if (b) choose(page, apply, b.dataset.person);
  });
  return {
    apply,
    addRules(analysis) {
      for (const p of analysis.people) {
        if (!p.quoted || ruled.has(p.id)) continue;
        ruled.add(p.id);
        const id = CSS.escape(p.id);
        sheet.insertRule(`.block[data-filter="${id}"] mark[data-kind="quote"]:not([data-person="${id}"]) { background: none; }`);
        sheet.insertRule(`.block[data-filter="${id}"] mark[data-kind="speaker"]:not([data-person="${id}"]) { color: inherit; }`);
      }
    },
  };
}

// Sets the filter on the article and on each of its blocks, yielding to the browser every 8 ms; stops once
// `isLatest()` is false (a newer choice took over).
async function markBlocks(marked, filter, isLatest) {
  if (filter) marked.dataset.filter = filter; else delete marked.dataset.filter;
  const blocks = marked.children;
  let sliceStart = performance.now();
  for (let i = 0; i < blocks.length; i++) {
    if (filter) blocks[i].setAttribute('data-filter', filter); else blocks[i].removeAttribute('data-filter');
    if ((i & 15) === 15 && performance.now() - sliceStart > 8) {
      await nextTask();
      if (!isLatest()) return;
      sliceStart = performance.now();
    }
  }
}

// Chooses a speaker, or everyone again when the chosen one is chosen a second time.
function choose(page, apply, person) {
  const { state, marked } = page;
  state.filter = state.filter === person ? null : person;
  apply();
  page.panel.renderLists();
  page.say(state.filter ? `Showing the quotes of ${state.analysis.people.find((p) => p.id === person)?.name}.` : 'Showing every speaker.');
  // The move comes a frame later: restyling a large article for the filter and then laying out around the first quote
  // are two tasks, not one long one.
  if (state.filter) {
    const first = marked.querySelector(`mark[data-kind="quote"][data-person="${CSS.escape(state.filter)}"]`);
    requestAnimationFrame(() => setTimeout(() => jumpTo(first), 0));
  }
}
