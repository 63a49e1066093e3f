// The country gazetteer and its context clues, built once from core/data/countries*.tsv (see core/data/README.md).
#pragma once
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "analysis.h"
#include "lexicon/gazetteer.h"
#include "text/document.h"

namespace newsmark::recognise {

// Phrases of a few tokens, compared token by token with the text around a candidate mention.
class Clues {
 public:
  Clues() = default;
  Clues(const Clues&) = delete;  // the sets view the arena's strings: a copy would view the original's
  Clues& operator=(const Clues&) = delete;
  Clues(Clues&&) = default;  // moving a deque keeps its elements where they are
  Clues& operator=(Clues&&) = default;
  void add(std::string_view phrase);
  bool empty() const { return phrases_.empty(); }
  bool starts_at(const text::Document& doc, std::size_t t) const;    // a clue occupies the tokens from t on
  bool ends_before(const text::Document& doc, std::size_t t) const;  // a clue occupies the tokens right before t
  bool has(std::string_view word) const;                             // a one-token clue equal to word

 private:
  std::deque<std::string> arena_;  // owns the words the phrases view
  std::vector<std::vector<std::string_view>> phrases_;
  std::unordered_set<std::string_view> firsts_, lasts_, singles_;  // quick refusals before comparing whole phrases
};

// The clues deciding one ambiguous word (countries-ambiguous.tsv).
struct Ambiguity {
  std::string word;  // the ambiguous word itself, for finding its other uses in the document
  bool person = false, drop = false, shout = false, name_of = false;
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
  Clues currency, currency_name, org_after, org_before, government_after, government_before, government_noun,
      government_people, place_before, not_first_name;
  std::vector<std::pair<std::string, std::string>> government_frames;  // (word before, word after)

  // A bit per hash of every phrase's first word: most capitalised words start no phrase, and this answers that
  // without the gazetteer's hash lookups.
  static constexpr uint32_t kFilterBits = 1u << 16;
  std::vector<uint64_t> first_words = std::vector<uint64_t>(kFilterBits / 64);
  static uint32_t word_hash(std::string_view w) {
    uint32_t h = 2166136261u;
    for (const char c : w) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return (h ^ (h >> 16)) & (kFilterBits - 1);
  }
  void mark_first_word(std::string_view w) {
    const uint32_t h = word_hash(w);
    first_words[h >> 6] |= 1ull << (h & 63);
  }
  bool may_start(std::string_view w) const {
    const uint32_t h = word_hash(w);
    return (first_words[h >> 6] >> (h & 63)) & 1;
  }
};

// Built on first use and kept for the life of the program.
const CountryLexicon& country_lexicon();

}  // namespace newsmark::recognise
