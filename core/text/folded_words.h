// Tokens in lower case for the many case-blind look-ups, without a folded copy of the whole text: most tokens are
// already in lower case (or have no letters), so only the others are copied, and a bit per token says which.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/token.h"

namespace newsmark::text {

class FoldedWords {
 public:
  FoldedWords() = default;
  // norm: the normalised text the tokens index. Sets each token's `folds`.
  FoldedWords(std::string_view norm, std::vector<Token>& tokens);

  // Token t folded (text/fold.h), given the token and its text: that same view unless folding changes it.
  std::string_view at(std::size_t t, const Token& token, std::string_view word) const {
    if (!token.folds) return word;
    return {copies_.data() + offset_[index(t)], word.size()};
  }
  // Among the tokens that folding changes, the place of token t (which must be one of them), in token order; so
  // another per-token fact of those tokens alone can sit in an array of count() entries.
  uint32_t index(std::size_t t) const {
    const uint64_t bit = uint64_t{1} << (t & 63);
    return rank_[t >> 6] + ones(changed_[t >> 6] & (bit - 1));
  }
  std::size_t count() const { return offset_.size(); }

  std::size_t memory_bytes() const {
    return changed_.capacity() * 8 + rank_.capacity() * 4 + offset_.capacity() * 4 + copies_.capacity();
  }

 private:
  // std::popcount is a call into libgcc on x86-64 without -mpopcnt; this is a dozen inline instructions.
  static uint32_t ones(uint64_t x) {
    x -= (x >> 1) & 0x5555555555555555ULL;
    x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
    return static_cast<uint32_t>((x * 0x0101010101010101ULL) >> 56);
  }
  std::vector<uint64_t> changed_;  // bit t & 63 of word t >> 6: folding changes token t
  std::vector<uint32_t> rank_;     // changed tokens before token k << 6
  std::vector<uint32_t> offset_;   // where each changed token's folded copy starts in copies_, in token order
  std::string copies_;
};

}  // namespace newsmark::text
