// Writes one document's result in the chosen format: a newsmark/1 line, or one csv / markdown row per quote.
// cli/format.cpp writes the same bytes for the same result.

// RFC 4180: a field holding a quote, comma or line break is quoted, its quotes doubled.
const csvField = (s) => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
// A markdown table cell is one line, and a pipe would end it.
const mdCell = (s) => s.replaceAll('|', '\\|').replace(/\r\n|\r|\n/g, ' ');

function row(format, cells) {
  if (format === 'md') return `|${cells.map((c) => ` ${mdCell(c)} |`).join('')}\n`;
  return `${cells.map(csvField).join(',')}\r\n`;
}

const idCell = (id) => (typeof id === 'string' ? id : id === null ? '' : JSON.stringify(id));

// What comes before the first document: the csv header row, or the markdown table's head.
export function header(format) {
  if (format === 'jsonl') return '';
  const head = row(format, ['id', 'speaker', 'quote', 'kind', 'rule', 'confidence']);
  return format === 'md' ? `${head}|---|---|---|---|---|---|\n` : head;
}

// `text` is the string the offsets in `analysis` index, for the quote column.
export function formatAnalysis(id, analysis, text, { format, pretty }) {
  if (format === 'jsonl') return `${JSON.stringify({ id, ...analysis }, null, pretty ? 2 : undefined)}\n`;
  return analysis.quotes.map((q) => row(format, [idCell(id), q.speakerName ?? '', text.slice(q.start, q.end), q.kind,
    q.rule, JSON.stringify(q.confidence)])).join('');
}

export function formatError(id, code, message, { format, pretty }) {
  if (format === 'jsonl') return `${JSON.stringify({ id, error: { code, message } }, null, pretty ? 2 : undefined)}\n`;
  return row(format, [idCell(id), '', message, 'error', code, '']);
}
