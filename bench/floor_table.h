// The floor of a one-pass classifier: an open-addressing table from folded words to a small class id, built from a
// document's own words outside the timing, so `lookup/<file>` times exactly one hash and probe per token.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "text/document.h"

namespace bench {

class FloorTable {
 public:
  explicit FloorTable(const newsmark::text::Document& doc) {
    std::size_t size = 1024;
    while (size < doc.tokens.size()) size <<= 1;  // at most half full: distinct words are far fewer than tokens
    slots_.resize(size * 2);
    for (std::size_t t = 0; t < doc.tokens.size(); ++t) {
      const auto w = doc.folded_word(t);
      Slot& s = probe(w);
      if (s.word.empty()) s = {w, static_cast<uint32_t>(t % 7 + 1)};
    }
  }
  // The class id of w, 0 when absent.
  uint32_t find(std::string_view w) const { return const_cast<FloorTable*>(this)->probe(w).id; }

 private:
  struct Slot {
    std::string_view word;
    uint32_t id = 0;
  };
  Slot& probe(std::string_view w) {
    uint64_t h = 14695981039346656037ULL;  // FNV-1a
    for (const char c : w) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask)
      if (slots_[i].word.empty() || slots_[i].word == w) return slots_[i];
  }
  std::vector<Slot> slots_;
};

}  // namespace bench
