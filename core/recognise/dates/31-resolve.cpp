// Resolution: a candidate's stated parts, completed from the dct where the text leaves them out. A named weekday,
// month, quarter or season without a year goes the way its explicit shift says (last March), else the way the
// sentence's tense points (`will meet on Monday` forwards, `said on Friday` backwards, which may be the dct itself).
#include "recognise/dates/internal.h"
#include "util/digits.h"
#include "util/small.h"

namespace newsmark::dates {

namespace {
constexpr long kNear = 45;  // days within which a named day keeps the dct's year

std::string ym(int y, int m) {
  std::string s = util::padded(y, 4) + '-';
  return util::append_padded(s, m, 2);
}
std::string year(int y) { return util::padded(y, 4); }
std::string with_time(std::string v, const Cand& c) {
  static constexpr const char* kParts[] = {"", "MO", "AF", "EV", "NI"};
  if (c.hour >= 0) {
    util::append_padded(v += 'T', c.hour, 2) += ':';
    util::append_padded(v, c.minute, 2);
  } else if (c.part_of_day && c.part_of_day <= 4) {
    v += 'T';
    v += kParts[c.part_of_day];
  }
  return v;
}
std::string period(int y, char letter, int n) {
  static constexpr const char* kSeasons[] = {"", "SP", "SU", "FA", "WI"};
  std::string s = util::padded(y, 4) + '-';
  if (letter == 'S') return s + kSeasons[n];
  return util::append_padded(s += letter, n);
}
// January and February come before the year's spring: their winter is counted as the year's first season.
int season_of_month(int m) { return m <= 2 ? 0 : m <= 5 ? 1 : m <= 8 ? 2 : m <= 11 ? 3 : 4; }

// The year of a named part (month, quarter, season) given as an ordinal `part` against the dct's `now`.
int year_for(int y0, int part, int now, const Cand& c, int tense) {
  if (c.explicit_shift && c.unit == Unit::Year) return y0 + c.shift;
  if (c.explicit_shift) {
    if (c.shift < 0) return part >= now ? y0 - 1 : y0;
    if (c.shift > 0) return part <= now ? y0 + 1 : y0;
    return y0;
  }
  if (tense < 0 && part > now) return y0 - 1;
  if (tense > 0 && part < now) return y0 + 1;
  return y0;
}
// A holiday in its stated year; else the one before or after the dct that its shift or tense points to, or the
// nearer of the two.
std::string holiday_value(const Cand& c, const Ymd* dct, int tense, bool& relative) {
  const Holiday& h = Lexicon::get().holiday_rules[c.holiday - 1];
  long day = 0;
  if (c.y) {
    day = holiday_in(h, c.y);
  } else {
    relative = true;
    if (!dct) return "";
    const long today = days_from_civil(dct->y, dct->m, dct->d);
    long before = holiday_in(h, dct->y), after = before;
    if (before > today) before = holiday_in(h, dct->y - 1);
    if (after < today) after = holiday_in(h, dct->y + 1);
    const int dir = c.explicit_shift ? (c.shift ? c.shift : 0) : tense;
    if (c.explicit_shift && c.shift < 0 && before == today) before = holiday_in(h, dct->y - 1);
    if (c.explicit_shift && c.shift > 0 && after == today) after = holiday_in(h, dct->y + 1);
    if (c.explicit_shift && c.shift == 0) day = holiday_in(h, dct->y);
    else if (dir < 0) day = before;
    else if (dir > 0) day = after;
    else day = today - before <= after - today ? before : after;
  }
  const Ymd r = civil_from_days(day);
  return ymd(r.y, r.m, r.d);
}
}  // namespace

bool value_date(std::string_view v, Ymd& out, Granularity& gran) {
  const auto digits = [&](std::size_t from, std::size_t n) {
    int x = 0;
    for (std::size_t i = from; i < from + n; ++i) {
      if (i >= v.size() || v[i] < '0' || v[i] > '9') return -1;
      x = x * 10 + (v[i] - '0');
    }
    return x;
  };
  out = {digits(0, 4), 0, 0};
  if (out.y < 0) return false;
  if (v.size() == 4) {
    gran = Granularity::Year;
    return true;
  }
  if (v.size() < 7 || v[4] != '-' || (out.m = digits(5, 2)) < 1) return false;
  if (v.size() == 7) {
    gran = Granularity::Month;
    return true;
  }
  if (v.size() < 10 || v[7] != '-' || (out.d = digits(8, 2)) < 1 || (v.size() > 10 && v[10] != 'T')) return false;
  gran = Granularity::Day;
  return true;
}

std::string from_previous(const Cand& c, const Ymd& prev, Granularity gran) {
  if (c.wd) {
    if (gran != Granularity::Day) return "";
    const long from = days_from_civil(prev.y, prev.m, prev.d);
    const int wd0 = iso_weekday(from);
    const long day = c.shift < 0 ? from - ((wd0 - c.wd + 6) % 7 + 1) : from + ((c.wd - wd0 + 6) % 7 + 1);
    const Ymd r = civil_from_days(day);
    return with_time(ymd(r.y, r.m, r.d), c);
  }
  switch (c.unit) {
    case Unit::Year: return year(prev.y + c.shift);
    case Unit::Month: {
      if (gran == Granularity::Year) return "";
      const int k = prev.y * 12 + (prev.m - 1) + c.shift;
      return ym(k / 12, k % 12 + 1);
    }
    case Unit::Day: case Unit::Week: {
      if (gran != Granularity::Day) return "";
      const long day = days_from_civil(prev.y, prev.m, prev.d) + (c.unit == Unit::Week ? 7L : 1L) * c.shift;
      if (c.unit == Unit::Week) return iso_week(day);
      const Ymd r = civil_from_days(day);
      return with_time(ymd(r.y, r.m, r.d), c);
    }
    default: return "";
  }
}

std::string years_from(const Ymd& prev, Granularity gran, int years) {
  if (gran == Granularity::Year) return year(prev.y + years);
  if (gran == Granularity::Month) return ym(prev.y + years, prev.m);
  return ymd(prev.y + years, prev.m, prev.m == 2 && prev.d == 29 ? 28 : prev.d);
}

std::string resolve(const Cand& c, const Ymd* dct, int tense, bool& relative) {
  relative = false;
  if (!c.literal.empty()) {
    relative = c.literal.ends_with("_REF");
    return c.literal;
  }
  if (c.holiday) return holiday_value(c, dct, tense, relative);
  if (c.y && c.m && c.d) return with_time(ymd(c.y, c.m, c.d), c);
  if (c.y && c.m) return ym(c.y, c.m);
  if (c.y && c.q) return period(c.y, 'Q', c.q);
  if (c.y && c.half) return period(c.y, 'H', c.half);
  if (c.y && c.season) return period(c.y, 'S', c.season);
  if (c.y) return year(c.y);
  if (c.decade >= 0 && c.unit == Unit::None) return util::padded(c.decade, 3);
  if (c.century >= 0 && c.unit == Unit::None) return util::padded(c.century, 2);
  relative = true;
  if (!dct) return "";
  const long today = days_from_civil(dct->y, dct->m, dct->d);
  const int q0 = (dct->m - 1) / 3 + 1;
  if (c.wd) {
    const int wd0 = iso_weekday(today);
    long day = today;
    if (c.explicit_shift && c.shift < 0) day -= (wd0 - c.wd + 6) % 7 + 1;
    else if (c.explicit_shift && c.shift > 0) day += (c.wd - wd0 + 6) % 7 + 1;
    else if (c.explicit_shift) day += c.wd - wd0;
    else if (tense > 0) day += (c.wd - wd0 + 7) % 7;
    else day -= (wd0 - c.wd + 7) % 7;
    const Ymd r = civil_from_days(day);
    return with_time(ymd(r.y, r.m, r.d), c);
  }
  if (c.m && c.d) {
    // A day close to the dct stays in its year whatever the tense (`must leave by Jan. 14`); a day further away goes
    // the way the tense points, or to the nearer year.
    int y = dct->y;
    const long diff = days_from_civil(dct->y, c.m, c.d) - today;
    if (c.explicit_shift && c.unit == Unit::Year) y += c.shift;
    else if (tense < 0 ? diff > kNear : tense > 0 ? false : diff > 183) y -= 1;
    else if (tense > 0 ? diff < -kNear : tense < 0 ? false : diff < -183) y += 1;
    return with_time(ymd(y, c.m, c.d), c);
  }
  if (c.m) {
    // Next month is next month even in a past-tense sentence (`the visit in September` written in August).
    const int part = c.m, now = dct->m;
    if (!c.explicit_shift && tense < 0 && part == now + 1) return ym(dct->y, c.m);
    const int y = !c.explicit_shift && tense == 0 && part - now > 6   ? dct->y - 1
                  : !c.explicit_shift && tense == 0 && now - part > 6 ? dct->y + 1
                                                                      : year_for(dct->y, part, now, c, tense);
    return c.d ? with_time(ymd(y, c.m, c.d), c) : ym(y, c.m);
  }
  // A quarter just ended is still this year's, whatever the tense (`plans to restructure after a third-quarter loss`).
  if (c.q) return period(year_for(dct->y, c.q, q0, c, tense > 0 && c.q == q0 - 1 ? 0 : tense), 'Q', c.q);
  if (c.half) return period(year_for(dct->y, c.half, dct->m <= 6 ? 1 : 2, c, tense), 'H', c.half);
  if (c.season) return period(year_for(dct->y, c.season, season_of_month(dct->m), c, tense), 'S', c.season);
  if (c.hour >= 0 && c.unit == Unit::None) return with_time(ymd(dct->y, dct->m, dct->d), c);  // a time alone: today
  switch (c.unit) {
    case Unit::Day: {
      const Ymd r = civil_from_days(today + c.shift);
      return with_time(ymd(r.y, r.m, r.d), c);
    }
    case Unit::Week: case Unit::Fortnight: return iso_week(today + 7L * c.shift);
    case Unit::Weekend: {
      // The weekend just past when the sentence looks back from a weekday.
      long day = today + 7L * c.shift;
      if (!c.explicit_shift && tense < 0 && iso_weekday(today) < 6) day -= 7;
      return iso_week(day) + "-WE";
    }
    case Unit::Month: {
      const int k = dct->y * 12 + (dct->m - 1) + c.shift;
      return ym(k / 12, k % 12 + 1);
    }
    case Unit::Quarter: {
      const int k = dct->y * 4 + (q0 - 1) + c.shift;
      return period(k / 4, 'Q', k % 4 + 1);
    }
    case Unit::Year: return year(dct->y + c.shift);
    case Unit::Decade: return util::padded(dct->y / 10 + c.shift, 3);
    case Unit::Century: return util::padded(dct->y / 100 + c.shift, 2);
    case Unit::None: break;
  }
  return "";
}

}  // namespace newsmark::dates

#include "util/small_end.h"
