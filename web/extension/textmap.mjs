// The analysed text built from live text nodes, and the way back: every character of the text remembers the node and
// offset it came from, so an analysis span becomes a Range over the live page however the text is split into elements.

// Elements whose start or end breaks a paragraph; any other element (em, a, span, b...) flows inside one.
const BLOCKS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD',
  'TH', 'TR', 'UL', 'BODY']);

function blockOf(node) {
  let el = node.parentElement;
  while (el && !BLOCKS.has(el.tagName)) el = el.parentElement;
  return el;
}

// Joins the nodes' text as a reader sees it (white space collapsed, a blank line between blocks). Returns the text,
// the nodes, a snapshot of each node's data (to notice later edits) and, per character, its node index and offset
// (-1 for the separators the join added).
export function buildText(nodes) {
  let text = '';
  const nodeOf = [];
  const offsetOf = [];
  const push = (s, n, o) => { text += s; nodeOf.push(n); offsetOf.push(o); };
  let block = null;
  let space = true;  // true when the text so far ends a paragraph or a space, so leading white space is dropped
  nodes.forEach((node, n) => {
    const b = blockOf(node);
    if (b !== block && text.length > 0) {
      while (text.endsWith(' ')) { text = text.slice(0, -1); nodeOf.pop(); offsetOf.pop(); }
      push('\n', -1, -1); push('\n', -1, -1);
      space = true;
    }
    block = b;
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      if (/\s/.test(data[i])) {
        if (!space) push(' ', n, i);
        space = true;
      } else {
        push(data[i], n, i);
        space = false;
      }
    }
  });
  while (text.endsWith(' ') || text.endsWith('\n')) { text = text.slice(0, -1); nodeOf.pop(); offsetOf.pop(); }
  return { text, nodes, snapshot: nodes.map((x) => x.data), nodeOf: Int32Array.from(nodeOf), offsetOf: Int32Array.from(offsetOf) };
}

// A live Range for [start, end) of the text, or null when the span has no characters from the page or when any node
// it touches was removed or edited since the text was built (so a live blog's changed text loses its marks instead
// of having them slide onto other words).
export function rangeFor(map, start, end) {
  let s = start;
  while (s < end && map.nodeOf[s] < 0) s++;
  let e = end - 1;
  while (e >= s && map.nodeOf[e] < 0) e--;
  if (s > e) return null;
  for (let n = map.nodeOf[s]; n <= map.nodeOf[e]; n++) {
    const node = map.nodes[n];
    if (!node.isConnected || node.data !== map.snapshot[n]) return null;
  }
  const range = new Range();
  range.setStart(map.nodes[map.nodeOf[s]], map.offsetOf[s]);
  range.setEnd(map.nodes[map.nodeOf[e]], map.offsetOf[e] + 1);
  return range;
}
