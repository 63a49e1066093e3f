// The passes that carry a speaker from one quote to another: signatures, pieces of one quote, adjacent quotes.
#include <algorithm>

#include "quotes/attribute.h"
#include "quotes/cues.h"
#include "util/small.h"

namespace newsmark::quotes::sieve {
namespace {

// The attribution of another quote, taken over by `sieve` and no surer than its confidence.
Attribution continued(const Attribution& from, const Sieve& sieve) {
  Attribution a = from;
  a.rule = sieve.rule;
  a.confidence = std::min(sieve.confidence, a.confidence);
  return a;
}

}  // namespace

// One pass from the end, carrying the signature of the nearest later quote in the paragraph.
void signature(const QuoteContext& c, std::vector<Attribution>& out, const Sieve& sieve) {
  int32_t signed_by = -1;
  for (std::size_t i = c.spans.size(); i-- > 0;) {
    if (i + 1 < c.spans.size() && c.spans[i + 1].paragraph != c.spans[i].paragraph) signed_by = -1;
    if (c.spans[i].embedded) continue;
    if (out[i].resolved()) {
      signed_by = out[i].rule == QuoteRule::Dash ? static_cast<int32_t>(i) : -1;
      continue;
    }
    if (signed_by >= 0) out[i] = continued(out[static_cast<std::size_t>(signed_by)], sieve);
  }
}

// Two rounds, so that a speaker found at either end reaches a piece two links away.
void pieces(const QuoteContext& c, std::vector<Attribution>& out, const Sieve& sieve) {
  for (int round = 0; round < 2; ++round) {
    for (std::size_t i = 0; i < c.spans.size(); ++i) {
      const auto& s = c.spans[i];
      if (s.continues >= 0 && !out[i].resolved() && out[s.continues].resolved())
        out[i] = continued(out[s.continues], sieve);
      if (s.continued_from >= 0 && !out[i].resolved() && out[s.continued_from].resolved())
        out[i] = continued(out[s.continued_from], sieve);
    }
  }
}

void adjacent(const QuoteContext& c, std::vector<Attribution>& out, const Sieve& sieve) {
  for (std::size_t i = 1; i < c.spans.size(); ++i) {
    if (out[i].resolved() || c.spans[i].embedded) continue;
    const auto& prev = c.spans[i - 1];
    if (prev.embedded || !out[i - 1].resolved() || prev.paragraph + 1 < c.spans[i].paragraph) continue;
    // Only a paragraph that holds nothing but quotes continues the previous speaker across a paragraph break.
    if (prev.paragraph != c.spans[i].paragraph && c.spans[i].open != c.doc.paragraphs[c.spans[i].paragraph].begin)
      continue;
    out[i] = continued(out[i - 1], sieve);
    // "“…,” Trump added. He then had a question for the crowd. “Who’s going to pay?”": the nearest mention of the
    // same speaker between the two quotes, opening its sentence, is this quote's source.
    const auto& s = c.spans[i];
    if (out[i].person < 0) continue;
    for (uint32_t t = s.open; t-- > prev.past();) {
      if (c.token_person[t] != out[i].person) continue;
      uint32_t b = t;  // the mention's first token: "Mr. Hall"
      while (b > prev.past() && c.token_person[b - 1] == out[i].person) --b;
      if (c.doc.sentence_at(b).begin != b) break;
      out[i].source = Phrase{b, t + 1, b == t && frame_word(c.doc, t) == FrameWord::Pronoun};
      break;
    }
  }
}

}  // namespace newsmark::quotes::sieve

#include "util/small_end.h"
