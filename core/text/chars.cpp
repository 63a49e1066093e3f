#include "text/chars.h"

#include <algorithm>
#include <array>

namespace newsmark::text {
namespace {

using chars_table::kClassSets, chars_table::kRangeClassSet, chars_table::kRangeSteps;

constexpr std::size_t kRanges = std::size(kRangeSteps);
constexpr char32_t kDirect = 0x800;  // Latin, Greek, Cyrillic, Hebrew and Arabic without a search

uint16_t class_in_range(std::size_t k, char32_t start, char32_t c) {
  uint16_t set = kClassSets[kRangeClassSet[k]];
  if (set & kAlternates) set = ((c - start) & 1) ? set ^ kAlternates ^ kUpper ^ kLower : set ^ kAlternates;
  return set;
}

// The range starts, summed up from their steps once (the steps are what the binary carries: they compress), and the
// classes of the first code points laid out one by one.
struct Table {
  std::array<char32_t, kRanges> starts{};
  std::array<uint16_t, kDirect> direct{};
  Table() {
    char32_t start = 0;
    for (std::size_t k = 0; k < kRanges; ++k) starts[k] = start += kRangeSteps[k];
    std::size_t k = 0;
    for (char32_t c = 0; c < kDirect; ++c) {
      while (k + 1 < kRanges && starts[k + 1] <= c) ++k;
      direct[c] = class_in_range(k, starts[k], c);
    }
  }
};

const Table& table() {
  static const Table t;
  return t;
}

}  // namespace

uint16_t char_class_beyond_ascii(char32_t c) {
  const Table& t = table();
  if (c < kDirect) return t.direct[c];
  const std::size_t k = std::upper_bound(t.starts.begin(), t.starts.end(), c) - t.starts.begin() - 1;
  return class_in_range(k, t.starts[k], c);
}

}  // namespace newsmark::text
