// Character classes the tokenizer, the normaliser, the splitter and the recognisers need, from the Unicode Character
// Database: text/chars_table.h is generated from it by scripts/gen-chars.mjs. ASCII is answered from a table built at
// compile time; everything else by one look-up in text/chars.cpp.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "text/chars_table.h"

namespace newsmark::text {

namespace chars_detail {
// The classes of U+0000..U+007F, read off the generated ranges (ASCII sits in the first few).
inline constexpr auto kAscii = [] {
  std::array<uint16_t, 128> a{};
  uint32_t start = 0;
  for (std::size_t k = 0; k < std::size(chars_table::kRangeSteps); ++k) {
    start += chars_table::kRangeSteps[k];
    if (start >= a.size()) break;
    const uint32_t end = k + 1 < std::size(chars_table::kRangeSteps)
                             ? start + chars_table::kRangeSteps[k + 1] : static_cast<uint32_t>(a.size());
    for (uint32_t c = start; c < end && c < a.size(); ++c)
      a[c] = chars_table::kClassSets[chars_table::kRangeClassSet[k]];
  }
  return a;
}();
static_assert(kAscii['A'] == (kLetter | kUpper) && kAscii['z'] == (kLetter | kLower) && kAscii['7'] == kDigit);
}  // namespace chars_detail

// The CharClass bits of a code point beyond ASCII.
uint16_t char_class_beyond_ascii(char32_t c);

inline uint16_t char_class(char32_t c) { return c < 0x80 ? chars_detail::kAscii[c] : char_class_beyond_ascii(c); }

constexpr bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }
// A non-empty run of ASCII digits ("2019", "10" of "10-0-50-0").
constexpr bool all_digits(std::string_view s) {
  for (const char c : s)
    if (!is_ascii_digit(static_cast<unsigned char>(c))) return false;
  return !s.empty();
}

inline bool is_space(char32_t c) { return char_class(c) & kSpace; }

// Marks that change nothing for matching: zero-width spaces and joiners, soft hyphen, BOM, variation selectors, and
// the bidirectional controls that right-to-left text carries (LRM, RLM, embeddings, isolates).
inline bool is_invisible(char32_t c) { return char_class(c) & kInvisible; }

// Pictographs that emoji sequences are built from (a ZWJ between two of them joins them into one symbol).
inline bool is_emoji(char32_t c) { return char_class(c) & kEmoji; }

// What may follow an emoji inside the same symbol: skin tones, a keycap, tag characters of subdivision flags.
inline bool is_emoji_modifier(char32_t c) { return char_class(c) & kEmojiPart; }

inline bool is_regional_indicator(char32_t c) { return char_class(c) & kRegional; }

inline bool is_combining(char32_t c) { return char_class(c) & kMark; }

// Han ideographs and kana: written without spaces, so each is a word of its own.
inline bool is_cjk(char32_t c) { return char_class(c) & kCjk; }

inline bool is_letter(char32_t c) { return char_class(c) & kLetter; }

inline bool is_upper(char32_t c) { return char_class(c) & kUpper; }

inline bool is_lower(char32_t c) { return char_class(c) & kLower; }

// Letters of scripts without case (Hebrew, Arabic, Thai, CJK, Hangul), which start a sentence without a capital.
inline bool is_caseless_letter(char32_t c) { return (char_class(c) & (kLetter | kUpper | kLower)) == kLetter; }

// A decimal digit of any script; the number rules read ASCII digits only, so the others go into words.
inline bool is_digit(char32_t c) { return char_class(c) & kDigit; }

inline bool is_punct(char32_t c) { return char_class(c) & kPunct; }

inline bool is_word_char(char32_t c) { return char_class(c) & (kLetter | kDigit | kMark); }

}  // namespace newsmark::text
