// Reported content whose source the text does not name (PolNeAR's unsourced attributions): a question put to someone by
// an unnamed asker ("Asked whether he would run, …"), a hedge ("the campaign appeared to retreat"), an expectation
// ("Sanders is expected to win") and hearsay ("Cruz reportedly left"). Their words are core/data/reported-unsourced.tsv.
#pragma once
#include <vector>

#include "quotes/reported.h"

namespace newsmark::quotes::reported {

// Questions with a passive "asked" in `sent`, into `out`; their tokens are marked in `taken` so that the frame around
// them ("Asked …, Trump said no") does not report the question as its own clause. "Asked by X" names X.
void find_questions(const QuoteContext& c, const text::TokenRange& sent, std::vector<bool>& taken,
                    std::vector<Reported>& out);

// A passive of expectation at k ("Sanders is expected to win"): its subject is what is expected, not who expects.
bool passive_expectation(const text::Document& doc, const text::TokenRange& sent, uint32_t k);

// Hedged, expected and hearsay clauses of `sent` lying outside every quotation and clause already in `taken`.
void find_hedges(const QuoteContext& c, const text::TokenRange& sent, const std::vector<bool>& taken,
                 std::vector<Reported>& out);

}  // namespace newsmark::quotes::reported
