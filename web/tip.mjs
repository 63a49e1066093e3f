// The note beside a highlight: every layer under the pointer or the focus, outermost first (a date inside a quote
// shows the quote's note and the date's), so a tap on a nested mark never hides the outer one's explanation.
import { explain } from './describe.mjs';

// The mark and the marks around it inside the article, outermost first.
export function layersOf(mark, root) {
  const out = [];
  for (let m = mark; m && m !== root; m = m.parentElement) if (m.tagName === 'MARK') out.unshift(m);
  return out;
}

export function createTip(tip, root) {
  let owner = null;
  const show = (mark, analysis, text) => {
    const layers = layersOf(mark, root).map((m) => ({ kind: m.dataset.kind, info: explain(analysis, text, m.dataset.id) }))
      .filter((l) => l.info);
    if (!layers.length) return;
    tip.replaceChildren(...layers.map(({ kind, info }) => {
      const box = document.createElement('div');
      box.className = 'layer';
      box.dataset.kind = kind;
      const title = document.createElement('strong');
      title.textContent = info.title;
      box.append(title, ...info.lines.map((line) => {
        const p = document.createElement('span');
        p.textContent = line;
        return p;
      }));
      return box;
    }));
    tip.dataset.kind = mark.dataset.kind;
    tip.hidden = false;
    const r = mark.getClientRects()[0] ?? mark.getBoundingClientRect();
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    tip.style.left = `${Math.max(8, Math.min(r.left, innerWidth - w - 8))}px`;
    tip.style.top = `${r.bottom + 6 + h > innerHeight ? Math.max(8, r.top - h - 6) : r.bottom + 6}px`;
    owner?.removeAttribute('aria-describedby');
    owner = mark;
    mark.setAttribute('aria-describedby', 'tip');
  };
  const hide = () => {
    tip.hidden = true;
    owner?.removeAttribute('aria-describedby');
    owner = null;
  };
  return { show, hide, get open() { return !tip.hidden; } };
}

// The page's notes: shown on hover, focus and tap, closed by Escape, and moved with a focused mark as the page scrolls
// (a hovered mark's note closes instead). Uses page.state (analysis, text), page.marked and page.$.
export function showNotesOnMarks(page) {
  const { state, marked } = page;
  const notes = createTip(page.$('tip'), marked);
  const showTip = (mark) => { if (state.analysis) notes.show(mark, state.analysis, state.text); };
  marked.addEventListener('mouseover', (e) => { const m = e.target.closest('mark'); if (m) showTip(m); });
  marked.addEventListener('mouseout', (e) => { const m = e.target.closest('mark'); if (m && !m.contains(document.activeElement)) notes.hide(); });
  marked.addEventListener('focusin', (e) => { if (e.target.matches('mark')) showTip(e.target); });
  marked.addEventListener('focusout', (e) => { if (e.target.matches('mark')) notes.hide(); });
  // A tap focuses the innermost mark; its note lists the outer layers too.
  marked.addEventListener('click', (e) => { const m = e.target.closest('mark'); if (m) { m.focus({ preventScroll: true }); showTip(m); } });
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && notes.open) notes.hide(); });
  addEventListener('scroll', () => {
    if (!notes.open) return;
    const focused = document.activeElement;
    if (focused?.matches?.('#marked mark')) showTip(focused); else notes.hide();
  }, { passive: true });
}
