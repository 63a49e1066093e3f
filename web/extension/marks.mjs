// Paints an analysis over the live page with the CSS Custom Highlight API: one named highlight per kind, styled by
// marks.css, so the page's DOM, scripts, links and selection are untouched and removing the marks is exact.
import { KINDS, highlights } from '../describe.mjs';
import { rangeFor } from './textmap.mjs';

const name = (kind) => `newsmark-${kind}`;
const FLASH = 'newsmark-flash';

export class Marks {
  constructor(map, analysis) {
    this.map = map;
    this.analysis = analysis;
    this.spans = highlights(analysis);
    this.hidden = new Set();
    this.live = [];  // {span, range} for every span whose text is still as analysed
    // A page that edits its text (a live blog) gets its marks re-checked; edited text loses its marks.
    this.observer = new MutationObserver(() => this.paint());
  }

  start() {
    this.observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    this.paint();
  }

  paint() {
    this.live = [];
    for (const span of this.spans) {
      const range = rangeFor(this.map, span.start, span.end);
      if (range) this.live.push({ span, range });
    }
    for (const kind of KINDS) {
      CSS.highlights.delete(name(kind));
      if (this.hidden.has(kind)) continue;
      const h = new Highlight(...this.live.filter((m) => m.span.kind === kind).map((m) => m.range));
      h.priority = kind === 'quote' ? 0 : 1;  // names and dates inside a quote show their own colour
      CSS.highlights.set(name(kind), h);
    }
  }

  setHidden(kinds) {
    this.hidden = new Set(kinds);
    this.paint();
  }

  // Scrolls a mark (by its describe.mjs id, e.g. q0) into the middle of the window and flashes it; false when its
  // text is gone from the page.
  flash(id) {
    const m = this.live.find((x) => x.span.id === id);
    if (!m) return false;
    m.range.startContainer.parentElement.scrollIntoView({ block: 'center', behavior: 'instant' });
    const h = new Highlight(m.range);
    h.priority = 2;
    CSS.highlights.set(FLASH, h);
    setTimeout(() => { if (CSS.highlights.get(FLASH) === h) CSS.highlights.delete(FLASH); }, 1600);
    return true;
  }

  // The innermost visible mark under the point, or null; highlights get no events, so hovering is a hit test.
  at(x, y) {
    const caret = document.caretPositionFromPoint(x, y);
    if (!caret) return null;
    let best = null;
    for (const m of this.live) {
      if (this.hidden.has(m.span.kind) || !m.range.isPointInRange(caret.offsetNode, caret.offset)) continue;
      const over = [...m.range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
      if (over && (!best || m.span.end - m.span.start < best.span.end - best.span.start)) best = m;
    }
    return best;
  }

  stop() {
    this.observer.disconnect();
    for (const kind of KINDS) CSS.highlights.delete(name(kind));
    CSS.highlights.delete(FLASH);
    this.live = [];
  }
}
