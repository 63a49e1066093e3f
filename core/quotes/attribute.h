// Attribution as an ordered list of sieves (after CoreNLP's quote attributor): each sieve looks only at quotes still
// without a speaker and stamps its name on those it resolves.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "quotes/find.h"
#include "quotes/source.h"
#include "text/document.h"

namespace newsmark::quotes {

struct Attribution {
  Phrase source;              // the in-text mention next to the cue
  uint32_t cue_begin = 0, cue_end = 0;  // the cue's tokens; empty when there is none (continuation)
  int32_t person = -1;        // the person entity the source refers to, or -1
  std::string_view rule;      // the sieve that decided; empty while unresolved
  double confidence = 0;
  bool resolved() const { return !rule.empty(); }
};

struct QuoteContext {
  const text::Document& doc;
  const std::vector<Span>& spans;
  const std::vector<int32_t>& token_person;  // person entity of each token (names, titles, resolved pronouns) or -1
  std::vector<uint32_t> sentence_of;         // sentence index of each token
};

// Runs the sieves in order; returns one Attribution per span.
std::vector<Attribution> attribute(const QuoteContext& ctx);

}  // namespace newsmark::quotes
