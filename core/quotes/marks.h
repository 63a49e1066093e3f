// Quote marks: which tokens are quotation marks, of which family, and whether they open or close.
#pragma once
#include <cstdint>
#include <vector>

#include "text/document.h"

namespace newsmark::quotes {

enum class Family : uint8_t { Double, Single };  // guillemets and low-9 marks count as double, ‹ › ‚ as single
enum class Role : uint8_t { Open, Close };

struct Mark {
  uint32_t token;
  Family family;
  Role role;
};

// The quotation marks of the document in token order. Straight marks get their role from the spacing around them
// (an opener follows a space or a bracket and precedes a word); a mark that is neither is not a quotation mark.
std::vector<Mark> find_marks(const text::Document& doc);

}  // namespace newsmark::quotes
