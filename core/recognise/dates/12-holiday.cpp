// Holidays that name a day: `Thanksgiving`, `Christmas Eve`, `last Thanksgiving`, `Easter 2009` (dates-holidays.tsv).
// The year comes like a month's: stated, shifted (`last Christmas`), or the nearest in the tense's direction.
#include "recognise/dates/internal.h"
#include "util/small.h"

namespace newsmark::dates {

namespace {
// Western Easter Sunday (the anonymous Gregorian computus), as days since 1970-01-01.
long easter(int y) {
  const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451, month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return days_from_civil(y, month, day);
}
}  // namespace

long holiday_in(const Holiday& h, int y) {
  switch (h.kind) {
    case Holiday::kFixed: return days_from_civil(y, h.month, h.day);
    case Holiday::kEaster: return easter(y) + h.offset;
    case Holiday::kNth: {
      if (h.nth > 0) {
        const long first = days_from_civil(y, h.month, 1);
        return first + (h.weekday - iso_weekday(first) + 7) % 7 + 7L * (h.nth - 1) + h.offset;
      }
      const long last = days_from_civil(h.month == 12 ? y + 1 : y, h.month == 12 ? 1 : h.month + 1, 1) - 1;
      return last - (iso_weekday(last) - h.weekday + 7) % 7 + h.offset;
    }
  }
  return 0;
}

void recognise_holidays(const Ctx& c, std::vector<Cand>& out) {
  std::size_t floor = 0;  // candidates found so far end here: no new one starts inside them
  for (const uint32_t at : c.triggers) {
    if (at < floor) continue;
    const std::size_t t = at;
    if (!c.cap(t)) continue;
    const auto m = c.lex.holidays.longest(c.doc, t);
    if (!m.tokens) continue;
    const Holiday& h = c.lex.holiday_rules[m.values[0]];
    Cand k;
    k.b = static_cast<uint32_t>(t);
    k.e = static_cast<uint32_t>(t + m.tokens);
    // `Christmas sales`, `Easter week`: an adjective, not the day.
    if (!h.named_day && k.e < c.n && c.doc.tokens[k.e].kind == text::TokenKind::Word && !c.cap(k.e) &&
        !c.at(k.e))
      continue;
    k.holiday = static_cast<int>(m.values[0]) + 1;
    k.gran = Granularity::Day;
    k.rule = "holiday";
    if (const int y = c.year_number(k.e); y > 0) {
      k.y = y;
      ++k.e;
    } else if (const Word* p = c.at(t - 1); t > 0 && p && p->has_shift && !c.is(t - 1, "current")) {
      k.b = static_cast<uint32_t>(t - 1);
      k.shift = p->shift;
      k.explicit_shift = true;
    }
    out.push_back(k);
    floor = k.e;
  }
}

}  // namespace newsmark::dates

#include "util/small_end.h"
