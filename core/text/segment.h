// Paragraphs and sentences as token ranges.
#pragma once
#include <string_view>
#include <vector>

#include "text/document.h"

namespace newsmark::text {

// Paragraphs end at blank lines, and at single line breaks unless the text is hard-wrapped (short lines of similar
// length that break mid-sentence), where a single break is only a break when the line ends a sentence early.
std::vector<TokenRange> find_paragraphs(std::string_view norm, const std::vector<Token>& tokens);

// Sentences end at . ! ? (and a closing quote or bracket right after), except after abbreviations, initials and
// dotted acronyms that do not end the sentence; a paragraph always ends one.
std::vector<TokenRange> find_sentences(const Document& doc);

}  // namespace newsmark::text
