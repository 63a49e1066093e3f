// Paragraphs and sentences as token ranges.
#pragma once
#include <string_view>
#include <vector>

#include "text/document.h"

namespace newsmark::text {

// Paragraphs end at blank lines, and at single line breaks unless the text is hard-wrapped (no line over 120 bytes,
// and many lines run on into a line that starts in lower case); there a single break is a paragraph break only after
// a line that ends a sentence well short of the width, or before an indented line. Anywhere, a line that ends
// without a stop and runs on into a lower-case word is no paragraph break (a sentence broken across lines).
std::vector<TokenRange> find_paragraphs(std::string_view norm, const std::vector<Token>& tokens);

// Sentences end at . ! ? ... (with the closing quotes and brackets after them) before a capital, a digit, an opening
// mark, a handle or a link, except after abbreviations (core/data/abbreviations.tsv), initials and dotted acronyms
// that are followed by no sentence starter (core/data/sentence-starters.txt); 。！？ end one whatever follows; a
// paragraph always ends one.
std::vector<TokenRange> find_sentences(const Document& doc);

}  // namespace newsmark::text
