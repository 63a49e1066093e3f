// The "why" tooltip when the pointer rests on a mark, worded by web/describe.mjs as on the page. It lives in a
// shadow root on <html>, outside <body>, so the page's body and styles never see it; text only, never HTML.
import { explain } from '../describe.mjs';

const STYLE = `:host { all: initial; position: fixed; z-index: 2147483647; pointer-events: none; }
.tip { font: 13px/1.4 system-ui, sans-serif; color: #111; background: #fffef5; border: 1px solid #888; border-radius: 6px;
  padding: 6px 9px; max-width: 340px; box-shadow: 0 2px 8px rgb(0 0 0 / 0.25); }
.title { font-weight: 600; margin-bottom: 2px; }`;

export class Tooltip {
  constructor(marks, text) {
    this.marks = marks;
    this.text = text;
    this.host = null;
    this.pending = false;
    this.onMove = (e) => {
      this.x = e.clientX; this.y = e.clientY;
      if (!this.pending) { this.pending = true; requestAnimationFrame(() => { this.pending = false; this.update(); }); }
    };
  }

  start() { document.addEventListener('mousemove', this.onMove, { passive: true }); }

  update() {
    const m = this.marks.at(this.x, this.y);
    const info = m && explain(this.marks.analysis, this.text, m.span.id);
    if (!info) { this.hide(); return; }
    if (!this.host) {
      this.host = document.createElement('newsmark-tooltip');
      this.root = this.host.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = STYLE;
      this.box = document.createElement('div');
      this.box.className = 'tip';
      this.root.append(style, this.box);
    }
    const title = document.createElement('div');
    title.className = 'title';
    title.textContent = info.title;
    this.box.replaceChildren(title, ...info.lines.map((l) => Object.assign(document.createElement('div'), { textContent: l })));
    this.host.style.left = `${Math.min(this.x + 12, innerWidth - 360)}px`;
    this.host.style.top = `${this.y + 16}px`;
    if (!this.host.isConnected) document.documentElement.append(this.host);
  }

  hide() { this.host?.remove(); }

  stop() {
    document.removeEventListener('mousemove', this.onMove);
    this.hide();
  }
}
