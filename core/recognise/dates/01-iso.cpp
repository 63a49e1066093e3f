// ISO dates: 2022-01-07 and 2022/01/07, written without spaces.
#include "recognise/dates/internal.h"
#include "text/header.h"
#include "util/small.h"

namespace newsmark::dates {

void recognise_iso(const Ctx& c, std::vector<Cand>& out) {
  std::size_t floor = 0;  // candidates found so far end here: no new one starts inside them
  for (const uint32_t at : c.triggers) {
    if (at < floor) continue;
    const std::size_t t = at;
    if (t + 4 >= c.n) break;
    const int y = c.year_number(t);
    if (y < 0) continue;
    const char sep = c.punct(t + 1, '-') ? '-' : c.punct(t + 1, '/') ? '/' : 0;
    if (!sep || !c.joined(t + 1) || !c.joined(t + 2) || !c.punct(t + 3, sep) || !c.joined(t + 3) || !c.joined(t + 4))
      continue;
    int md = 0, dd = 0;
    const int m = c.integer(t + 2, &md), d = c.integer(t + 4, &dd);
    if (md > 2 || dd > 2 || !text::valid_ymd(y, m, d)) continue;
    Cand k;
    k.b = static_cast<uint32_t>(t);
    k.e = static_cast<uint32_t>(t + 5);
    k.gran = Granularity::Day;
    k.y = y, k.m = m, k.d = d;
    k.rule = "iso";
    out.push_back(k);
    floor = t + 5;
  }
}

}  // namespace newsmark::dates

#include "util/small_end.h"
