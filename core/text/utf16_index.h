// Byte offsets in valid UTF-8 to UTF-16 indices without a table per byte: the count of UTF-16 code units before every
// 64th byte, and the bytes since counted eight at a time, so the index costs 1/16 byte per text byte (nothing for
// ASCII text) and a look-up reads at most 63 bytes.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

namespace newsmark::text {

class Utf16Index {
 public:
  Utf16Index() = default;
  explicit Utf16Index(std::string_view s);

  // The UTF-16 index of the character that holds byte b of s (the text it was built from); of s.size(), the length.
  uint32_t at(std::string_view s, uint32_t b) const;

  std::size_t memory_bytes() const { return blocks_.capacity() * sizeof(uint32_t); }

 private:
  static constexpr unsigned kBlockBits = 6;
  std::vector<uint32_t> blocks_;  // code units before byte k << kBlockBits; empty when the text is ASCII
};

}  // namespace newsmark::text
