// wink-nlp with wink-eng-lite-web-model, mapped to the gold's dates layer: its entities of type DATE and TIME (it
// recognises no people, countries or quotes, and resolves no date values). Entities are token spans; character
// offsets come from walking its lossless tokens (value + preceding spaces) over the text.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export const name = 'wink';
export const packages = ['wink-nlp', 'wink-eng-lite-web-model'];
export const metrics = ['dates', 'dates.strict'];  // no values: wink resolves none

const wink = winkNLP(model);
const its = wink.its;
const KINDS = { DATE: 'date', TIME: 'time' };

// UTF-16 [start, end) of every token; a token not found where its spaces say is searched for from there on.
function tokenOffsets(doc, text) {
  const values = doc.tokens().out(its.value);
  const spaces = doc.tokens().out(its.precedingSpaces);
  const out = new Array(values.length);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    let s = at + spaces[i].length;
    if (!text.startsWith(values[i], s)) {
      const found = text.indexOf(values[i], at);
      s = found >= 0 ? found : s;
    }
    out[i] = [s, s + values[i].length];
    at = out[i][1];
  }
  return out;
}

export function analyze(text) {
  const doc = wink.readDoc(text);
  const types = doc.entities().out(its.type);
  const spans = doc.entities().out(its.span);
  const offsets = tokenOffsets(doc, text);
  const dates = [];
  types.forEach((type, i) => {
    if (!KINDS[type]) return;
    const [first, last] = spans[i];
    dates.push({ start: offsets[first][0], end: offsets[last][1], kind: KINDS[type] });
  });
  return { people: [], countries: [], quotes: [], dates };
}
