// Recognises the document-date header `date YYYY-MM-DD` that opens a prepared article.
#pragma once
#include <optional>
#include <string_view>

#include "text/document.h"

namespace newsmark::text {

// True when y-m-d is a real calendar day (leap years included).
bool valid_ymd(int y, int m, int d);

struct CalendarDay {
  int y = 0, m = 0, d = 0;
};

// The day written exactly YYYY-MM-DD (ten characters, digits and hyphens) when it is a real calendar day: the one
// reader of that form for the document header, the dct option and the date stage.
std::optional<CalendarDay> parse_ymd(std::string_view s);

std::optional<DateHeader> find_date_header(std::string_view text);

}  // namespace newsmark::text
