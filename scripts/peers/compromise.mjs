// compromise 14 + compromise-dates, mapped to the gold's flat layers from its own output: people(), the #Country tag
// (no ISO codes: compromise gives none), quotations() (no speakers: it gives none) and dates() with the start and end
// day it resolves. Its offsets are UTF-16 string indices; a match's span runs from its first term's offset to the end
// of its last term's, since a match's own {start, length} counts leading punctuation in the length but not the start.
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';

nlp.plugin(datesPlugin);

export const name = 'compromise';
export const packages = ['compromise', 'compromise-dates'];
// The scorer's metrics this peer gives anything for (no ISO codes, no speakers, no reported speech).
export const metrics = ['people', 'people.strict', 'countries', 'quotes', 'dates', 'dates.strict', 'dates.value'];

const OFFSETS = { offset: true, terms: { offset: true } };

// Each match of a compromise view as [match, {start, end}].
function spans(view) {
  return view.json(OFFSETS).filter((m) => m.terms?.length).map((m) => {
    const first = m.terms[0].offset, last = m.terms[m.terms.length - 1].offset;
    return [m, { start: first.start, end: last.start + last.length }];
  });
}

export function analyze(text, dct) {
  const doc = nlp(text);
  const people = spans(doc.people()).map(([m, s]) => ({ ...s, name: m.text }));
  const countries = spans(doc.match('#Country+')).map(([, s]) => ({ ...s, iso: null, form: 'name' }));
  const quotes = spans(doc.quotations()).map(([, s]) => ({ ...s, kind: 'direct', speaker: null }));
  const options = { timezone: 'UTC' };
  if (dct) options.today = dct;
  const dates = spans(doc.dates(options)).map(([m, s]) => {
    const d = { ...s, kind: 'date' };
    if (m.dates?.start) {
      d.begin = m.dates.start.slice(0, 10);
      d.finish = (m.dates.end ?? m.dates.start).slice(0, 10);
    }
    return d;
  });
  return { people, countries, quotes, dates };
}
