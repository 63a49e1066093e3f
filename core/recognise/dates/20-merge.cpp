// Refiner: joins what names one time in parts. A clock time followed by its day (`9 a.m. Tuesday`, `5 p.m. EST,
// Nov. 9`); a weekday followed by its date (`Monday, Oct. 26`); a year before a quarter (`this year's third quarter`,
// `the 1988 second quarter`).
#include <algorithm>

#include "recognise/dates/internal.h"
#include "util/sort_by.h"
#include "util/small.h"

namespace newsmark::dates {

void sort_by_begin(std::vector<Cand>& cands) {
  util::stable_sort_by(cands, [](const Cand& c) { return c.b; });
}

void merge_adjacent(const Ctx& c, std::vector<Cand>& cands) {
  sort_by_begin(cands);
  for (std::size_t i = 0; i + 1 < cands.size(); ++i) {
    Cand& a = cands[i];
    Cand& b = cands[i + 1];
    const bool next = b.b == a.e || (b.b == a.e + 1 && (c.punct(a.e, ',') ||
                                                        c.doc.tokens[a.e].kind == text::TokenKind::Possessive));
    if (!next || b.kind != DateKind::Date || a.kind != DateKind::Date || c.doc.tokens[b.b].has(text::kLineBefore))
      continue;
    if (a.wd && !a.explicit_shift && b.m && b.d) {
      b.b = a.b;
      b.rule = "weekday-and-date";
      a.e = a.b;
    } else if (b.q && !b.y && !b.explicit_shift &&
               (a.gran == Granularity::Year && (a.y || (a.unit == Unit::Year && a.explicit_shift)))) {
      b.b = a.b;
      b.y = a.y;
      b.unit = a.unit;
      b.shift = a.shift;
      b.explicit_shift = a.explicit_shift;
      b.rule = "year-and-quarter";
      a.e = a.b;
    }
  }
  for (std::size_t i = 0; i < cands.size(); ++i) {
    Cand& t = cands[i];
    if (t.kind != DateKind::Time || t.hour < 0) continue;
    for (std::size_t j = i + 1; j < cands.size() && cands[j].b <= t.e + 1; ++j) {
      Cand& d = cands[j];
      const bool next = d.b == t.e || (d.b == t.e + 1 && c.punct(t.e, ','));
      if (!next || d.kind != DateKind::Date || d.gran != Granularity::Day || d.hour >= 0 ||
          c.doc.tokens[d.b].has(text::kLineBefore))
        continue;
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

#include "util/small_end.h"
