// chrono-node (casual English), mapped to the gold's dates layer: chrono finds dates only. Its reference date is the
// document date. A value is the date chrono resolves, at the precision the text stated (day, or month, or year), and
// a range gives its start and end as begin/finish. chrono's `index` is already a UTF-16 string index.
import * as chrono from 'chrono-node';

export const name = 'chrono';
export const packages = ['chrono-node'];
export const metrics = ['dates', 'dates.strict', 'dates.value'];

const pad = (n, w = 2) => String(n).padStart(w, '0');

function value(c) {
  const y = pad(c.get('year'), 4), m = pad(c.get('month')), d = pad(c.get('day'));
  if (c.isCertain('day') || c.isCertain('weekday')) return `${y}-${m}-${d}`;
  if (c.isCertain('month')) return `${y}-${m}`;
  if (c.isCertain('year')) return y;
  return `${y}-${m}-${d}`;  // only a time of day was stated: chrono places it on the reference day
}

// Noon local time, so the reference day is the same in any time zone chrono computes in.
function reference(dct) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dct ?? '');
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12) : undefined;
}

export function analyze(text, dct) {
  const dates = chrono.parse(text, reference(dct)).map((r) => {
    const d = { start: r.index, end: r.index + r.text.length, kind: 'date' };
    if (r.end) { d.begin = value(r.start); d.finish = value(r.end); } else d.value = value(r.start);
    return d;
  });
  return { people: [], countries: [], quotes: [], dates };
}
