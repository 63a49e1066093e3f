// Recognises the document-date header `date YYYY-MM-DD` that opens a prepared article.
#pragma once
#include <optional>
#include <string_view>

#include "text/document.h"

namespace newsmark::text {

// True when y-m-d is a real calendar day (leap years included).
bool valid_ymd(int y, int m, int d);

std::optional<DateHeader> find_date_header(std::string_view text);

}  // namespace newsmark::text
