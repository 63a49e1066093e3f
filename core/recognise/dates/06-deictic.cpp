// Words that point from the document date: `today`, `yesterday`, `tomorrow`, `tonight`, `this morning`, `now`,
// `currently`, `recently`, `the future` (dates-deictic.tsv).
#include "recognise/dates/internal.h"

namespace newsmark::dates {

void recognise_deictic(const Ctx& c, std::vector<Cand>& out) {
  for (std::size_t t = 0; t < c.n; ++t) {
    if (c.doc.tokens[t].kind != text::TokenKind::Word) continue;
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
    t = k.e - 1;
  }
}

}  // namespace newsmark::dates
