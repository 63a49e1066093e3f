#include "lexicon/gazetteer.h"

#include "text/normalize.h"
#include "text/token.h"

namespace newsmark::lexicon {

std::string fold(std::string_view s) {
  std::string out(s.size(), '\0');
  fold_into(s, out.data());
  return out;
}

bool plain_word(std::string_view s) {
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (s.empty() || !letter(s[0])) return false;
  for (char c : s)
    if (!letter(c) && !(c >= '0' && c <= '9')) return false;
  return true;
}

bool plain_phrase(std::string_view s) {
  bool word_start = true;  // the next byte opens a word, which must be a letter
  for (const char c : s) {
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (c == ' ' && !word_start) {
      word_start = true;
    } else if (letter || (!word_start && c >= '0' && c <= '9')) {
      word_start = false;
    } else {
      return false;
    }
  }
  return !word_start;
}

uint32_t Gazetteer::step(uint32_t node, std::string_view word, Case c) {
  // Folded on the stack: the lists are read at start-up, where an allocation per word was a good part of the cost.
  char buf[64];
  std::string long_word;
  if (c == Case::kFold) {
    char* out = buf;
    if (word.size() > sizeof buf) {
      long_word.resize(word.size());
      out = long_word.data();
    }
    text::fold_into(word, out);
    word = std::string_view(out, word.size());
  }
  if (node <= 1 && !word.empty())
    root_lens_[node][static_cast<unsigned char>(word[0])] |= uint64_t{1} << std::min<std::size_t>(word.size(), 63);
  const auto fresh = static_cast<uint32_t>(nodes_.size());
  const uint32_t next = edges_.find_or_insert(node, word, fresh);
  if (next == fresh) {
    ++nodes_[node].children;
    nodes_.emplace_back();
  }
  return next;
}

void Gazetteer::add(std::string_view phrase, uint32_t value, Case c) {
  uint32_t node = c == Case::kFold ? 1 : 0;
  if (plain_phrase(phrase)) {
    // Most entries (given names, verbs, "New York") are plain words and single spaces, which normalising and
    // tokenising would leave as they are.
    uint32_t words = 0;
    for_each_word(phrase, [&](std::string_view w) { node = step(node, w, c), ++words; });
    max_tokens_ = std::max(max_tokens_, words);
  } else {
    const auto norm = text::normalize(phrase);
    const auto toks = text::tokenize(norm.s);
    if (toks.empty()) return;
    for (const auto& t : toks) node = step(node, std::string_view(norm.s).substr(t.begin, t.end - t.begin), c);
    max_tokens_ = std::max(max_tokens_, static_cast<uint32_t>(toks.size()));
  }
  if (nodes_[node].count == 0) ++phrases_;
  append(node, value);
}

void Gazetteer::append(uint32_t node, uint32_t value) {
  Values& v = nodes_[node];
  for (uint32_t i = v.begin; i < v.begin + v.count; ++i)
    if (pool_[i] == value) return;
  if (v.begin + v.count != pool_.size()) {
    const auto moved = static_cast<uint32_t>(pool_.size());
    for (uint32_t i = 0; i < v.count; ++i) {
      const uint32_t x = pool_[v.begin + i];
      pool_.push_back(x);
    }
    v.begin = moved;
  }
  pool_.push_back(value);
  ++v.count;
}

Gazetteer::Match Gazetteer::walk(const text::Document& doc, std::size_t t, uint32_t root) const {
  Match best;
  uint32_t node = root;
  for (std::size_t i = t; i < doc.tokens.size(); ++i) {
    // A phrase never runs across a paragraph break.
    if (i > t && doc.tokens[i].has(text::kLineBefore)) break;
    node = child(node, doc, i, root);
    if (!node) break;
    if (nodes_[node].count) best = Match{static_cast<uint32_t>(i - t + 1), values(node)};
    if (!nodes_[node].children) break;  // most phrases are one word: no look-up of the next token
  }
  return best;
}

std::span<const uint32_t> Gazetteer::find(std::string_view token) const {
  if (const uint32_t n = may_start(0, token) ? child(0, token) : 0; n && nodes_[n].count) return values(n);
  const Folded folded(token);
  if (const uint32_t n = may_start(1, folded.view()) ? child(1, folded.view()) : 0; n && nodes_[n].count)
    return values(n);
  return {};
}

std::span<const uint32_t> Gazetteer::find(const text::Document& doc, std::size_t t) const {
  for (const uint32_t root : {0u, 1u})
    if (const uint32_t n = may_start(root, doc, t) ? child(root, doc, t, root) : 0; n && nodes_[n].count)
      return values(n);
  return {};
}

}  // namespace newsmark::lexicon
