// The country gazetteer and its context clues, built once from core/data/countries*.tsv (see core/data/README.md).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analysis.h"
#include "lexicon/gazetteer.h"
#include "text/document.h"

namespace newsmark::recognise {

// Phrases of a few tokens, compared token by token with the text around a candidate mention.
class Clues {
 public:
  void add(std::string_view phrase);
  bool empty() const { return phrases_.empty(); }
  bool starts_at(const text::Document& doc, std::size_t t) const;   // a clue occupies the tokens from t on
  bool ends_before(const text::Document& doc, std::size_t t) const;  // a clue occupies the tokens right before t
  bool has(std::string_view word) const;                              // a one-token clue equal to word
  std::size_t count_in(const text::Document& doc) const;             // occurrences anywhere in the document

 private:
  std::vector<std::vector<std::string>> phrases_;
};

// The clues deciding one ambiguous word (countries-ambiguous.tsv).
struct Ambiguity {
  bool person = false, drop = false, shout = false;
  Clues speaker, not_before, not_after, not_doc, doc_country, other_doc;
  uint16_t other_country = 0;  // the iso-doc:XX country, when other_doc is not empty
};

struct CountryPhrase {
  uint16_t country = 0;
  CountryForm form = CountryForm::Name;
  int16_t ambiguity = -1;  // index into CountryLexicon::ambiguities, or -1
};

struct CountryLexicon {
  static constexpr uint32_t kBlocked = UINT32_MAX;  // gazetteer value of an exception phrase (North America)

  struct Entry {
    std::string iso, name;
  };
  std::vector<Entry> countries;
  std::vector<CountryPhrase> phrases;  // gazetteer values index this
  std::vector<Ambiguity> ambiguities;
  lexicon::Gazetteer gazetteer;
  Clues currency, currency_name, org_after, org_before, government_after, government_before, government_noun, government_people,
      not_first_name;
  std::vector<std::pair<std::string, std::string>> government_frames;  // (word before, word after)
};

// Built on first use and kept for the life of the program.
const CountryLexicon& country_lexicon();

}  // namespace newsmark::recognise
