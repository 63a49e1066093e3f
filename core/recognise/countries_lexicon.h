// The country gazetteer and its context clues, built once from core/data/countries*.tsv (see core/data/README.md).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analysis.h"
#include "lexicon/gazetteer.h"
#include "lexicon/key_table.h"
#include "text/document.h"

namespace newsmark::recognise {

// Phrases of a few tokens, compared token by token with the text around a candidate mention.
class Clues {
 public:
  Clues() = default;
  void add(std::string_view phrase);
  bool empty() const { return phrases_.empty(); }
  bool starts_at(const text::Document& doc, std::size_t t) const;    // a clue occupies the tokens from t on
  bool ends_before(const text::Document& doc, std::size_t t) const;  // a clue occupies the tokens right before t
  bool has(std::string_view word) const;                             // a one-token clue equal to word

 private:
  std::vector<std::vector<std::string>> phrases_;  // each phrase's words
  // The phrases' first words, last words and one-word phrases, under these tags: quick refusals before comparing
  // whole phrases.
  enum : uint32_t { kFirst, kLast, kSingle };
  lexicon::KeyTable ends_;
  uint64_t words_[16] = {};  // a bit per hash of every word in the list, to refuse most words without the sets
  bool may_hold(std::string_view w) const {
    const uint32_t h = text::word_hash(w) & 1023;
    return (words_[h >> 6] >> (h & 63)) & 1;
  }
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
  // The same phrases in any case, asked only for words in capitals ("ROMANIA BEAT LITHUANIA"): kept apart so that the
  // ordinary look-ups do not walk a second, folded trie for every capitalised word.
  lexicon::Gazetteer shouted;
  Clues currency, currency_name, org_after, org_before, government_after, government_before, government_noun,
      government_people, place_before, not_first_name;
  std::vector<std::pair<std::string, std::string>> government_frames;  // (word before, word after)

  // A bit per hash of every phrase's first word: most capitalised words start no phrase, and this answers that
  // without the gazetteer's hash lookups.
  static constexpr uint32_t kFilterBits = 1u << 16;
  std::vector<uint64_t> first_words = std::vector<uint64_t>(kFilterBits / 64);
  static uint32_t filter_hash(std::string_view w) { return text::word_hash(w) & (kFilterBits - 1); }
  // A second filter marks the words that may start a phrase of several tokens; a word that starts only one-token
  // phrases (most of them: Russia, US) is looked up with one find() instead of a walk over the following tokens.
  std::vector<uint64_t> first_of_longer = std::vector<uint64_t>(kFilterBits / 64);
  static void mark(std::vector<uint64_t>& bits, std::string_view w) {
    const uint32_t h = filter_hash(w);
    bits[h >> 6] |= 1ull << (h & 63);
  }
  static bool marked(const std::vector<uint64_t>& bits, std::string_view w) {
    const uint32_t h = filter_hash(w);
    return (bits[h >> 6] >> (h & 63)) & 1;
  }
  bool may_start(std::string_view w) const { return marked(first_words, w); }
  // The country phrase starting at token t (exception phrases such as North America are none): its length in tokens,
  // 0 when there is none, and the phrase.
  struct Match {
    uint32_t tokens = 0;
    const CountryPhrase* phrase = nullptr;
  };
  Match match_at(const text::Document& doc, std::size_t t) const {
    const auto m = gazetteer.longest(doc, t);
    if (!m.tokens || m.values[0] == kBlocked) return {};
    return {static_cast<uint32_t>(m.tokens), &phrases[m.values[0]]};
  }
  bool may_start_longer(std::string_view w) const { return marked(first_of_longer, w); }
};

// Built on first use and kept for the life of the program.
const CountryLexicon& country_lexicon();

}  // namespace newsmark::recognise
