// Seasons: `this summer`, `last fall`, `the summer of 2008`, `spring 2009`, `in the winter`. `fall` is a season only
// after a cue (`last fall`, `this fall`, `the fall of`), never the verb.
#include "recognise/dates/internal.h"
#include "util/small.h"

namespace newsmark::dates {

void recognise_seasons(const Ctx& c, std::vector<Cand>& out) {
  std::size_t floor = 0;  // candidates found so far end here: no new one starts inside them
  for (const uint32_t at : c.triggers) {
    if (at < floor) continue;
    const std::size_t t = at;
    const Word* w = c.at(t);
    if (!w || !w->season) continue;
    Cand k;
    k.b = static_cast<uint32_t>(t);
    k.e = static_cast<uint32_t>(t + 1);
    k.season = w->season;
    k.gran = Granularity::Season;
    k.rule = "season";
    const Word* p = c.at(t - 1);
    bool cued = false;
    if (t > 0 && p && p->has_shift && !c.is(t - 1, "current")) {
      k.b = static_cast<uint32_t>(t - 1);
      k.shift = p->shift;
      k.explicit_shift = true;
      cued = true;
    } else if (t > 0 && (c.is(t - 1, "the") || (p && (p->mod || p->month_cue)))) {
      cued = true;
      if (c.is(t - 1, "the")) k.b = static_cast<uint32_t>(t - 1);
      if (k.b > 0 && c.at(k.b - 1) && c.at(k.b - 1)->mod) --k.b;
      else if (p && p->mod) k.b = static_cast<uint32_t>(t - 1);
    }
    std::size_t y_end = 0;
    if (const int y = c.year_at(t + 1, &y_end); y > 0) {
      k.y = y;
      k.e = static_cast<uint32_t>(y_end);
      cued = true;
    } else if (c.is(t + 1, "of") && c.year_at(t + 2, &y_end) > 0) {
      k.y = c.year_at(t + 2, &y_end);
      k.e = static_cast<uint32_t>(y_end);
      cued = true;
    }
    if (!cued) continue;
    // `the fall of the Berlin Wall`, `a fall in prices`: fall needs a shift or a year.
    if (c.is(t, "fall") && !k.explicit_shift && !k.y) continue;
    out.push_back(k);
    floor = k.e;
  }
}

}  // namespace newsmark::dates

#include "util/small_end.h"
