// The core's one entry point. Errors are returned as a Status, never thrown: the wasm build has no exceptions.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "analysis.h"

namespace newsmark {

struct Options {
  std::string dct;  // YYYY-MM-DD given by the caller; wins over any date found in the text. Empty: none given.
  // Day/month order of numeric dates such as 07/01/2022: "dmy" or "mdy". Empty: inferred from the text's other numeric
  // dates (a first part over 12 means day first), else month first.
  std::string date_order;
};

struct Status {
  std::string code;  // empty when all went well; otherwise a stable identifier such as "bad-dct"
  std::string message;
  bool ok() const { return code.empty(); }
};

// Larger inputs are refused with "too-large" before anything is allocated. Derived from measurement: the worst shape
// seen (dates or a run of commas, `npm run bench`'s memory rows) peaks at about 28 heap bytes per input byte in wasm
// (41 before the JSON crossed in pieces); with a margin for shapes not yet seen, 60 bytes per byte puts 24 MiB at
// 1.44 GiB, under wasm32's 2 GiB.
inline constexpr std::size_t kMaxInputBytes = 24u << 20;

Status analyze(std::string_view utf8, const Options& options, Analysis& out);

// One entry of the quote attribution table, in run order: the sieve, the rule it stamps on a quote, its confidence
// (for the threshold: the confidence below which no speaker is named; its rule is "none").
struct SieveInfo {
  std::string_view name;
  QuoteRule rule;
  double confidence;
};
std::vector<SieveInfo> attribution_sieves();

}  // namespace newsmark
