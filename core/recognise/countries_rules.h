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

// What the text around a mention says about an ambiguous word: the clues are counted in blocks of tokens, each block
// once per word and only when needed, and a mention reads the blocks near it (about an article's length), so a long
// input full of ambiguous words still takes linear time.
class DocumentClues {
 public:
  DocumentClues(const CountryLexicon& lex, const text::Document& doc) : lex_(lex), doc_(doc) {}
  bool not_country(std::size_t ambiguity, std::size_t t);     // the not-doc clues outweigh the doc-country ones
  bool other_country(std::size_t ambiguity, std::size_t t);   // an iso-doc clue is near
  bool used_as_person(std::size_t ambiguity, std::size_t t);  // the word names a person near (Jim Jordan)

 private:
  enum List { kNot, kCountry, kOther, kPerson, kLists };
  static constexpr std::size_t kBlock = 256, kReach = 2;  // tokens per block; blocks read on either side
  std::size_t near(std::size_t ambiguity, List list, std::size_t t);

  const CountryLexicon& lex_;
  const text::Document& doc_;
  std::vector<std::vector<int32_t>> counts_;  // [ambiguity * kLists + list][block], -1 until counted
};

// Whether the candidate is a country mention; it may change the candidate's country (Congo with Brazzaville).
bool accept_country(const CountryLexicon& lex, const text::Document& doc, CountryCandidate& c, DocumentClues& clues);

// Whether the tokens [first, end) read as part of a person's name (Michael Jordan, Jordan Peterson).
bool looks_like_person(const CountryLexicon& lex, const text::Document& doc, std::size_t first, std::size_t end);
// Whether a capitalised word that could be a first name stands right before token first (Mark Cuban).
bool follows_first_name(const CountryLexicon& lex, const text::Document& doc, std::size_t first);

}  // namespace newsmark::recognise
