// Refiner: where candidates overlap the longest wins (`the third quarter of 2009` over `2009`); on a tie the earlier
// recogniser wins. Empty candidates left by merging are dropped. Candidates come sorted by their first token, so the
// choice is made within each run of overlapping candidates: linear in the text.
#include <algorithm>

#include "recognise/dates/internal.h"
#include "util/sort_by.h"
#include "util/small.h"

namespace newsmark::dates {

void remove_overlaps(const Ctx& c, std::vector<Cand>& cands) {
  sort_by_begin(cands);
  std::vector<uint8_t> keep(cands.size(), 0);
  std::vector<uint32_t> run;
  std::vector<uint8_t> taken;
  for (std::size_t i = 0; i < cands.size();) {
    // One run: candidates that overlap, directly or through each other.
    run.clear();
    uint32_t lo = cands[i].b, hi = cands[i].e;
    std::size_t j = i;
    for (; j < cands.size() && (j == i || cands[j].b < hi); ++j) {
      if (cands[j].e <= cands[j].b || cands[j].e > c.n) continue;
      run.push_back(static_cast<uint32_t>(j));
      hi = std::max(hi, cands[j].e);
    }
    i = j;
    if (run.empty()) continue;
    util::stable_sort_by(run, [&](uint32_t a) { return UINT32_MAX - (cands[a].e - cands[a].b); });  // longest first
    taken.assign(hi - lo, 0);
    for (uint32_t k : run) {
      bool free = true;
      for (uint32_t t = cands[k].b; t < cands[k].e && free; ++t) free = !taken[t - lo];
      if (!free) continue;
      for (uint32_t t = cands[k].b; t < cands[k].e; ++t) taken[t - lo] = 1;
      keep[k] = 1;
    }
  }
  std::size_t w = 0;
  for (std::size_t r = 0; r < cands.size(); ++r)
    if (keep[r]) {
      if (w != r) cands[w] = std::move(cands[r]);
      ++w;
    }
  cands.resize(w);
}

}  // namespace newsmark::dates

#include "util/small_end.h"
