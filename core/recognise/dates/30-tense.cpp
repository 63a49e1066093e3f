// The direction a date's sentence points, from the nearest tense cue to the date in the same sentence: future cues
// (will, 'll, going to, expected, is to: dates-cues.tsv) or past ones (was, had, ago, and verbs in -ed; reporting
// verbs and -ed words count as weaker, as if twice as far away).
#include <algorithm>
#include <iterator>

#include "recognise/dates/internal.h"
#include "util/small.h"

namespace newsmark::dates {

namespace {
constexpr int8_t kWeakPast = -3;  // a word in -ed: a past cue only where the sentence has no listed cue
constexpr int8_t kIntent = 4;     // `plans to`: future, and weak for the dates before it (`In May, it announced plans to`)

int8_t cue(const Ctx& c, std::size_t t) {
  if (c.doc.tokens[t].kind != text::TokenKind::Word) return 0;
  const Word* w = c.at(t);
  const auto s = c.w(t);
  const bool ed = !w && s.size() >= 5 && s.ends_with("ed") && !c.cap(t) && s.find('-') == std::string_view::npos;
  if (!w && !ed) return s.size() > 3 && s.ends_with("'ll") ? 1 : 0;
  const Word* before = t > 0 ? c.at(t - 1) : nullptr;
  const bool be_before = before && before->be_form;
  const bool to_after = c.is(t + 1, "to");
  // `had been due to expire`, `had planned to`: what was to come then lies in the past now.
  const bool been_before = t > 0 && c.is(t - 1, "been");  // `has been set to`: `been` is no be-form for the -ed rule
  const bool had_before = (t > 0 && c.is(t - 1, "had")) || (t > 1 && c.is(t - 2, "had") && been_before);
  const int8_t ahead = had_before ? -1 : 1;
  if (w && w->intent && to_after) return had_before ? -1 : kIntent;  // set to resume, plans to visit
  if ((be_before || (w && w->be_form)) && to_after) return ahead;  // is to resume, is set to, are due to
  if (been_before && to_after && w && w->tense == 1) return ahead;   // had been due to
  if (w) {
    if (!w->tense || w->tense == 2) return 0;
    if (w->tense == 1 && to_after) return ahead;
    if (be_before && w->tense < 0) return 0;  // will be held, is made: a participle, no past
    return w->tense == 3 ? kWeakPast : w->tense;
  }
  // A verb in -ed, unless a participle after `be` (`is expected`) or an adjective (`a still unspecified date`).
  if (be_before || (before && before->modifier_before)) return 0;
  return kWeakPast;
}
bool subordinator(const Ctx& c, std::size_t t) {
  const Word* w = c.at(t);
  return w && w->clause;
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
      // An intent cue stands at its `to`, nearer the dates it governs (`did not plan to close it on Friday`).
      if (const int8_t d = cue(c, t)) cues.emplace_back(d == kIntent ? t + 1 : t, d);
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
          out[k] = back->second == kIntent ? 1 : back->second;
        }
      }
      while (it != cues.end() && it->first < d.e) ++it;
      // Looking forward, a clause opened by `that` or `because` has its own tense (`announced on Friday that it
      // intends to`).
      const auto bound = std::lower_bound(bounds.begin(), bounds.end(), d.e);
      const uint32_t stop = bound == bounds.end() ? s.end : *bound;
      for (; it != cues.end() && it->first < stop && it->first - d.e + 1 < best; ++it) {
        const bool weak = it->second == kWeakPast || it->second == kIntent;
        const uint32_t dist = (it->first - d.e + 1) * (weak ? 2 : 1);
        if (dist < best) {
          best = dist;
          out[k] = it->second == kIntent ? 1 : it->second;
        }
      }
      if (out[k] == kWeakPast) out[k] = -1;
      // `through January`, `until March`: a month that bounds a span says nothing of the verb's tense (`extended
      // loans through January`, `sales this year through August`): the nearer one is meant.
      if (d.m && !d.y && !d.explicit_shift && d.b > 0 &&
          (c.is(d.b - 1, "through") || c.is(d.b - 1, "until") || c.is(d.b - 1, "till")))
        out[k] = 0;
      // `Wednesday's ruling`: a day named for what happened on it lies behind.
      if (d.wd && d.e < c.n && c.doc.tokens[d.e].kind == text::TokenKind::Possessive) out[k] = -1;
    }
  }
  return out;
}

}  // namespace newsmark::dates

#include "util/small_end.h"
