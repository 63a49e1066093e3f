// The hash every word look-up starts from, of the word's bytes alone: a document hashes each token once (as written and
// folded: Document::word_hash, folded_hash) and every table mixes its own tag in (lexicon/key_table.h), so no stage
// rehashes a token.
#pragma once
#include <cstdint>
#include <cstring>
#include <string_view>

// Under Clang (the wasm build) the hash and a table's probe loop keep one copy each: inlined at every look-up, they
// cost the page's download more than the calls cost its speed. Natively they stay inline.
#ifdef __clang__
#define NEWSMARK_ONE_COPY [[gnu::noinline]]
#else
#define NEWSMARK_ONE_COPY
#endif

namespace newsmark::text {

namespace word_hash_steps {
inline uint64_t start(std::size_t n) { return n * 0x9E3779B97F4A7C15ULL; }
inline uint64_t chunk(uint64_t h, uint64_t w) {
  h = (h ^ w) * 0xBF58476D1CE4E5B9ULL;
  return h ^ (h >> 31);
}
// The last 1..7 bytes, zero-padded to a word: the same value whether read byte-wise here or by a masked load.
inline uint64_t tail(uint64_t h, uint64_t w) { return (h ^ w) * 0x94D049BB133111EBULL; }
inline uint32_t finish(uint64_t h) { return static_cast<uint32_t>((h ^ (h >> 29)) >> 32); }
}  // namespace word_hash_steps

// A 32-bit hash of s; not for untrusted keys' worst case, only for spreading words. Reads the bytes eight at a time.
NEWSMARK_ONE_COPY inline uint32_t word_hash(std::string_view s) {
  using namespace word_hash_steps;
  uint64_t h = start(s.size());
  const char* p = s.data();
  std::size_t n = s.size();
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = chunk(h, w);
  }
  if (n > 0) {
    // Without a variable-length copy: two overlapping 4-byte loads, or three bytes, each put where it belongs (a byte
    // read twice lands on itself).
    uint64_t w;
    if (n >= 4) {
      uint32_t lo, hi;
      std::memcpy(&lo, p, 4);
      std::memcpy(&hi, p + n - 4, 4);
      w = static_cast<uint64_t>(hi) << ((n - 4) * 8) | lo;
    } else {
      w = static_cast<uint64_t>(static_cast<unsigned char>(p[0])) |
          static_cast<uint64_t>(static_cast<unsigned char>(p[n >> 1])) << ((n >> 1) * 8) |
          static_cast<uint64_t>(static_cast<unsigned char>(p[n - 1])) << ((n - 1) * 8);
    }
    h = tail(h, w);
  }
  return finish(h);
}

// word_hash of text[b, e) (1 to 8 bytes) given its bytes as one zero-padded little-endian word: how a document hashes
// most tokens, by one masked load.
inline uint32_t word_hash_of_word(uint64_t w, std::size_t n) {
  using namespace word_hash_steps;
  return n == 8 ? finish(chunk(start(8), w)) : finish(tail(start(n), w));
}

}  // namespace newsmark::text
