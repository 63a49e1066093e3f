// The quotes stage: finds quote spans (marks and embedded posts), drops scare quotes, decides each one's kind, and
// attributes it. Speakers are person entities where the source names one; `quoted` is set on them.
#pragma once
#include <cstdint>
#include <vector>

#include "analysis.h"
#include "text/document.h"

namespace newsmark::quotes {

// token_person: for each token, the index in `people` of the person it mentions (names, titles, resolved pronouns),
// or -1. The people stage fills it; without it, quotes still get their source phrase and cue.
// Kept out of line: the stage runs once per call, and inlined into the pipeline its size-compiled code would be
// compiled for speed again (3.8 KB of the gzipped wasm).
[[gnu::noinline]] void find_quotes(const text::Document& doc, const std::vector<int32_t>& token_person,
                                   std::vector<Person>& people, std::vector<Quote>& out);

}  // namespace newsmark::quotes
