// Quote marks: which tokens are quotation marks, of which family, and whether they open or close.
#pragma once
#include <cstdint>
#include <vector>

#include "text/document.h"
#include "text/quote_marks.h"

namespace newsmark::quotes {

using Family = text::QuoteFamily;
using Style = text::QuoteStyle;
enum class Role : uint8_t { Open, Close };

struct Mark {
  uint32_t token;
  Family family;
  Role role;
  Style style;
};

// The quotation marks of the document in token order. Each faces the way text::facing_by_spacing says; a mark whose
// spacing cannot tell is not a quotation mark.
std::vector<Mark> find_marks(const text::Document& doc);

}  // namespace newsmark::quotes
