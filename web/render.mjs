// Builds the highlighted article with DOM nodes only: user text always enters as text nodes, never as HTML.
// Long articles are cut into blocks at line breaks and built a few blocks at a time, so the page never freezes.

// A turn for the browser: resolves in a later task, once input and painting have had their chance.
export const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

const byPosition = (a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank;
const RANK = { quote: 0, speaker: 1, person: 2, country: 3, date: 4 };

// Where blocks end: after a line break once a block has grown past `size` code units (or at `size * 2` in text that
// has no line breaks), so no block is large and none cuts a word in normal text.
export function blockEnds(text, size = 4096) {
  const ends = [];
  let from = 0;
  while (text.length - from > size) {
    let cut = text.indexOf('\n', from + size);
    if (cut < 0 || cut > from + size * 2) cut = from + size * 2; else cut += 1;
    if (cut >= text.length) break;
    ends.push(cut);
    from = cut;
  }
  ends.push(text.length);
  return ends;
}

// Splits marks so that any two are nested or disjoint and none crosses a block end: a mark crossing its parent's end
// continues as a second piece with the same id. Returns the pieces sorted by start, outer before inner.
export function nest(marks, ends = []) {
  // The marks are the caller's fresh objects (see describe.mjs), so they are ranked and cut in place, not copied.
  const queue = marks.filter((m) => m.end > m.start);
  for (const m of queue) m.rank = RANK[m.kind] ?? 9;
  queue.sort(byPosition);
  const out = [];
  const stack = [];
  let e = 0;
  for (let i = 0; i < queue.length; i++) {
    const m = queue[i];
    while (stack.length && stack.at(-1).end <= m.start) stack.pop();
    while (e < ends.length && ends[e] <= m.start) e++;
    let limit = stack.length ? stack.at(-1).end : Infinity;
    if (e < ends.length) limit = Math.min(limit, ends[e]);
    if (m.end > limit) {
      const rest = { ...m, start: limit };
      let at = i + 1;
      while (at < queue.length && byPosition(queue[at], rest) < 0) at++;
      queue.splice(at, 0, rest);
      m.end = limit;
    }
    out.push(m);
    stack.push(m);
  }
  return out;
}

// Attributes are set directly, not through el.dataset: a dataset object per mark is garbage the page would collect a
// hundred thousand times over on a large article.
function markElement(doc, m, tab) {
  const el = doc.createElement('mark');
  el.setAttribute('data-kind', m.kind);
  el.setAttribute('data-id', m.id);
  if (m.person) el.setAttribute('data-person', m.person);
  if (m.colour !== null && m.colour !== undefined) el.setAttribute('data-colour', m.colour);
  if (m.flag) el.setAttribute('data-flag', m.flag);
  if (m.label) el.setAttribute('data-label', m.label);
  if (m.quoteKind) el.setAttribute('data-qkind', m.quoteKind);
  if (m.pattern) el.setAttribute('data-pattern', m.pattern);
  if (m.initials) el.setAttribute('data-initials', m.initials);
  el.setAttribute('tabindex', tab?.[m.kind] ?? 0);
  return el;
}

// Builds [from, to) of the text with the pieces that lie inside it (pieces[i..] sorted); returns the fragment and the
// index of the first piece after it.
export function buildRange(doc, text, pieces, i, from, to, tab = undefined) {
  const root = doc.createDocumentFragment();
  const stack = [{ node: root, end: to }];
  let pos = from;
  const emitText = (upTo) => {
    if (upTo > pos) stack.at(-1).node.append(doc.createTextNode(text.slice(pos, upTo)));
    pos = Math.max(pos, upTo);
  };
  const closeUntil = (at) => {
    while (stack.length > 1 && stack.at(-1).end <= at) { emitText(stack.at(-1).end); stack.pop(); }
  };
  for (; i < pieces.length && pieces[i].start < to; i++) {
    const m = pieces[i];
    closeUntil(m.start);
    emitText(m.start);
    const el = markElement(doc, m, tab);
    stack.at(-1).node.append(el);
    stack.push({ node: el, end: Math.min(m.end, stack.at(-1).end) });
  }
  closeUntil(to);
  emitText(to);
  return { fragment: root, next: i };
}

// Puts each mark into the block it starts in, cut at block ends (the pieces keep its id), so that each block's marks
// are sorted and nested only when that block is drawn: no single task handles all of a huge article's marks.
export function bucket(marks, ends) {
  const buckets = ends.map(() => []);
  const blockOf = (pos) => {
    let lo = 0;
    let hi = ends.length - 1;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (ends[mid] <= pos) lo = mid + 1; else hi = mid; }
    return lo;
  };
  for (const m of marks) {
    if (!(m.end > m.start)) continue;
    let b = blockOf(m.start);
    let piece = m;
    while (b + 1 < ends.length && piece.end > ends[b]) {
      const rest = { ...piece, start: ends[b] };
      piece.end = ends[b];
      buckets[b].push(piece);
      piece = rest;
      b++;
    }
    buckets[b].push(piece);
  }
  return buckets;
}

// Renders the text with its marks into container as blocks; resolves true when all are in. Blocks are appended within
// a time budget per slice and the rest after yielding to the browser; `isCurrent()` false stops an outdated render.
// `tabbable(kind)` says whether a mark of that kind joins the Tab order (hidden kinds do not).
export async function render(container, text, marks, { blockSize = 4096, sliceMs = 8, isCurrent = () => true,
  tabbable = () => true } = {}) {
  const doc = container.ownerDocument;
  const ends = blockEnds(text, blockSize);
  const buckets = bucket(marks, ends);
  const tab = Object.fromEntries(Object.keys(RANK).map((k) => [k, tabbable(k) ? 0 : -1]));
  if (ends.length > 1) {
    await nextTask();
    if (!isCurrent()) return false;
  }
  container.replaceChildren();
  let from = 0;
  let sliceStart = performance.now();
  for (let b = 0; b < ends.length; b++) {
    const block = doc.createElement('div');
    block.className = 'block';
    const built = buildRange(doc, text, nest(buckets[b]), 0, from, ends[b], tab);
    buckets[b] = null;
    block.append(built.fragment);
    container.append(block);
    from = ends[b];
    if (b + 1 < ends.length && performance.now() - sliceStart > sliceMs) {
      await nextTask();
      if (!isCurrent()) return false;
      sliceStart = performance.now();
    }
  }
  return true;
}
