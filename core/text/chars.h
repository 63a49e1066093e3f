// Character classes the tokenizer and recognisers need, over the code points news text uses. A full Unicode table
// would cost more wasm than it earns; these ranges cover Latin, Greek, Cyrillic, Hebrew, Arabic and CJK scripts.
#pragma once
#include <string_view>

namespace newsmark::text {

constexpr bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }
// A non-empty run of ASCII digits ("2019", "10" of "10-0-50-0").
constexpr bool all_digits(std::string_view s) {
  for (const char c : s)
    if (!is_ascii_digit(static_cast<unsigned char>(c))) return false;
  return !s.empty();
}

constexpr bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

// Marks that change nothing for matching: zero-width spaces and joiners, soft hyphen, BOM, variation selectors, and
// the bidirectional controls that right-to-left text carries (LRM, RLM, embeddings, isolates).
constexpr bool is_invisible(char32_t c) {
  return c == 0xAD || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x2069) ||
         c == 0x61C || c == 0xFEFF || (c >= 0xFE00 && c <= 0xFE0F);
}

// Pictographs that emoji sequences are built from (a ZWJ between two of them joins them into one symbol).
constexpr bool is_emoji(char32_t c) {
  return (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) || (c >= 0x2B00 && c <= 0x2BFF);
}

// What may follow an emoji inside the same symbol: skin tones, a keycap, tag characters of subdivision flags.
constexpr bool is_emoji_modifier(char32_t c) {
  return (c >= 0x1F3FB && c <= 0x1F3FF) || c == 0x20E3 || (c >= 0xE0020 && c <= 0xE007F);
}

constexpr bool is_regional_indicator(char32_t c) { return c >= 0x1F1E6 && c <= 0x1F1FF; }

constexpr bool is_combining(char32_t c) {
  return (c >= 0x300 && c <= 0x36F) || (c >= 0x591 && c <= 0x5C7) || (c >= 0x610 && c <= 0x61A) ||
         (c >= 0x64B && c <= 0x65F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x20D0 && c <= 0x20FF);
}

// Han ideographs and kana: written without spaces, so each is a word of its own.
constexpr bool is_cjk(char32_t c) {
  return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF);
}

constexpr bool is_letter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  if (c < 0xC0) return c == 0xAA || c == 0xB5 || c == 0xBA;
  if (c == 0xD7 || c == 0xF7) return false;
  if (c < 0x2000) return !is_combining(c) && c != 0x37E && c != 0x387 && !(c >= 0x55A && c <= 0x55F) &&
                         c != 0x589 && c != 0x5BE && c != 0x5C0 && c != 0x5C3 && c != 0x5F3 && c != 0x5F4 &&
                         !(c >= 0x600 && c <= 0x60F) && c != 0x61B && c != 0x61F && !(c >= 0x66A && c <= 0x66D) &&
                         c != 0x6D4;
  if (c < 0x2C00) return false;  // punctuation, symbols, arrows, math, dingbats
  if (c >= 0x2E00 && c <= 0x2E7F) return false;
  if (c >= 0x3000 && c <= 0x303F) return false;
  if (c >= 0xD800 && c <= 0xF8FF) return false;  // surrogates, private use
  if (c >= 0xFE10 && c <= 0xFE6F) return false;
  if (c >= 0xFF00 && c <= 0xFF20) return false;
  if (c >= 0xFF3B && c <= 0xFF40) return false;
  if (c >= 0xFF5B && c <= 0xFF65) return false;
  if (c >= 0xFFF0 && c <= 0xFFFF) return false;
  if (c >= 0x1F000 && c <= 0x1FAFF) return false;  // emoji and pictographs
  return c < 0xE0000;
}

constexpr bool is_upper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  if (c >= 0x100 && c <= 0x17F) return c != 0x138 && ((c < 0x139 || c > 0x148) ? c % 2 == 0 : c % 2 == 1);
  if (c >= 0x391 && c <= 0x3AB) return true;
  if (c >= 0x400 && c <= 0x42F) return true;
  if (c >= 0x1E00 && c <= 0x1EFF) return c % 2 == 0;
  return false;
}

// Punctuation of the scripts is_letter covers: Greek, Armenian, Hebrew and Arabic marks.
constexpr bool is_script_punct(char32_t c) {
  return c == 0x37E || c == 0x387 || (c >= 0x55A && c <= 0x55F) || c == 0x589 || c == 0x5BE || c == 0x5C0 ||
         c == 0x5C3 || c == 0x5F3 || c == 0x5F4 || c == 0x60C || c == 0x60D || c == 0x61B || c == 0x61F ||
         (c >= 0x66A && c <= 0x66D) || c == 0x6D4;
}

constexpr bool is_word_char(char32_t c) { return is_letter(c) || is_ascii_digit(c) || is_combining(c); }

}  // namespace newsmark::text
