// The highlighted article as one Tab stop (a roving tabindex): only the current mark is tabbable; the arrow keys or
// j/k move between marks of a shown kind, [ and ] between quotes, Home and End to the first and last; p goes to the
// panel and f (or Enter) on a quote opens its correction. Hiding a kind or drawing a new article then touches one or
// two marks, never the tens of thousands a large article holds.

// Scrolls a mark into view (gently unless the reader asks for less motion) and focuses it.
export function jumpTo(mark) {
  if (!mark) return;
  const calm = matchMedia('(prefers-reduced-motion: reduce)').matches;
  mark.scrollIntoView({ block: 'center', behavior: calm ? 'auto' : 'smooth' });
  mark.focus({ preventScroll: true });
}

const STEP = { ArrowRight: 1, ArrowDown: 1, j: 1, ArrowLeft: -1, ArrowUp: -1, k: -1 };

export function createArticleKeys(marked, { shown, onPanel, onFix }) {
  let rover = null;
  const setRover = (mark) => {
    if (rover === mark) return;
    if (rover) rover.tabIndex = -1;
    rover = mark;
    if (rover) rover.tabIndex = 0;
  };

  // The next (dir 1) or previous (dir -1) mark after `from` in document order (from = marked: the first) that `accept`s.
  const nextShown = (from, dir, accept = shown) => {
    const walker = marked.ownerDocument.createTreeWalker(marked, NodeFilter.SHOW_ELEMENT, { acceptNode: (n) =>
      (n.tagName === 'MARK' && accept(n) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP) });
    walker.currentNode = from;
    return (dir > 0 ? walker.nextNode() : walker.previousNode()) ?? null;
  };

  // A quote cut into pieces (around a paragraph end or a nested mark) is one stop for [ and ]: the next piece with
  // another id.
  const nextQuote = (from, dir) => {
    const id = from.closest?.('mark[data-kind="quote"]')?.dataset.id;
    return nextShown(from, dir, (n) => n.dataset.kind === 'quote' && n.dataset.id !== id && shown(n));
  };

  const last = () => {
    let m = marked.lastElementChild;
    while (m?.lastElementChild) m = m.lastElementChild;
    return m && (m.tagName === 'MARK' && shown(m) ? m : nextShown(m, -1));
  };

  // A mark focused by any means (a key, a tap, a jump from the panel) becomes the article's Tab stop.
  marked.addEventListener('focusin', (e) => { if (e.target.matches('mark')) setRover(e.target); });

  marked.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey || !e.target.matches('mark')) return;
    let to = null;
    if (STEP[e.key]) to = nextShown(e.target, STEP[e.key]);
    else if (e.key === ']' || e.key === '[') to = nextQuote(e.target, e.key === ']' ? 1 : -1);
    else if (e.key === 'Home') to = nextShown(marked, 1);
    else if (e.key === 'End') to = last();
    else if (e.key === 'p') { e.preventDefault(); onPanel(); return; } else if (e.key === 'f' || e.key === 'Enter') {
      const q = e.target.closest('mark[data-kind="quote"]');
      if (q) { e.preventDefault(); onFix(+q.dataset.id.slice(1)); }
      return;
    } else return;
    e.preventDefault();
    if (to) { to.focus(); to.scrollIntoView({ block: 'nearest' }); }
  });

  return { setRover, nextShown, get rover() { return rover; } };
}
