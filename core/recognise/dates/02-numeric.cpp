// Numeric dates: 07/01/2022, 7/8/07, 7-8-2007. The day/month order is read from the text itself (a first part over
// 12 means day first everywhere in it; a second part over 12 means month first); otherwise month first, as in US news.
// A caller who knows the convention (Options::date_order) decides instead.
#include "recognise/dates/internal.h"
#include "text/header.h"
#include "util/small.h"

namespace newsmark::dates {

namespace {
struct Numeric {
  std::size_t t;
  int a, b, y;
};
}  // namespace

void recognise_numeric(const Ctx& c, std::vector<Cand>& out) {
  std::vector<Numeric> found;
  bool day_first = c.date_order == 'd';
  std::size_t floor = 0;  // candidates found so far end here: no new one starts inside them
  for (const uint32_t at : c.triggers) {
    if (at < floor) continue;
    const std::size_t t = at;
    if (t + 4 >= c.n) break;
    const char sep = c.punct(t + 1, '/') ? '/' : c.punct(t + 1, '-') ? '-' : 0;
    if (!sep || !c.joined(t + 1) || !c.joined(t + 2) || !c.punct(t + 3, sep) || !c.joined(t + 3) || !c.joined(t + 4))
      continue;
    // A fraction or score continues no further: 1/2/3 inside longer runs, or a version number, is no date.
    if ((t > 0 && c.joined(t) && c.doc.tokens[t - 1].kind != text::TokenKind::Word &&
         c.doc.tokens[t - 1].kind != text::TokenKind::Punct) ||
        (t + 5 < c.n && c.joined(t + 5) && (c.punct(t + 5, sep))))
      continue;
    int da = 0, db = 0, dy = 0;
    const int a = c.integer(t, &da), b = c.integer(t + 2, &db);
    int y = c.integer(t + 4, &dy);
    if (da > 2 || db > 2 || a < 1 || b < 1 || (dy != 2 && dy != 4)) continue;
    if (dy == 2) y += y < 50 ? 2000 : 1900;
    if (a > 12 && b > 12) continue;
    if (a > 12 && c.date_order != 'm') day_first = true;
    found.push_back({t, a, b, y});
    floor = t + 5;
  }
  for (const auto& f : found) {
    const int m = day_first ? f.b : f.a, d = day_first ? f.a : f.b;
    if (!text::valid_ymd(f.y, m, d)) continue;
    Cand k;
    k.b = static_cast<uint32_t>(f.t);
    k.e = static_cast<uint32_t>(f.t + 5);
    k.gran = Granularity::Day;
    k.y = f.y, k.m = m, k.d = d;
    k.rule = day_first ? "numeric-day-first" : "numeric-month-first";
    out.push_back(k);
  }
}

}  // namespace newsmark::dates

#include "util/small_end.h"
