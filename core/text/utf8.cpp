#include "text/utf8.h"

#include <cstring>

namespace newsmark::text {

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

namespace {

// At in[i], a byte that is not ASCII: the length of the valid sequence it starts, or 0 when it starts an invalid one,
// whose maximal subpart (what one U+FFFD replaces) is then `bad` bytes long.
int sequence_at(std::string_view in, std::size_t i, std::size_t& bad) {
  const auto b = static_cast<unsigned char>(in[i]);
  // Bounds for the second byte follow the WHATWG decoder, which rejects overlongs and surrogates early.
  int need = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (b >= 0xC2 && b <= 0xDF) need = 1;
  else if (b >= 0xE0 && b <= 0xEF) { need = 2; if (b == 0xE0) lo = 0xA0; if (b == 0xED) hi = 0x9F; }
  else if (b >= 0xF0 && b <= 0xF4) { need = 3; if (b == 0xF0) lo = 0x90; if (b == 0xF4) hi = 0x8F; }
  else { bad = 1; return 0; }
  std::size_t j = i + 1;
  int got = 0;
  while (got < need && j < in.size()) {
    const auto c = static_cast<unsigned char>(in[j]);
    if (c < lo || c > hi) break;
    lo = 0x80; hi = 0xBF;
    ++j; ++got;
  }
  bad = j - i;
  return got == need ? need + 1 : 0;
}

}  // namespace

std::size_t valid_prefix(std::string_view in, std::size_t from) {
  std::size_t i = from;
  const std::size_t n = in.size();
  while (i < n) {
    // Runs of ASCII, eight bytes at a time.
    for (uint64_t w; i + 8 <= n && (std::memcpy(&w, in.data() + i, 8), (w & 0x8080808080808080ULL) == 0);) i += 8;
    while (i < n && static_cast<unsigned char>(in[i]) < 0x80) ++i;
    if (i == n) break;
    std::size_t bad;
    const int len = sequence_at(in, i, bad);
    if (len == 0) break;
    i += static_cast<std::size_t>(len);
  }
  return i;
}

std::string repair_utf8(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  for (std::size_t i = 0;;) {
    const std::size_t valid = valid_prefix(in, i);
    out.append(in.substr(i, valid - i));
    if (valid == in.size()) break;
    std::size_t bad;
    sequence_at(in, valid, bad);
    append_utf8(out, kReplacement);
    i = valid + bad;
  }
  return out;
}

std::vector<uint32_t> utf16_offsets(std::string_view s) {
  std::vector<uint32_t> u16(s.size() + 1);
  uint32_t pos = 0;
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {  // a run of ASCII counts up by one per byte, in a loop the compiler vectorises
      std::size_t end = i + 1;
      while (end < s.size() && static_cast<unsigned char>(s[end]) < 0x80) ++end;
      for (std::size_t k = i; k < end; ++k) u16[k] = pos + static_cast<uint32_t>(k - i);
      pos += static_cast<uint32_t>(end - i);
      i = end;
      continue;
    }
    const int len = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
    for (int k = 0; k < len && i + k < s.size(); ++k) u16[i + k] = pos;
    pos += len == 4 ? 2 : 1;
    i += len;
  }
  u16[s.size()] = pos;
  return u16;
}

}  // namespace newsmark::text
