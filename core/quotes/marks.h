// Quote marks: which tokens are quotation marks, of which family, and whether they open or close.
#pragma once
#include <cstdint>
#include <vector>

#include "text/document.h"

namespace newsmark::quotes {

enum class Family : uint8_t { Double, Single };  // guillemets and low-9 marks count as double, ‹ › ‚ as single
enum class Role : uint8_t { Open, Close };

// How a mark is written: marks of another style inside a quote nest in it ("… the question: “…?” Forty-three, …").
enum class Style : uint8_t { Curly, Straight, Typewriter };  // “ ” ‘ ’ « » „ | " ' | `` ''

struct Mark {
  uint32_t token;
  Family family;
  Role role;
  Style style;
};

// The quotation marks of the document in token order. Straight marks get their role from the spacing around them
// (an opener follows a space or a bracket and precedes a word); a mark that is neither is not a quotation mark.
std::vector<Mark> find_marks(const text::Document& doc);

}  // namespace newsmark::quotes
