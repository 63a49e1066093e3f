// Weekdays: `Monday`, `last Friday`, `next Wednesday`, `Friday night`, `early Tuesday`. Placed by the sentence's tense
// at resolution. A weekday starting a name (`Sunday Times`, `Monday Night Football`) is none; plural weekdays
// (`on Mondays`) are sets, found by the duration and set recogniser.
#include "recognise/dates/internal.h"
#include "util/small.h"

namespace newsmark::dates {

void recognise_weekdays(const Ctx& c, std::vector<Cand>& out) {
  std::size_t floor = 0;  // candidates found so far end here: no new one starts inside them
  for (const uint32_t at : c.triggers) {
    if (at < floor) continue;
    const std::size_t t = at;
    const Word* w = c.at(t);
    if (!w || !w->weekday || w->weekday_plural || !c.cap(t)) continue;
    // Followed by a capitalised word that is no date and no new line: part of a name.
    if (t + 1 < c.n && c.doc.tokens[t + 1].kind == text::TokenKind::Word && c.cap(t + 1) &&
        !c.doc.tokens[t + 1].has(text::kLineBefore)) {
      const Word* nx = c.at(t + 1);
      if (!nx || !(nx->month || nx->part_of_day)) continue;
    }
    if (t > 0 && c.at(t - 1) && c.at(t - 1)->set_cue) continue;  // every Monday: a set
    Cand k;
    k.b = static_cast<uint32_t>(t);
    k.e = static_cast<uint32_t>(t + 1);
    k.wd = w->weekday;
    k.gran = Granularity::Day;
    k.rule = "weekday";
    if (const Word* p = c.at(t - 1); t > 0 && p) {
      if (p->has_shift && !c.is(t - 1, "current")) {
        k.b = static_cast<uint32_t>(t - 1);
        k.shift = p->shift;
        k.explicit_shift = true;
        // `the previous Friday`, `the following Monday`: from the day named last, when there is one.
        if (c.is(t - 2, "the") && (c.is(t - 1, "previous") || c.is(t - 1, "following"))) {
          k.b = static_cast<uint32_t>(t - 2);
          k.from_previous = true;
        }
      } else if (p->mod && !c.is(t - 1, "earlier") && !c.is(t - 1, "later")) {
        k.b = static_cast<uint32_t>(t - 1);
      }
    }
    if (const Word* nx = c.at(t + 1); nx && nx->part_of_day) {
      k.part_of_day = nx->part_of_day;
      k.e = static_cast<uint32_t>(t + 2);
    }
    out.push_back(k);
    floor = k.e;
  }
}

}  // namespace newsmark::dates

#include "util/small_end.h"
