// Reported speech without quotation marks (kind `indirect`): "Mr X said next week's talks were a chance…" marks the
// reported clause, "The ambassador was among the injured, a local TV said." the clause before an inverted frame.
#pragma once
#include <vector>

#include "quotes/attribute.h"

namespace newsmark::quotes {

struct Reported {
  uint32_t begin = 0, end = 0;  // the reported clause, in tokens
  Attribution attribution;
};

// `covered[t]` is true for tokens inside a quotation already found; sentences mostly quoted are left to those quotes.
std::vector<Reported> find_reported(const QuoteContext& ctx, const std::vector<bool>& covered);

}  // namespace newsmark::quotes
