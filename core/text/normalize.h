// A normalised copy of the text for matching, with a map back to the original: curly and straight quotes, dashes,
// unusual spaces and invisible characters all read the same to the recognisers, yet every span still points into
// the text the user gave.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsmark::text {

struct NormalView {
  std::string s;                  // normalised UTF-8
  std::vector<uint32_t> to_text;  // byte in s -> byte in the original text; to_text[s.size()] == text.size()
};

// Quotes become ' or " (`` and '' too), hyphens and en dashes '-', em dashes stay '—', every space but a line break
// becomes ' ' (control characters too), CR LF and a lone CR become LF, the ellipsis becomes "...", and invisible
// characters disappear, except a zero-width joiner inside an emoji sequence.
NormalView normalize(std::string_view text);

}  // namespace newsmark::text
