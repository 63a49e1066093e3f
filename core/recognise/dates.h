// Dates: the document date (dct) and every date, time, duration and set in the text, resolved to TIMEX3-style values
// against the dct. Recognisers (one per surface form) run in the order of their file names under dates/, then the
// refiners, then tense-aware resolution.
#pragma once
#include <optional>
#include <vector>

#include "analysis.h"
#include "newsmark.h"
#include "text/document.h"

namespace newsmark::dates {

struct Result {
  std::optional<Dct> dct;
  std::vector<DateMention> mentions;  // in text order; the header and dateline dates are mentions too
  std::vector<text::TokenRange> tokens;  // each mention's tokens (empty for the header, which has none)
};

// The caller's date wins, then the `date` header, then a dateline or Published/Updated line near the top.
Result find_dates(const text::Document& doc, const Options& options);

}  // namespace newsmark::dates
