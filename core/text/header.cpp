#include "text/header.h"

#include "text/fold.h"
#include "util/small.h"

namespace newsmark::text {

bool valid_ymd(int y, int m, int d) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return false;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m != 2 || d <= 28 || leap;
}

std::optional<CalendarDay> parse_ymd(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int v[3] = {0, 0, 0};
  const int at[3] = {0, 5, 8}, len[3] = {4, 2, 2};
  for (int k = 0; k < 3; ++k)
    for (int i = at[k]; i < at[k] + len[k]; ++i) {
      if (s[i] < '0' || s[i] > '9') return std::nullopt;
      v[k] = v[k] * 10 + (s[i] - '0');
    }
  if (!valid_ymd(v[0], v[1], v[2])) return std::nullopt;
  return CalendarDay{v[0], v[1], v[2]};
}

std::optional<DateHeader> find_date_header(std::string_view t) {
  std::size_t i = 0;
  auto blank = [&](std::size_t k) { return k < t.size() && (t[k] == ' ' || t[k] == '\t' || t[k] == '\n' || t[k] == '\r'); };
  if (t.starts_with("\xEF\xBB\xBF")) i = 3;  // a byte-order mark left by the editor that saved the file
  while (blank(i)) ++i;
  if (t.size() < i + 5) return std::nullopt;
  const auto word = t.substr(i, 4);
  if (!equals_folded(word, "date")) return std::nullopt;
  i += 4;
  if (i < t.size() && t[i] == ':') ++i;
  if (!blank(i) || t[i] == '\n') return std::nullopt;
  while (i < t.size() && (t[i] == ' ' || t[i] == '\t')) ++i;
  if (t.size() < i + 10) return std::nullopt;
  const auto v = t.substr(i, 10);
  if (!parse_ymd(v)) return std::nullopt;
  const std::size_t end = i + 10;
  if (end < t.size() && !blank(end)) return std::nullopt;
  std::size_t body = end;
  while (blank(body)) ++body;
  return DateHeader{std::string(v), static_cast<uint32_t>(i), static_cast<uint32_t>(end), static_cast<uint32_t>(body)};
}

}  // namespace newsmark::text

#include "util/small_end.h"
