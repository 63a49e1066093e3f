#include "text/folded_words.h"

#include <cstring>

#include "text/fold.h"

namespace newsmark::text {
namespace {

// Whether folding changes s: an ASCII capital, or a Latin-1 capital (C3 80..C3 9E but C3 97, as fold_char reads it).
bool has_capital_slow(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (static_cast<unsigned>(c - 'A') < 26u) return true;
    if (c == 0xC3 && i + 1 < s.size()) {
      const auto b = static_cast<unsigned char>(s[i + 1]);
      if (b >= 0x80 && b <= 0x9E && b != 0x97) return true;
    }
  }
  return false;
}

// The same, eight ASCII bytes at a time while eight bytes are there to read (most tokens): two additions set the high
// bit of a byte at 'A' and past 'Z', so their difference marks A-Z.
bool has_capital(std::string_view text, std::size_t b, std::size_t e) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  if (e - b == 1) return static_cast<unsigned>(text[b] - 'A') < 26u;  // punctuation, mostly
  for (std::size_t i = b; i < e; i += 8) {
    // Past the end of the text, or beyond ASCII: byte by byte (from b, so a Latin-1 pair is never split).
    if (i + 8 > text.size()) return has_capital_slow(text.substr(i, e - i));
    uint64_t w;
    std::memcpy(&w, text.data() + i, 8);
    if (e - i < 8) w &= (uint64_t{1} << ((e - i) * 8)) - 1;  // the token's bytes only (little-endian)
    if (w & kHigh) return has_capital_slow(text.substr(b, e - b));
    if (((w + (0x80 - 'A') * kOnes) ^ (w + (0x80 - 'Z' - 1) * kOnes)) & kHigh) return true;
  }
  return false;
}

}  // namespace

FoldedWords::FoldedWords(std::string_view norm, std::vector<Token>& tokens) {
  const std::size_t n = tokens.size();
  // First which tokens change and how many bytes their copies take, so each array is allocated once, to size.
  changed_.assign((n >> 6) + 1, 0);
  rank_.resize((n >> 6) + 1);
  uint32_t changed = 0;
  std::size_t bytes = 0;
  for (std::size_t t = 0; t < n; ++t) {
    if ((t & 63) == 0) rank_[t >> 6] = changed;
    Token& tok = tokens[t];
    const uint32_t b = tok.begin, e = tok.end;
    if (!has_capital(norm, b, e)) continue;
    tok.folds = true;
    changed_[t >> 6] |= uint64_t{1} << (t & 63);
    ++changed;
    bytes += e - b;
  }
  if ((n & 63) == 0) rank_[n >> 6] = changed;
  offset_.resize(changed);
  copies_.resize(bytes);
  std::size_t at = 0;
  uint32_t k = 0;
  for (std::size_t blk = 0; blk < changed_.size(); ++blk)
    for (uint64_t bits = changed_[blk]; bits != 0; bits &= bits - 1) {
      const Token& tok = tokens[(blk << 6) + static_cast<std::size_t>(__builtin_ctzll(bits))];
      const uint32_t b = tok.begin, e = tok.end;
      offset_[k++] = static_cast<uint32_t>(at);
      fold_into(norm.substr(b, e - b), copies_.data() + at);
      at += e - b;
    }
}

}  // namespace newsmark::text
