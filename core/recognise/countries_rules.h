// The context rules that decide whether a gazetteer match is a country mention: currency signs and company names
// for every country word, government readings for capitals, and the clues of ambiguous words (countries-ambiguous.tsv).
#pragma once
#include <cstdint>
#include <vector>

#include "recognise/countries_lexicon.h"

namespace newsmark::recognise {

struct CountryCandidate {
  std::size_t first = 0, end = 0;  // tokens, end exclusive
  CountryPhrase phrase;
};

// What the document as a whole says about each ambiguous word, worked out on first need.
class DocumentClues {
 public:
  DocumentClues(const CountryLexicon& lex, const text::Document& doc)
      : lex_(lex), doc_(doc), not_country_(lex.ambiguities.size(), -1), other_(lex.ambiguities.size(), -1) {}
  bool not_country(std::size_t ambiguity);  // the not-doc clues outweigh the doc-country ones
  bool other_country(std::size_t ambiguity);  // an iso-doc clue is present

 private:
  const CountryLexicon& lex_;
  const text::Document& doc_;
  std::vector<int8_t> not_country_, other_;
};

// Whether the candidate is a country mention; it may change the candidate's country (Congo with Brazzaville).
bool accept_country(const CountryLexicon& lex, const text::Document& doc, CountryCandidate& c, DocumentClues& clues);

// Whether a capital named inside a hyphenated word, or any word, reads as a given name at token t (Michael Jordan).
bool looks_like_person(const CountryLexicon& lex, const text::Document& doc, std::size_t first, std::size_t end);

}  // namespace newsmark::recognise
