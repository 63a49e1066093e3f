// Case folding for matching: ASCII and Latin-1 capitals to small letters, byte for byte, so a folded copy keeps every
// offset of the original. That is all the folding news names need.
#pragma once
#include <cstddef>
#include <string_view>

namespace newsmark::text {

// Writes the folded s into buf, which must hold s.size() bytes.
inline void fold_into(std::string_view s, char* buf) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (static_cast<unsigned>(c - 'A') < 26u) {
      buf[i] = static_cast<char>(c + 32);
    } else {
      buf[i] = static_cast<char>(c);
      // Latin-1 capitals U+00C0..U+00DE (but U+00D7) are C3 80..C3 9E; their small forms are 0x20 higher.
      if (c == 0xC3 && i + 1 < s.size()) {
        const auto b = static_cast<unsigned char>(s[++i]);
        buf[i] = static_cast<char>(b >= 0x80 && b <= 0x9E && b != 0x97 ? b + 0x20 : b);
      }
    }
  }
}

}  // namespace newsmark::text
