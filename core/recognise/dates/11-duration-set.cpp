// Durations and sets, typed as such so they are never taken for dates: `three years` (P3Y), `many weeks` (PXW),
// `the past two weeks`, `every Monday` (XXXX-WXX-1), `each week` (P1W), `on Fridays`, `daily` (dates-sets.tsv).
#include <string>

#include "recognise/dates/internal.h"
#include "util/digits.h"
#include "util/small.h"

namespace newsmark::dates {

namespace {
const char* unit_code(Unit u) {
  switch (u) {
    case Unit::Day: return "D";
    case Unit::Week: return "W";
    case Unit::Fortnight: return "W";
    case Unit::Month: return "M";
    case Unit::Quarter: return "Q";
    case Unit::Year: return "Y";
    case Unit::Decade: return "DE";
    case Unit::Century: return "CE";
    case Unit::Weekend: return "WE";
    case Unit::None: break;
  }
  return "";
}

}  // namespace

void recognise_durations_sets(const Ctx& c, std::vector<Cand>& out) {
  std::size_t floor = 0;  // candidates found so far end here: no new one starts inside them
  for (const uint32_t at : c.triggers) {
    if (at < floor) continue;
    const std::size_t t = at;
    const Word* w = c.at(t);
    Cand k;
    k.b = static_cast<uint32_t>(t);
    k.rule = "duration";
    if (w && w->set_cue) {
      const Word* nx = c.at(t + 1);
      if (!nx || !(nx->weekday || (nx->unit != Unit::None && !nx->unit_plural))) continue;
      k.kind = DateKind::Set;
      k.literal = nx->weekday ? "XXXX-WXX-" + std::to_string(nx->weekday) : std::string("P1") + unit_code(nx->unit);
      k.e = static_cast<uint32_t>(t + 2);
      k.rule = "set";
    } else if (w && w->weekday_plural && c.cap(t)) {
      k.kind = DateKind::Set;
      k.literal = "XXXX-WXX-" + std::to_string(w->weekday);
      k.e = static_cast<uint32_t>(t + 1);
      k.rule = "set";
    } else if (w && !w->set_value.empty()) {
      k.literal = std::string(w->set_value);
      k.kind = DateKind::Set;
      k.e = static_cast<uint32_t>(t + 1);
      k.rule = "set";
    } else {
      // count + unit: three years, many weeks, 10 days, a few months.
      int count = -1;
      std::size_t at = t + 1;
      if (w && (w->number_kind == 1 || w->number_kind == 3)) count = w->number_kind == 3 ? 0 : w->number;
      else if (const int v = c.integer(t); v > 0 && v < 10000) count = v;
      if (count < 0) continue;
      if (c.is(t, "a") && (c.is(at, "few") || c.is(at, "couple"))) {
        count = 0;
        ++at;
        if (c.is(at, "of")) ++at;
      }
      const Word* u = c.at(at);
      if (!u || u->unit == Unit::None) continue;
      if (count == 1 && c.is(t, "a") && !c.cap(at) && c.is(t - 1, "once")) continue;
      k.kind = DateKind::Duration;
      const int n = u->unit == Unit::Fortnight ? count * 2 : count;
      k.literal = (count ? util::padded(n) : std::string("X")).insert(0, "P") + unit_code(u->unit);
      k.e = static_cast<uint32_t>(at + 1);
      // the past two weeks, the next three years, the last few days
      if (t >= 2 && c.is(t - 2, "the") && c.at(t - 1) && c.at(t - 1)->has_shift) k.b = static_cast<uint32_t>(t - 2);
      else if (t >= 1 && c.at(t - 1) && c.at(t - 1)->has_shift && !c.is(t - 1, "this")) k.b = static_cast<uint32_t>(t - 1);
    }
    out.push_back(k);
    floor = k.e;
  }
}

}  // namespace newsmark::dates

#include "util/small_end.h"
