// Clock times: `10:35 a.m.`, `9 a.m. EST`, `18:00 UTC`, `noon`, `midnight`. A time is kind `time`, never a date on
// its own; a time next to a day (`9 a.m. Tuesday`) is joined to it by the merge refiner.
#include "recognise/dates/internal.h"
#include "util/small.h"

namespace newsmark::dates {

namespace {
bool meridiem(const Ctx& c, std::size_t t, bool& pm) {
  const auto s = c.w(t);
  if (s.size() < 2 || s.size() > 4) return false;
  const char a = static_cast<char>(s[0] | 0x20);
  if (a != 'a' && a != 'p') return false;
  if (!(s == "a.m." || s == "p.m." || s == "a.m" || s == "p.m" || s == "am" || s == "pm" || s == "AM" || s == "PM"))
    return false;
  pm = a == 'p';
  return true;
}
bool zone(const Ctx& c, std::size_t t) {
  const auto s = c.w(t);
  return s == "GMT" || s == "UTC" || s == "EST" || s == "EDT" || s == "CST" || s == "CDT" || s == "PST" ||
         s == "PDT" || s == "BST" || s == "CET" || s == "CEST";
}
}  // namespace

void recognise_times(const Ctx& c, std::vector<Cand>& out) {
  std::size_t floor = 0;  // candidates found so far end here: no new one starts inside them
  for (const uint32_t at : c.triggers) {
    if (at < floor) continue;
    const std::size_t t = at;
    Cand k;
    k.b = static_cast<uint32_t>(t);
    k.kind = DateKind::Time;
    k.gran = Granularity::Day;
    k.rule = "time";
    std::size_t e = t + 1;
    if ((c.is(t, "noon") || c.is(t, "midday") || c.is(t, "midnight")) &&
        (c.is(t - 1, "at") || c.is(t - 1, "by") || c.is(t - 1, "before") || c.is(t - 1, "after") ||
         c.is(t - 1, "until") || c.is(t - 1, "around") || c.is(t - 1, "about") || c.is(t - 1, "since") ||
         c.is(t - 1, "from") || c.is(t - 1, "till"))) {
      k.hour = c.is(t, "midnight") ? 0 : 12;
    } else if (c.doc.tokens[t].kind == text::TokenKind::Number) {
      const auto s = c.w(t);
      int h = -1, mi = 0;
      bool pm = false;
      const auto colon = s.find(':');
      if (colon == std::string_view::npos && s.size() == 4 && zone(c, t + 1)) {
        // 0735 GMT: a 24-hour clock without its colon, only with a zone.
        int v = c.integer(t);
        if (v < 0) continue;
        h = v / 100;
        mi = v % 100;
      } else if (colon != std::string_view::npos) {
        if (colon == 0 || colon > 2 || s.size() != colon + 3) continue;
        h = 0;
        for (std::size_t i = 0; i < colon; ++i) h = h * 10 + (s[i] - '0');
        mi = (s[colon + 1] - '0') * 10 + (s[colon + 2] - '0');
        if (meridiem(c, t + 1, pm)) ++e;
        else if (!zone(c, t + 1) && !c.is(t - 1, "at")) continue;
      } else {
        h = c.integer(t);
        if (h < 1 || h > 12 || !meridiem(c, t + 1, pm)) continue;
        ++e;
      }
      if (pm && h < 12) h += 12;
      else if (!pm && e == t + 2 && h == 12) h = 0;
      if (h > 23 || mi > 59) continue;
      k.hour = h;
      k.minute = mi;
    } else {
      continue;
    }
    if (zone(c, e)) ++e;
    if (t > 0 && (c.is(t - 1, "around") || c.is(t - 1, "about"))) k.b = static_cast<uint32_t>(t - 1);
    k.e = static_cast<uint32_t>(e);
    out.push_back(k);
    floor = e;
  }
}

}  // namespace newsmark::dates

#include "util/small_end.h"
