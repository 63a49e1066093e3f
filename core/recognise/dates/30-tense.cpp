// The direction a date's sentence points, from the nearest tense cue to the date in the same sentence: future cues
// (will, 'll, going to, next, expected: dates-cues.tsv) or past ones (said, was, ago, last, and verbs in -ed).
#include <algorithm>
#include <iterator>

#include "recognise/dates/internal.h"

namespace newsmark::dates {

namespace {
constexpr int8_t kWeakPast = -3;  // a word in -ed: a past cue only where the sentence has no listed cue

int8_t cue(const Ctx& c, std::size_t t) {
  if (c.doc.tokens[t].kind != text::TokenKind::Word) return 0;
  const bool be_before = t > 0 && (c.is(t - 1, "is") || c.is(t - 1, "are") || c.is(t - 1, "be") || c.is(t - 1, "am"));
  if (be_before && c.is(t + 1, "to")) return 1;  // is set to, are due to
  if ((c.is(t, "is") || c.is(t, "are")) && c.is(t + 1, "to")) return 1;  // is to resume
  if (const Word* w = c.at(t); w && w->tense) {
    if (be_before && w->tense < 0) return 0;  // will be held, is made: a participle, no past
    return w->tense == 2 ? 0 : w->tense == 3 ? kWeakPast : w->tense;
  }
  const auto s = c.w(t);
  if (s.size() > 3 && s.ends_with("'ll")) return 1;
  if (s.size() >= 5 && s.ends_with("ed") && !c.cap(t) && s.find('-') == std::string_view::npos) {
    // `is expected`, `are based`: a participle after a present-tense `be` is no past.
    if (be_before) return 0;
    if (t > 0 && (c.is(t - 1, "a") || c.is(t - 1, "an") || c.is(t - 1, "the") || c.is(t - 1, "its") ||
                  c.is(t - 1, "their") || c.is(t - 1, "still") || c.is(t - 1, "very") || c.is(t - 1, "well") ||
                  c.is(t - 1, "more") || c.is(t - 1, "most") || c.is(t - 1, "newly")))
      return 0;
    return kWeakPast;
  }
  return 0;
}
bool subordinator(const Ctx& c, std::size_t t) {
  return c.is(t, "that") || c.is(t, "because") || c.is(t, "which") || c.is(t, "who") || c.is(t, "while") ||
         c.is(t, "but") || c.is(t, "although") || c.is(t, "after") || c.is(t, "before");
}
}  // namespace

std::vector<int8_t> tenses(const Ctx& c, const std::vector<Cand>& cands) {
  std::vector<int8_t> out(cands.size(), 0);
  std::vector<std::pair<uint32_t, int8_t>> cues;
  std::vector<uint32_t> bounds;  // tokens that open a subordinate clause
  std::size_t k = 0;
  for (const auto& s : c.doc.sentences) {
    while (k < cands.size() && cands[k].b < s.begin) ++k;
    if (k >= cands.size()) break;
    if (cands[k].b >= s.end) continue;
    cues.clear();
    bounds.clear();
    for (uint32_t t = s.begin; t < s.end; ++t) {
      if (const int8_t d = cue(c, t)) cues.emplace_back(t, d);
      if (subordinator(c, t)) bounds.push_back(t);
    }
    for (; k < cands.size() && cands[k].b < s.end; ++k) {
      const Cand& d = cands[k];
      // The nearest cue on either side, outside the date itself (cues are in token order).
      auto it = std::lower_bound(cues.begin(), cues.end(), std::make_pair(d.b, int8_t{-4}));
      uint32_t best = UINT32_MAX;
      // Look back over at most a few cues: a weak one may stand nearer than the strong one behind it.
      for (auto back = it; back != cues.begin() && d.b - std::prev(back)->first < 2 * best;) {
        --back;
        const uint32_t dist = (d.b - back->first) * (back->second == kWeakPast ? 2 : 1);
        if (dist < best) {
          best = dist;
          out[k] = back->second;
        }
      }
      while (it != cues.end() && it->first < d.e) ++it;
      // Looking forward, a clause opened by `that` or `because` has its own tense (`announced on Friday that it
      // intends to`).
      const auto bound = std::lower_bound(bounds.begin(), bounds.end(), d.e);
      const uint32_t stop = bound == bounds.end() ? s.end : *bound;
      for (; it != cues.end() && it->first < stop && it->first - d.e + 1 < best; ++it) {
        const uint32_t dist = (it->first - d.e + 1) * (it->second == kWeakPast ? 2 : 1);
        if (dist < best) {
          best = dist;
          out[k] = it->second;
        }
      }
      if (out[k] == kWeakPast) out[k] = -1;
      // `Wednesday's ruling`: a day named for what happened on it lies behind.
      if (d.wd && d.e < c.n && c.doc.tokens[d.e].kind == text::TokenKind::Possessive) out[k] = -1;
    }
  }
  return out;
}

}  // namespace newsmark::dates
