// Builds the highlighted article with DOM nodes only: user text always enters as text nodes, never as HTML.

// One highlight per mention of every layer, as [start, end) UTF-16 ranges with their kind and a tooltip.
export function highlights(analysis) {
  const out = [];
  for (const q of analysis.quotes) out.push({ start: q.start, end: q.end, kind: 'quote', title: q.speakerName ? `quote by ${q.speakerName} (${q.rule}, ${q.confidence})` : 'quote, speaker unknown' });
  for (const p of analysis.people)
    for (const m of p.mentions)
      if (m.kind !== 'pronoun') out.push({ start: m.start, end: m.end, kind: p.quoted ? 'speaker' : 'person', title: p.name });
  for (const c of analysis.countries)
    for (const m of c.mentions) out.push({ start: m.start, end: m.end, kind: 'country', title: `${c.name} (${c.iso}, ${m.form})` });
  for (const d of analysis.dates) out.push({ start: d.start, end: d.end, kind: 'date', title: d.value ?? d.kind });
  return out;
}

// Nests highlights by containment; one that crosses another's boundary is cut there, so marks always nest.
export function render(container, text, marks) {
  const sorted = marks.filter((m) => m.end > m.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const doc = container.ownerDocument;
  const root = doc.createDocumentFragment();
  const stack = [{ node: root, end: text.length }];
  let pos = 0;
  const emitText = (upTo) => {
    if (upTo > pos) stack.at(-1).node.append(doc.createTextNode(text.slice(pos, upTo)));
    pos = Math.max(pos, upTo);
  };
  const closeUntil = (at) => {
    while (stack.length > 1 && stack.at(-1).end <= at) { emitText(stack.at(-1).end); stack.pop(); }
  };
  for (const m of sorted) {
    closeUntil(m.start);
    emitText(m.start);
    const end = Math.min(m.end, stack.at(-1).end);
    const el = doc.createElement('mark');
    el.dataset.kind = m.kind;
    el.tabIndex = 0;
    if (m.title) el.title = m.title;
    stack.at(-1).node.append(el);
    stack.push({ node: el, end });
  }
  closeUntil(text.length);
  emitText(text.length);
  container.replaceChildren(root);
}
