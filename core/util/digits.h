// Decimal integers as printf's %d and %0Nd write them, for date values and labels: printf's formatter would add
// about 8 KB to the wasm for these few uses.
#pragma once
#include <string>

namespace newsmark::util {

// v in decimal, zero-padded to `width` characters; a minus sign counts in the width (-5 at 4 is "-005").
inline std::string& append_padded(std::string& out, long v, int width = 0) {
  char digits[24];
  int n = 0;
  unsigned long u = v < 0 ? 0UL - static_cast<unsigned long>(v) : static_cast<unsigned long>(v);
  do {
    digits[n++] = static_cast<char>('0' + u % 10);
    u /= 10;
  } while (u != 0);
  if (v < 0) {
    out += '-';
    --width;
  }
  if (width > n) out.append(static_cast<std::size_t>(width - n), '0');
  while (n > 0) out += digits[--n];
  return out;
}

inline std::string padded(long v, int width = 0) {
  std::string s;
  return append_padded(s, v, width);
}

}  // namespace newsmark::util
