// A headline that credits its claim to a source before a colon, with no marks: "Lynch: No outside influence on FBI
// probe" reports the claim as Lynch's (the headline form of "X said …").
#pragma once
#include <vector>

#include "quotes/reported.h"

namespace newsmark::quotes::reported {

// Whether the words [b, colon) before a headline's colon can name its source: a short capitalised name, never a
// kicker ("Breaking:", "The Latest:"), a phrase a determiner opens ("The Ninth Circle:", a title) or a word all in
// capitals ("WATCH:"). The quote sieves ask it of a headline quote too.
bool headline_source(const text::Document& doc, uint32_t b, uint32_t colon);

// The claim of the document's first line when it reads "Source: claim" into `out`; nothing otherwise.
void find_headline_claim(const QuoteContext& c, const std::vector<bool>& taken, std::vector<Reported>& out);

}  // namespace newsmark::quotes::reported
