// Words that point from the document date: `today`, `yesterday`, `tomorrow`, `tonight`, `this morning`, `now`,
// `currently`, `recently`, `the future` (dates-deictic.tsv).
#include "recognise/dates/internal.h"
#include "util/small.h"

namespace newsmark::dates {

void recognise_deictic(const Ctx& c, std::vector<Cand>& out) {
  std::size_t floor = 0;  // candidates found so far end here: no new one starts inside them
  for (const uint32_t at : c.triggers) {
    if (at < floor) continue;
    const std::size_t t = at;
    // Every word of a listed phrase is in the lexicon: a phrase of several words needs the next one listed.
    if (const Word* w = c.at(t); !w || !w->deictic_start || (!w->deictic_alone && !c.at(t + 1))) continue;
    const auto m = c.lex.deictic.longest(c.doc, t);
    if (!m.tokens) continue;
    const Deictic& d = c.lex.deictic_values[m.values[0]];
    Cand k;
    k.b = static_cast<uint32_t>(t);
    k.e = static_cast<uint32_t>(t + m.tokens);
    k.rule = "deictic";
    if (d.ref) {
      k.literal = std::string(d.value);
    } else {
      k.unit = Unit::Day;
      k.shift = d.days;
      k.gran = Granularity::Day;
      k.part_of_day = d.part_of_day;
    }
    if (d.adjective && (k.e >= c.n || c.doc.tokens[k.e].kind != text::TokenKind::Word || c.cap(k.e) ||
                        (t > 0 && c.doc.tokens[t - 1].kind == text::TokenKind::Possessive)))
      continue;
    // `VOA Today`, `USA Today`: a capitalised deictic word after a capitalised one is part of a name.
    if (t > 0 && c.cap(t) && c.cap(t - 1) && !c.doc.tokens[t].has(text::kLineBefore) &&
        c.doc.tokens[t - 1].kind == text::TokenKind::Word)
      continue;
    // `now` in `now that` is a conjunction.
    if (c.is(t, "now") && m.tokens == 1 && c.is(t + 1, "that")) continue;
    out.push_back(k);
    floor = k.e;
  }
}

}  // namespace newsmark::dates

#include "util/small_end.h"
