#include "lexicon/gazetteer.h"

#include "text/normalize.h"
#include "text/token.h"

namespace newsmark::lexicon {

std::string fold(std::string_view s) {
  std::string out(s);
  for (std::size_t i = 0; i < out.size(); ++i) {
    auto& c = out[i];
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c + 32);
    } else if (static_cast<unsigned char>(c) == 0xC3 && i + 1 < out.size()) {
      // Latin-1 capitals U+00C0..U+00DE (but U+00D7) are C3 80..C3 9E; their small forms are 0x20 higher.
      auto& n = out[i + 1];
      const auto b = static_cast<unsigned char>(n);
      if (b >= 0x80 && b <= 0x9E && b != 0x97) n = static_cast<char>(b + 0x20);
      ++i;
    }
  }
  return out;
}

void Gazetteer::add(std::string_view phrase, uint32_t value, Case c) {
  const auto norm = text::normalize(phrase);
  const auto toks = text::tokenize(norm.s);
  if (toks.empty()) return;
  uint32_t node = c == Case::kFold ? 1 : 0;
  for (const auto& t : toks) {
    std::string word(std::string_view(norm.s).substr(t.begin, t.end - t.begin));
    if (c == Case::kFold) word = fold(word);
    const uint32_t next = child(node, word);
    if (next) {
      node = next;
      continue;
    }
    const std::string& owned = arena_.emplace_back(std::move(word));
    const auto id = static_cast<uint32_t>(values_.size());
    values_.emplace_back();
    edges_.emplace(Key{node, owned}, id);
    node = id;
  }
  auto& v = values_[node];
  if (v.empty()) ++phrases_;
  for (uint32_t x : v)
    if (x == value) return;
  v.push_back(value);
}

uint32_t Gazetteer::child(uint32_t parent, std::string_view token) const {
  const auto it = edges_.find(Key{parent, token});
  return it == edges_.end() ? 0 : it->second;
}

Gazetteer::Match Gazetteer::walk(const text::Document& doc, std::size_t t, uint32_t root) const {
  Match best;
  uint32_t node = root;
  std::string folded;
  for (std::size_t i = t; i < doc.tokens.size(); ++i) {
    // A phrase never runs across a paragraph break.
    if (i > t && doc.tokens[i].has(text::kLineBefore)) break;
    std::string_view w = doc.word(i);
    if (root == 1) {
      folded = fold(w);
      w = folded;
    }
    node = child(node, w);
    if (!node) break;
    if (!values_[node].empty()) best = Match{static_cast<uint32_t>(i - t + 1), values_[node]};
  }
  return best;
}

Gazetteer::Match Gazetteer::longest(const text::Document& doc, std::size_t t) const {
  const Match exact = walk(doc, t, 0);
  const Match folded = walk(doc, t, 1);
  return folded.tokens > exact.tokens ? folded : exact;
}

std::span<const uint32_t> Gazetteer::find(std::string_view token) const {
  if (const uint32_t n = child(0, token); n && !values_[n].empty()) return values_[n];
  if (const uint32_t n = child(1, fold(token)); n && !values_[n].empty()) return values_[n];
  return {};
}

}  // namespace newsmark::lexicon
