#include "recognise/dates/internal.h"
#include "util/digits.h"
#include "util/small.h"

namespace newsmark::dates {

// Howard Hinnant's civil-calendar algorithms: exact for the proleptic Gregorian calendar, no tables.
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

Ymd civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

int iso_weekday(long days) {
  // 1970-01-01 was a Thursday.
  const long r = ((days % 7) + 7 + 3) % 7;
  return static_cast<int>(r) + 1;
}

std::string ymd(int y, int m, int d) {
  std::string s = util::padded(y, 4) + '-';
  util::append_padded(s, m, 2) += '-';
  return util::append_padded(s, d, 2);
}

std::string iso_week(long days) {
  // The ISO year is the year of the week's Thursday.
  const long thursday = days - iso_weekday(days) + 4;
  const Ymd t = civil_from_days(thursday);
  const long week = (thursday - days_from_civil(t.y, 1, 1)) / 7 + 1;
  std::string s = util::padded(t.y, 4) + "-W";
  return util::append_padded(s, week, 2);
}

}  // namespace newsmark::dates

#include "util/small_end.h"
