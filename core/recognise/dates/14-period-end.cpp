// The end of a year or month named as such: `year-end`, `by year end`, `the year's end`, `the end of the year`, `the
// end of last month`. TIMEX3 gives them the value of the period itself (its end is a modifier), placed from the dct.
#include "recognise/dates/internal.h"
#include "util/small.h"

namespace newsmark::dates {

namespace {
// A shift word before a unit (`this`, `last`, `next`) or `the`: the unit's shift, or false when the word is neither.
bool shift_before(const Ctx& c, std::size_t t, int& shift) {
  const Word* w = c.at(t);
  if (c.is(t, "the")) shift = 0;
  else if (w && w->has_shift) shift = w->shift;
  else return false;
  return true;
}
}  // namespace

void recognise_period_ends(const Ctx& c, std::vector<Cand>& out) {
  for (std::size_t t = 1; t < c.n; ++t) {
    // Most tokens are none of the three words: turned away before a candidate (and its string) is made for them.
    if (!c.is(t, "end") && !c.is(t, "year-end") && !c.is(t, "yearend")) continue;
    Cand k;
    k.unit = Unit::Year;
    if (c.is(t, "year-end") || c.is(t, "yearend")) {
      k.b = static_cast<uint32_t>(t);
      k.e = static_cast<uint32_t>(t + 1);
    } else if (!c.is(t, "end")) {
      continue;
    } else if (c.is(t - 1, "year")) {  // by year end
      k.b = static_cast<uint32_t>(t - 1);
      k.e = static_cast<uint32_t>(t + 1);
    } else if (t > 1 && c.doc.tokens[t - 1].kind == text::TokenKind::Possessive && c.is(t - 2, "year")) {
      k.b = static_cast<uint32_t>(t - 2);  // year's end
      k.e = static_cast<uint32_t>(t + 1);
    } else if (int shift = 0; c.is(t - 1, "the") && c.is(t + 1, "of") && shift_before(c, t + 2, shift) &&
                              (c.is(t + 3, "year") || c.is(t + 3, "month"))) {
      k.b = static_cast<uint32_t>(t - 1);  // the end of the year, the end of last month
      k.e = static_cast<uint32_t>(t + 4);
      k.unit = c.is(t + 3, "year") ? Unit::Year : Unit::Month;
      k.shift = shift;
    } else {
      continue;
    }
    if (k.b > 0 && c.is(k.b - 1, "the") && k.b + 1 < k.e) --k.b;  // the year's end
    k.explicit_shift = true;
    k.gran = k.unit == Unit::Year ? Granularity::Year : Granularity::Month;
    k.rule = "period-end";
    out.push_back(k);
  }
}

}  // namespace newsmark::dates

#include "util/small_end.h"
