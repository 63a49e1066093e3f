#include "quotes/reported_headline.h"

#include <algorithm>
#include <string_view>

#include "lexicon/function_words.h"
#include "quotes/cues.h"
#include "quotes/reported_clause.h"
#include "quotes/reported_words.h"
#include "util/small.h"

namespace newsmark::quotes::reported {
namespace {

constexpr uint32_t kMaxSourceWords = 4;  // "Wash Post Fact-Check", "Clinton camp", "Dr. Ben Carson"

}  // namespace

bool headline_source(const text::Document& doc, uint32_t b, uint32_t colon) {
  const WordMatch kicker = reported_word(doc, b);
  if (!doc.tokens[b].has(text::kCapitalized) || determiner(doc.folded_word(b)) ||
      ((kicker.roles & kKicker) && kicker.tokens == colon - b))
    return false;
  // "BUSTED: …", "WATCH: …": a word all in capitals is a kicker, not a name.
  for (uint32_t t = b; t < colon; ++t) {
    const auto w = doc.word(t);
    if (w.size() > 3 && std::none_of(w.begin(), w.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; })) return false;
  }
  return true;
}

void find_headline_claim(const QuoteContext& c, const std::vector<bool>& taken, std::vector<Reported>& out) {
  const auto& doc = c.doc;
  if (doc.paragraphs.empty()) return;
  const auto& line = doc.paragraphs.front();
  uint32_t colon = line.begin;
  while (colon < line.end && doc.word(colon) != ":") ++colon;
  if (colon >= line.end || colon == line.begin) return;
  const uint32_t b = line.begin;
  if (word_count(doc, b, colon) > kMaxSourceWords || !headline_source(doc, b, colon)) return;
  const uint32_t e = trim_end(doc, colon + 1, line.end);
  if (word_count(doc, colon + 1, e) < kMinClauseWords) return;
  for (uint32_t t = b; t < line.end; ++t)
    if (taken[t]) return;  // a quoted word makes the line a quotation's headline, found with the quotes
  out.push_back({colon + 1, e, attributed(c, QuoteRule::Colon, Phrase{b, colon, false}, colon, colon + 1)});
}

}  // namespace newsmark::quotes::reported

#include "util/small_end.h"
