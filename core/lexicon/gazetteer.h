// Phrases of one or more tokens, each mapped to caller-defined values, matched over a document's tokens with the
// longest phrase winning. Recognisers build one from their core/data lists at first use.
#pragma once
#include <algorithm>
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/key_table.h"
#include "text/document.h"

namespace newsmark::lexicon {

// kExact matches the phrase as written (US, not us); kFold matches it in any letter case (nato, Nato, NATO).
enum class Case : uint8_t { kExact, kFold };

// Lower-cases ASCII and Latin-1 letters, which is all the folding news names need.
std::string fold(std::string_view s);

// Whether s is one ASCII word (a letter, then letters and digits), which the tokenizer would keep as one token.
bool plain_word(std::string_view s);

// Whether s is plain words (plain_word) separated by single spaces, which the tokenizer would cut at the spaces.
bool plain_phrase(std::string_view s);

// Calls f on each part of s between single spaces.
template <typename F>
void for_each_word(std::string_view s, F&& f) {
  for (std::size_t start = 0;;) {
    const auto sp = s.find(' ', start);
    f(s.substr(start, sp == std::string_view::npos ? std::string_view::npos : sp - start));
    if (sp == std::string_view::npos) return;
    start = sp + 1;
  }
}

class Gazetteer {
 public:
  struct Match {
    uint32_t tokens = 0;                 // how many tokens the phrase covers; 0 when none starts here
    std::span<const uint32_t> values;    // the values added for that phrase
  };

  // The phrase is tokenised and normalised like the text, so "Russia’s" and "Russia's" are the same phrase. A token
  // over 64 bytes never matches a folded entry (see Folded); no list comes near that.
  void add(std::string_view phrase, uint32_t value, Case c = Case::kExact);

  // The longest phrase starting at token t (exact and folded entries both tried; exact wins a tie). Inline, so that
  // the filters turn most tokens away without a call: the quote stage asks this of every token for its cue verbs.
  Match longest(const text::Document& doc, std::size_t t) const {
    const Match exact = may_start(0, doc, t) ? walk(doc, t, 0) : Match{};
    const Match folded = may_start(1, doc, t) ? walk(doc, t, 1) : Match{};
    return folded.tokens > exact.tokens ? folded : exact;
  }

  // Values of a one-token phrase, for parts of a token (the "Russia" in "Nato-Russia").
  std::span<const uint32_t> find(std::string_view token) const;
  // The same for token t of doc, from the hashes the document holds.
  std::span<const uint32_t> find(const text::Document& doc, std::size_t t) const;

  // Makes room for about words words in all the phrases to come (of about bytes bytes), so that reading a list
  // grows no table on the way.
  void reserve(std::size_t words, std::size_t bytes) {
    edges_.reserve(words, bytes);
    nodes_.reserve(words + 2);
    pool_.reserve(words);
  }

  std::size_t size() const { return phrases_; }
  // Tokens in the longest phrase added, so a caller may store a match's length in a narrow field.
  uint32_t max_tokens() const { return max_tokens_; }

 private:
  // Node 0 is the exact root, node 1 the folded root; edges are keyed by (parent node, token).
  uint32_t child(uint32_t parent, std::string_view token) const { return edges_.find(parent, token); }
  // Most tokens start no phrase: a bit per (first byte, length) of the roots' tokens turns them away unhashed.
  bool may_start(uint32_t root, std::string_view token) const {
    return !token.empty() && may_start(root, token[0], token.size());
  }
  bool may_start(uint32_t root, char first, std::size_t len) const {
    return root_lens_[root][static_cast<unsigned char>(first)] >> std::min<std::size_t>(len, 63) & 1;
  }
  // The same for token t of doc, as written (root 0) or folded (root 1), without finding its folded copy.
  bool may_start(uint32_t root, const text::Document& doc, std::size_t t) const {
    const auto& tok = doc.tokens[t];
    return may_start(root, root == 1 ? doc.folded_first(t) : doc.norm.s[tok.begin], tok.end - tok.begin);
  }
  // The edge from node by token i of doc, as written (root 0's side) or folded (root 1's).
  uint32_t child(uint32_t node, const text::Document& doc, std::size_t i, uint32_t root) const {
    return root == 1 ? edges_.find_hashed(node, doc.folded_hash(i), doc.folded_word(i))
                     : edges_.find_hashed(node, doc.word_hash(i), doc.word(i));
  }
  // The walk from a root whose filter let token t through.
  Match walk(const text::Document& doc, std::size_t t, uint32_t root) const;
  // The node reached from node by one word of a phrase being added, created if new.
  uint32_t step(uint32_t node, std::string_view word, Case c);

  // Each node's values, contiguous in one pool: a vector per node was an allocation per word at start-up.
  struct Values {
    uint32_t begin = 0, count = 0;  // in pool_
    uint32_t children = 0;          // edges from the node: a walk stops at a node without any, unhashed
  };
  std::span<const uint32_t> values(uint32_t node) const { return {pool_.data() + nodes_[node].begin, nodes_[node].count}; }
  // Adds value to node's values unless it is there; a node whose values are not last in the pool moves them there.
  void append(uint32_t node, uint32_t value);
  std::vector<Values> nodes_ = {{}, {}};
  std::vector<uint32_t> pool_;
  KeyTable edges_;
  std::array<std::array<uint64_t, 256>, 2> root_lens_{};
  std::size_t phrases_ = 0;
  uint32_t max_tokens_ = 0;
};

}  // namespace newsmark::lexicon
