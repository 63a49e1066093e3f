// Reported content whose source the text does not name (PolNeAR's unsourced attributions): a question put to someone by
// an unnamed asker ("Asked whether he would run, …"), a hedge ("the campaign appeared to retreat"), an expectation
// ("Sanders is expected to win") and hearsay ("Cruz reportedly left").
#pragma once
#include <cstdint>
#include <span>
#include <vector>

#include "quotes/reported.h"
#include "quotes/reported_lookups.h"

namespace newsmark::quotes::reported {

// `words` below: the stage's look-ups of every token, made once for all its scans.

// Questions with a passive "asked" in `sent`, into `out`; their tokens are marked in `taken` so that the frame around
// them ("Asked …, Trump said no") does not report the question as its own clause. "Asked by X" names X.
void find_questions(const QuoteContext& c, const text::TokenRange& sent, const ReportedLookups& words,
                    std::vector<bool>& taken, std::vector<Reported>& out);

// Where what is asked starts after an active "asked" with its object at `b` ("asked the senator whether …", "asked
// Bennett about Carson's comments"): at the word opening the question, past "about"; `b` when no such word follows.
uint32_t question_after_object(const text::Document& doc, uint32_t b, uint32_t end);

// A passive of expectation at k ("Sanders is expected to win"): its subject is what is expected, not who expects.
bool passive_expectation(const text::Document& doc, const text::TokenRange& sent, uint32_t k);

// Hedged, expected and hearsay clauses of `sent` lying outside every quotation and clause already in `taken`.
void find_hedges(const QuoteContext& c, const text::TokenRange& sent, const ReportedLookups& words,
                 const std::vector<bool>& taken, std::vector<Reported>& out);

}  // namespace newsmark::quotes::reported
