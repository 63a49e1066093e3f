// What a reader sees for a date: the core's `label` when it gives one, else words made here from the TIMEX3 value.
// Never a raw code (PXW, PAST_REF, 2016-10-19TAF): a value this module cannot put in words gets no label at all.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const SEASONS = { SP: 'spring', SU: 'summer', FA: 'autumn', AU: 'autumn', WI: 'winter' };
const PARTS = { MO: 'morning', MI: 'midday', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };
const REFS = { PAST_REF: 'in the past', PRESENT_REF: 'now', FUTURE_REF: 'in the future' };
const UNITS = { Y: 'year', M: 'month', W: 'week', D: 'day', H: 'hour', DE: 'decade', CE: 'century', Q: 'quarter' };

function day(y, m, d) {
  const t = new Date(Date.UTC(y, m - 1, d));
  return `${DAYS[t.getUTCDay()]} ${d} ${MONTHS[m - 1]} ${y}`;
}

// P3Y -> "3 years", PXW -> "weeks", P1W as a set -> "every week"; T-durations (PT2H) read as hours and minutes.
function duration(value, set) {
  const m = /^P(T?)(\d+|X)(DE|CE|[YMWDHQ])$/.exec(value);
  if (!m) return '';
  const unit = m[1] && m[3] === 'M' ? 'minute' : UNITS[m[3]];
  if (set) return m[2] === '1' ? `every ${unit}` : m[2] === 'X' ? `every few ${unit}s` : `every ${m[2]} ${unit}s`;
  if (m[2] === 'X') return `${unit}s`;
  return `${m[2]} ${unit}${m[2] === '1' ? '' : 's'}`;
}

export function labelForValue(value, kind = 'date') {
  if (!value) return '';
  if (REFS[value]) return REFS[value];
  if (kind === 'duration' || kind === 'set') return duration(value, kind === 'set');
  let m;
  if ((m = /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d:\d\d)|T(MO|MI|AF|EV|NI|DT))?$/.exec(value))) {
    const base = day(+m[1], +m[2], +m[3]);
    if (m[4]) return `${base}, ${m[4]}`;
    return m[5] ? `${base}, ${PARTS[m[5]]}` : base;
  }
  if ((m = /^(\d{4})-W(\d\d)$/.exec(value))) return `week ${+m[2]} of ${m[1]}`;
  if ((m = /^(\d{4})-(\d\d)$/.exec(value))) return `${MONTHS[+m[2] - 1]} ${m[1]}`;
  if ((m = /^(\d{4})-(SP|SU|FA|AU|WI)$/.exec(value))) return `${SEASONS[m[2]]} ${m[1]}`;
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return `Q${m[2]} ${m[1]}`;
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return `${m[2] === '1' ? 'first' : 'second'} half of ${m[1]}`;
  if ((m = /^(\d{4})$/.exec(value))) return m[1];
  if ((m = /^(\d{3})X?$/.exec(value))) return `the ${m[1]}0s`;
  if ((m = /^(\d\d)XX?$/.exec(value))) return `the ${+m[1] + 1}th century`;
  // A value with a part these words do not cover (2016-10-19TXX) still reads as the day, month or year it names.
  const prefix = /^\d{4}(?:-\d\d(?:-\d\d)?)?(?=\D)/.exec(value)?.[0];
  return prefix ? labelForValue(prefix) : '';
}

export function dateLabel(d) {
  return d.label || labelForValue(d.value, d.kind);
}

// The small label drawn after a date in the article: none when it would only repeat the words ("2016" after 2016).
export function inlineLabel(d, surface) {
  const label = dateLabel(d);
  const squash = (s) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (!label || squash(surface).includes(squash(label))) return '';
  return label;
}
