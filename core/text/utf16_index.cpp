#include "text/utf16_index.h"

#include <cstring>

namespace newsmark::text {
namespace {

constexpr uint64_t kHigh = 0x8080808080808080ULL;

// How many bytes of a mask holding at most each byte's high bit have it: one multiply, where std::popcount is a
// call into libgcc on x86-64 without -mpopcnt.
inline uint32_t high_bits(uint64_t mask) { return static_cast<uint32_t>(((mask >> 7) * 0x0101010101010101ULL) >> 56); }

// UTF-16 code units that the characters starting in s[from, to) take: one per byte that is no continuation byte
// (10xxxxxx), and one more per leading byte of a four-byte sequence (11110xxx), which becomes a surrogate pair.
uint32_t units(std::string_view s, std::size_t from, std::size_t to) {
  uint32_t n = 0;
  std::size_t i = from;
  for (uint64_t w; i + 8 <= to; i += 8) {
    std::memcpy(&w, s.data() + i, 8);
    const uint64_t continuation = w & ~(w << 1) & kHigh;
    const uint64_t four = w & (w << 1) & (w << 2) & (w << 3) & ~(w << 4) & kHigh;
    n += 8 - high_bits(continuation) + high_bits(four);
  }
  for (; i < to; ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    n += ((b & 0xC0) != 0x80) + ((b & 0xF8) == 0xF0);
  }
  return n;
}

bool all_ascii(std::string_view s) {
  std::size_t i = 0;
  for (uint64_t w; i + 8 <= s.size(); i += 8) {
    std::memcpy(&w, s.data() + i, 8);
    if (w & kHigh) return false;
  }
  for (; i < s.size(); ++i)
    if (static_cast<unsigned char>(s[i]) >= 0x80) return false;
  return true;
}

}  // namespace

Utf16Index::Utf16Index(std::string_view s) {
  if (all_ascii(s)) return;
  const std::size_t block = std::size_t{1} << kBlockBits;
  blocks_.reserve(s.size() / block + 1);
  uint32_t before = 0;
  for (std::size_t b = 0; b <= s.size(); b += block) {
    blocks_.push_back(before);
    before += units(s, b, std::min(b + block, s.size()));
  }
}

uint32_t Utf16Index::at(std::string_view s, uint32_t b) const {
  if (blocks_.empty()) return b;
  // A byte inside a character has that character's index: count up to the character's first byte.
  while (b > 0 && b < s.size() && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
  const std::size_t k = b >> kBlockBits;
  return blocks_[k] + units(s, k << kBlockBits, b);
}

}  // namespace newsmark::text
