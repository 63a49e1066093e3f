// Units moved from the document date: `next week`, `last year`, `this month`, `earlier this month`, `late last year`,
// `this weekend`, `the weekend`, `three years ago`, `a year earlier`, `two weeks from now`.
#include "recognise/dates/internal.h"
#include "util/small.h"

namespace newsmark::dates {

namespace {
Granularity granularity_of(Unit u) {
  switch (u) {
    case Unit::Day: return Granularity::Day;
    case Unit::Week: case Unit::Fortnight: case Unit::Weekend: return Granularity::Week;
    case Unit::Month: return Granularity::Month;
    case Unit::Quarter: return Granularity::Quarter;
    case Unit::Year: return Granularity::Year;
    case Unit::Decade: return Granularity::Decade;
    case Unit::Century: return Granularity::Century;
    case Unit::None: break;
  }
  return Granularity::None;
}

bool is_modifier(const Ctx& c, std::size_t t) {
  const Word* w = c.at(t);
  return w && w->mod;
}
// `the year` (`the day`) alone is the dct's; not `the year 2000`, `the year before`, `the day after`.
bool the_year(const Ctx& c, std::size_t after) {
  if (after >= c.n) return true;
  if (c.doc.tokens[after].kind == text::TokenKind::Number) return false;
  const Word* w = c.at(after);
  return !(c.is(after, "before") || c.is(after, "after") || c.is(after, "ago") || c.is(after, "ended") ||
           c.is(after, "ending") || c.is(after, "of") || c.is(after, "when") || c.is(after, "that") || (w && (w->number_kind || w->mod)));
}
}  // namespace

void recognise_relative(const Ctx& c, std::vector<Cand>& out) {
  static const Word kUnlisted;  // `the` and digits have no list entry
  std::size_t floor = 0;  // candidates found so far end here: no new one starts inside them
  for (const uint32_t at : c.triggers) {
    if (at < floor) continue;
    const std::size_t t = at;
    if (t + 1 >= c.n) break;
    const Word* w = c.at(t) ? c.at(t) : &kUnlisted;
    Cand k;
    k.rule = "relative";
    // shift + unit: last week, this year, the coming month, the weekend; a fiscal or calendar year or quarter is the
    // same period of the calendar ("this fiscal year", "last calendar year").
    // `the full year`, `the fiscal year`: the dct's, like `the year`.
    const bool whole = c.is(t + 1, "fiscal") || c.is(t + 1, "financial") || c.is(t + 1, "calendar") ||
                       (c.is(t, "the") && c.is(t + 1, "full"));
    const std::size_t ut = (w->has_shift || c.is(t, "the")) && t + 2 < c.n && whole ? t + 2 : t + 1;
    const Word* u = c.at(ut);
    if ((w->has_shift || c.is(t, "the")) && u && u->unit != Unit::None && !u->unit_plural &&
        (ut == t + 1 || u->unit == Unit::Year || u->unit == Unit::Quarter) &&
        (w->has_shift || u->unit == Unit::Weekend ||
         ((u->unit == Unit::Year || u->unit == Unit::Day) && the_year(c, ut + 1)))) {
      k.b = static_cast<uint32_t>(t);
      k.e = static_cast<uint32_t>(ut + 1);
      k.unit = u->unit;
      k.shift = w->has_shift ? w->shift : 0;
      k.explicit_shift = w->has_shift;
      if (u->unit == Unit::Fortnight) k.unit = Unit::Week;
      // `the day` is the day the text is about: the one named last, if any (`Oct. 12, the day before the crash`).
      k.from_previous = !w->has_shift && k.unit == Unit::Day;
      k.gran = granularity_of(k.unit);
      // A following `'s` belongs to the noun it modifies, not to the date (next week's talks).
      if (t > 0 && c.is(t - 1, "the") && w->has_shift) k.b = static_cast<uint32_t>(t - 1);
      if (k.b > 0 && is_modifier(c, k.b - 1)) --k.b;
      out.push_back(k);
      floor = k.e;
      continue;
    }
    // count + unit + ago: three years ago, a year earlier, a few days ago.
    if (w->number_kind == 1 || w->number_kind == 3 || c.integer(t) > 0) {
      std::size_t at = t + 1;
      int count = w->number_kind == 1 ? w->number : 0;
      bool vague = w->number_kind == 3;
      if (c.is(t, "a") && (c.is(at, "few") || c.is(at, "couple"))) {
        vague = true;
        ++at;
        if (c.is(at, "of")) ++at;
      }
      const Word* un = c.at(at);
      if (!un || un->unit == Unit::None) continue;
      const std::size_t dir = at + 1;
      int sign = 0;
      // `a month earlier than usual` compares two times and names neither.
      if (c.is(dir, "ago") || (c.is(dir, "earlier") && !c.is(dir + 1, "than"))) sign = -1;
      else if (c.is(dir, "from") && c.is(dir + 1, "now")) sign = 1;
      if (!sign) continue;
      k.b = static_cast<uint32_t>(t);
      k.e = static_cast<uint32_t>(sign > 0 ? dir + 2 : dir + 1);
      if (vague) {
        k.literal = sign < 0 ? "PAST_REF" : "FUTURE_REF";
      } else {
        if (c.integer(t) > 0) count = c.integer(t);
        k.unit = un->unit == Unit::Fortnight ? Unit::Week : un->unit;
        k.shift = sign * count * (un->unit == Unit::Fortnight ? 2 : 1);
        // `a decade ago` is a year, ten back, not the decade before this one.
        if (k.unit == Unit::Decade || k.unit == Unit::Century) {
          k.shift *= k.unit == Unit::Decade ? 10 : 100;
          k.unit = Unit::Year;
        }
        k.explicit_shift = true;
        k.gran = granularity_of(k.unit);
        k.anaphoric = un->unit == Unit::Year && count == 1;
        k.anaphor_years = k.shift;
      }
      out.push_back(k);
      floor = k.e;
    }
  }
}

}  // namespace newsmark::dates

#include "util/small_end.h"
