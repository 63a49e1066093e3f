// Refiner: a clock time followed by its day (`9 a.m. Tuesday`, `5 p.m. EST, Nov. 9`) becomes one mention of the day
// at that time.
#include <algorithm>

#include "recognise/dates/internal.h"

namespace newsmark::dates {

void merge_adjacent(const Ctx& c, std::vector<Cand>& cands) {
  std::stable_sort(cands.begin(), cands.end(), [](const Cand& a, const Cand& b) { return a.b < b.b; });
  for (std::size_t i = 0; i < cands.size(); ++i) {
    Cand& t = cands[i];
    if (t.kind != DateKind::Time || t.hour < 0) continue;
    for (std::size_t j = i + 1; j < cands.size() && cands[j].b <= t.e + 1; ++j) {
      Cand& d = cands[j];
      const bool next = d.b == t.e || (d.b == t.e + 1 && c.punct(t.e, ','));
      if (!next || d.kind != DateKind::Date || d.gran != Granularity::Day || d.hour >= 0) continue;
      d.b = t.b;
      d.hour = t.hour;
      d.minute = t.minute;
      d.kind = DateKind::Time;
      d.rule = "time-and-day";
      t.e = t.b;  // emptied; remove_overlaps drops it
      break;
    }
  }
}

}  // namespace newsmark::dates
