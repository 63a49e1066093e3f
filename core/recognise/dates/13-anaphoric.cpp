// Dates placed from the date mentioned last rather than from the document date: `later that year`, `that day`, `the
// same month`, `the following year`, `the previous day`, `the next morning`. Without an earlier date they fall back to
// the document date, as `this year` or `next year` would.
#include "recognise/dates/internal.h"
#include "util/small.h"

namespace newsmark::dates {

namespace {
// `the following`, `the previous`, `the preceding`, `the prior`: +1 or -1; 0 when the words are none of these.
int ordinal_shift(const Ctx& c, std::size_t t) {
  if (c.is(t, "following")) return 1;
  if (c.is(t, "previous") || c.is(t, "preceding") || c.is(t, "prior")) return -1;
  return 0;
}
}  // namespace

void recognise_anaphoric(const Ctx& c, std::vector<Cand>& out) {
  for (std::size_t t = 2; t < c.n; ++t) {
    const Word* u = c.at(t);
    if (!u || u->unit_plural || !(u->unit == Unit::Day || u->unit == Unit::Week || u->unit == Unit::Month ||
                                  u->unit == Unit::Year || u->part_of_day))
      continue;
    const Unit unit = u->part_of_day ? Unit::Day : u->unit;
    Cand k;
    k.e = static_cast<uint32_t>(t + 1);
    if (c.is(t - 1, "that") || (c.is(t - 1, "same") && (c.is(t - 2, "that") || c.is(t - 2, "the")))) {
      k.b = static_cast<uint32_t>(c.is(t - 1, "that") ? t - 1 : t - 2);
      // `later that day`, `earlier that year`: the modifier is part of the span.
      if (k.b > 0 && (c.is(k.b - 1, "earlier") || c.is(k.b - 1, "later"))) --k.b;
      // A bare `that day` is seldom taken as a date (`if that day ever comes`); `later that day` always is.
      else if (unit == Unit::Day && c.is(t - 1, "that")) continue;
      // `the same month a year ago`: that month, a year back.
      if (const std::size_t back = year_back(c, t + 1); back && (unit == Unit::Month || unit == Unit::Year)) {
        k.e = static_cast<uint32_t>(t + 1 + back);
        k.shift = unit == Unit::Month ? -12 : -1;
      }
    } else if (const int s = ordinal_shift(c, t - 1); s && c.is(t - 2, "the")) {
      k.b = static_cast<uint32_t>(t - 2);
      k.shift = s;
    } else if (c.is(t - 1, "next") && c.is(t - 2, "the") && unit == Unit::Day) {
      k.b = static_cast<uint32_t>(t - 2);  // `the next day`, `the next morning`; `the next year` is from now
      k.shift = 1;
    } else {
      continue;
    }
    // `that day's session`: the date still, but not `that year old` or `the following day or two`.
    if (c.is(t + 1, "or") || c.is(t + 1, "old")) continue;
    k.unit = unit;
    k.part_of_day = u->part_of_day;
    k.explicit_shift = true;
    k.from_previous = true;
    k.gran = unit == Unit::Day ? Granularity::Day : unit == Unit::Week ? Granularity::Week
             : unit == Unit::Month ? Granularity::Month : Granularity::Year;
    k.rule = "anaphoric";
    out.push_back(k);
  }
}

}  // namespace newsmark::dates

#include "util/small_end.h"
