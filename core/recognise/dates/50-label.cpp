// What a reader sees for a date: its TIMEX-style value in words ("Fri 7 Aug 1998", "the 1980s", "a few weeks",
// "every day"), never a code such as PXW or PAST_REF. A value of no known shape, and the vague PAST_REF, PRESENT_REF
// and FUTURE_REF, read as the words of the text ("a few weeks ago", "now").
#include <cstdlib>
#include <string>
#include <string_view>

#include "recognise/dates/internal.h"
#include "text/chars.h"
#include "util/digits.h"
#include "util/small.h"

namespace newsmark::dates {
namespace {

constexpr const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};
constexpr const char* kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr const char* kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
constexpr const char* kOrdinals[] = {"first", "second", "third", "fourth"};

int number(std::string_view s) { return std::atoi(std::string(s).c_str()); }

// "Fri 7 Aug 1998"
std::string day_label(int y, int m, int d) {
  const long days = days_from_civil(y, m, d);
  std::string s = std::string(kDays[iso_weekday(days) - 1]) + ' ';
  util::append_padded(s, d).append(1, ' ').append(kMonths[m - 1], 3).append(1, ' ');
  return util::append_padded(s, y);
}

// The Monday of ISO week `w` of year `y`, in days since 1970-01-01.
long iso_week_monday(int y, int w) {
  const long jan4 = days_from_civil(y, 1, 4);
  return jan4 - (iso_weekday(jan4) - 1) + 7L * (w - 1);
}

std::string short_day(long days) {
  const Ymd d = civil_from_days(days);
  std::string s = util::padded(d.d);
  s.append(1, ' ').append(kMonths[d.m - 1], 3).append(1, ' ');
  return util::append_padded(s, d.y);
}

// "P3Y" → "3 years", "P1DE" → "a decade", "PXW" → "a few weeks"; empty when the unit is unknown.
std::string amount_label(std::string_view n, std::string_view unit) {
  struct Unit {
    std::string_view code, one, many;
  };
  static constexpr Unit kUnits[] = {{"Y", "year", "years"},       {"M", "month", "months"},   {"W", "week", "weeks"},
                                    {"D", "day", "days"},         {"Q", "quarter", "quarters"}, {"DE", "decade", "decades"},
                                    {"CE", "century", "centuries"}, {"WE", "weekend", "weekends"}, {"H", "hour", "hours"}};
  for (const auto& u : kUnits) {
    if (u.code != unit) continue;
    if (n == "X") return "a few " + std::string(u.many);
    if (!text::all_digits(n) || n.size() > 3) return {};
    if (number(n) == 1) return (u.one == "hour" ? "an " : "a ") + std::string(u.one);
    return std::string(n) + " " + std::string(u.many);
  }
  return {};
}

// "P3Y" split into amount and unit.
bool split_period(std::string_view v, std::string_view& n, std::string_view& unit) {
  if (v.size() < 3 || v[0] != 'P') return false;
  std::size_t i = 1;
  while (i < v.size() && ((v[i] >= '0' && v[i] <= '9') || v[i] == 'X')) ++i;
  if (i == 1) return false;
  n = v.substr(1, i - 1);
  unit = v.substr(i);
  return true;
}

std::string period_label(std::string_view v, DateKind kind) {
  std::string_view n, unit;
  if (!split_period(v, n, unit)) return {};
  if (kind != DateKind::Set) return amount_label(n, unit);
  const std::string every = amount_label(n, unit);
  if (every.empty()) return {};
  if (every.starts_with("a ") || every.starts_with("an ")) return "every " + every.substr(every.find(' ') + 1);
  return "every " + every;
}

std::string calendar_label(std::string_view v) {
  // "XXXX-WXX-4": a weekday every week.
  if (v.starts_with("XXXX-WXX-") && v.size() == 10 && v[9] >= '1' && v[9] <= '7')
    return std::string("every ") + kWeekdays[v[9] - '1'];
  if (v.size() == 2 && text::all_digits(v)) return "the " + std::string(v) + "00s";
  if (v.size() == 3 && text::all_digits(v)) return "the " + std::string(v) + "0s";
  if (v.size() < 4 || !text::all_digits(v.substr(0, 4))) return {};
  const int y = number(v.substr(0, 4));
  if (v.size() == 4) return std::string(v);
  const std::string_view rest = v.substr(4);
  const std::string year(v.substr(0, 4));
  if (rest.size() == 3 && rest[1] == 'Q' && rest[2] >= '1' && rest[2] <= '4')
    return std::string(kOrdinals[rest[2] - '1']) + " quarter of " + year;
  if (rest.size() == 3 && rest[1] == 'H' && (rest[2] == '1' || rest[2] == '2'))
    return std::string(kOrdinals[rest[2] - '1']) + " half of " + year;
  if (rest == "-SP") return "spring " + year;
  if (rest == "-SU") return "summer " + year;
  if (rest == "-FA") return "autumn " + year;
  if (rest == "-WI") return "winter " + year;
  if (rest.size() >= 4 && rest[1] == 'W' && text::all_digits(rest.substr(2, 2))) {
    const long monday = iso_week_monday(y, number(rest.substr(2, 2)));
    if (rest.size() == 4) return "week of " + short_day(monday);
    if (rest.substr(4) == "-WE") return "weekend of " + short_day(monday + 5);
    return {};
  }
  if (rest.size() == 3 && text::all_digits(rest.substr(1))) {
    const int m = number(rest.substr(1));
    return m >= 1 && m <= 12 ? std::string(kMonths[m - 1]) + " " + year : std::string{};
  }
  if (rest.size() >= 6 && text::all_digits(rest.substr(1, 2)) && text::all_digits(rest.substr(4, 2))) {
    const int m = number(rest.substr(1, 2)), d = number(rest.substr(4, 2));
    if (m < 1 || m > 12 || d < 1 || d > 31) return {};
    std::string out = day_label(y, m, d);
    const std::string_view time = rest.substr(6);
    if (time.empty()) return out;
    if (time == "TMO") return out + ", morning";
    if (time == "TAF") return out + ", afternoon";
    if (time == "TEV") return out + ", evening";
    if (time == "TNI") return out + ", night";
    if (time.size() >= 6 && time[0] == 'T' && time[3] == ':') return out + ", " + std::string(time.substr(1, 5));
    return {};
  }
  return {};
}

}  // namespace

std::string label_of(std::string_view value, DateKind kind, std::string_view words) {
  // PAST_REF, PRESENT_REF, FUTURE_REF: the text's own words ("a few weeks ago", "currently") say more than "the past".
  const bool period = value.size() > 1 && value[0] == 'P' && (value[1] == 'X' || (value[1] >= '0' && value[1] <= '9'));
  std::string out = period ? period_label(value, kind) : calendar_label(value);
  return out.empty() ? std::string(words) : out;
}

}  // namespace newsmark::dates

#include "util/small_end.h"
