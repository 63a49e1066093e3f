// Refiner: where candidates overlap the longest wins (`the third quarter of 2009` over `2009`); on a tie the earlier
// recogniser wins. Empty candidates left by merging are dropped.
#include <algorithm>
#include <numeric>

#include "recognise/dates/internal.h"

namespace newsmark::dates {

void remove_overlaps(const Ctx& c, std::vector<Cand>& cands) {
  std::vector<uint32_t> order(cands.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(),
                   [&](uint32_t a, uint32_t b) { return cands[a].e - cands[a].b > cands[b].e - cands[b].b; });
  std::vector<uint8_t> taken(c.n + 1, 0);
  std::vector<uint8_t> keep(cands.size(), 0);
  for (uint32_t i : order) {
    const Cand& k = cands[i];
    if (k.e <= k.b || k.e > c.n) continue;
    bool free = true;
    for (uint32_t t = k.b; t < k.e && free; ++t) free = !taken[t];
    if (!free) continue;
    for (uint32_t t = k.b; t < k.e; ++t) taken[t] = 1;
    keep[i] = 1;
  }
  std::vector<Cand> out;
  out.reserve(cands.size());
  for (std::size_t i = 0; i < cands.size(); ++i)
    if (keep[i]) out.push_back(std::move(cands[i]));
  std::stable_sort(out.begin(), out.end(), [](const Cand& a, const Cand& b) { return a.b < b.b; });
  cands = std::move(out);
}

}  // namespace newsmark::dates
