// Case folding for matching: ASCII and Latin-1 capitals to small letters, byte for byte, so a folded word is as long as
// the original. That is all the folding news names need.
#pragma once
#include <cstddef>
#include <string_view>

namespace newsmark::text {

// Whether a and b are the same word but for the case of ASCII letters ("Date" and "date"); every other byte must be
// equal.
inline bool equals_folded(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const auto x = static_cast<unsigned char>(a[i]), y = static_cast<unsigned char>(b[i]);
    if (x != y && !((x | 0x20) == (y | 0x20) && static_cast<unsigned>((x | 0x20) - 'a') < 26u)) return false;
  }
  return true;
}

// Folds the character at s[i] into buf and returns the index after it.
inline std::size_t fold_char(std::string_view s, std::size_t i, char* buf) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (static_cast<unsigned>(c - 'A') < 26u) {
    buf[i] = static_cast<char>(c + 32);
    return i + 1;
  }
  buf[i] = static_cast<char>(c);
  // Latin-1 capitals U+00C0..U+00DE (but U+00D7) are C3 80..C3 9E; their small forms are 0x20 higher.
  if (c == 0xC3 && i + 1 < s.size()) {
    const auto b = static_cast<unsigned char>(s[i + 1]);
    buf[i + 1] = static_cast<char>(b >= 0x80 && b <= 0x9E && b != 0x97 ? b + 0x20 : b);
    return i + 2;
  }
  return i + 1;
}

// Writes the folded s into buf, which must hold s.size() bytes. For a token: a few bytes, one at a time.
inline void fold_into(std::string_view s, char* buf) {
  for (std::size_t i = 0; i < s.size();) i = fold_char(s, i, buf);
}

}  // namespace newsmark::text
