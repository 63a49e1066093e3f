// A headline that credits its claim to a source before a colon, with no marks: "Lynch: No outside influence on FBI
// probe" reports the claim as Lynch's (the headline form of "X said …").
#pragma once
#include <vector>

#include "quotes/reported.h"

namespace newsmark::quotes::reported {

// The claim of the document's first line when it reads "Source: claim" into `out`; nothing otherwise.
void find_headline_claim(const QuoteContext& c, const std::vector<bool>& taken, std::vector<Reported>& out);

}  // namespace newsmark::quotes::reported
