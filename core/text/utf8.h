// UTF-8 decoding with repair, and the byte -> UTF-16 offset table (the dense form of text/utf16_index.h, for the CLI's
// slicing and as the tests' reference) that lets every span leave the core in JavaScript string indices.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsmark::text {

constexpr char32_t kReplacement = 0xFFFD;

// Decodes one code point of *valid* UTF-8 at s[i]; returns its byte length (1 for a stray byte, read as U+FFFD).
// Inline: the tokenizer calls it for every character.
inline int decode_at(std::string_view s, std::size_t i, char32_t& cp) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    cp = b;
    return 1;
  }
  const int n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
  if (n == 1 || i + n > s.size()) {
    cp = kReplacement;
    return 1;
  }
  cp = b & (0x7F >> n);
  for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  return n;
}

// Appends the UTF-8 encoding of cp.
void append_utf8(std::string& out, char32_t cp);

// Repairs input the WHATWG way (each maximal invalid subpart becomes one U+FFFD, as TextDecoder does), so offsets agree
// with what a browser would show for the same bytes. Overlong forms and surrogates encoded in UTF-8 (CESU-8) are
// invalid there too: each of their bytes becomes a U+FFFD.
std::string repair_utf8(std::string_view bytes);

// Where the first invalid sequence at or after `from` starts (bytes.size() when there is none): text that is valid
// through its end needs no repaired copy.
std::size_t valid_prefix(std::string_view bytes, std::size_t from = 0);

// For valid UTF-8 `s`, u16[b] is the UTF-16 index of the character that holds byte b; u16[s.size()] is the length.
std::vector<uint32_t> utf16_offsets(std::string_view s);

}  // namespace newsmark::text
