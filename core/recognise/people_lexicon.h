// The word lists that tell person names apart from other capitalised words, built once from core/data/people-*.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "analysis.h"
#include "lexicon/gazetteer.h"

namespace newsmark::recognise {

struct TitleInfo {
  bool honorific = false; // part of the mention (Mr, Senator) rather than an office beside it (President)
  bool address = false;   // a plain form of address (Mr, Ms), not reported as a title
  bool style = false;     // Dr, Prof, Sir: reported, but compatible with any office
  Gender gender = Gender::Unknown;
};

enum class NonPerson : uint32_t { Org, Credit, Place, Time, Word, OrgHead };

// What a word may begin, by its folded form: one look-up per token tells which gazetteers are worth asking.
enum WordClass : uint8_t {
  kStartsTitle = 1,
  kStartsNonPerson = 2,
  kGivenName = 4,
  kParticle = 8,
  kSpeechVerb = 16,
  kFamilyFirst = 32,   // a family name written first (people-family-first.txt)
  kEnglishGiven = 64,  // a given name of the English list (people-given-names.tsv), not only of the hand-kept one
};

struct PeopleLexicon {
  // The people stage caches a match per token in narrow fields (NameWords::TokenInfo); the lists stay within them.
  static constexpr uint32_t kMaxPhraseTokens = 255;
  static constexpr std::size_t kMaxTitles = 65535;

  lexicon::KeyTable classes;  // folded first word of any entry -> WordClass bits
  // The classes of token t's folded form, from the hash the document holds.
  uint8_t classes_of(const text::Document& doc, std::size_t t) const {
    return static_cast<uint8_t>(classes.find_hashed(0, doc.folded_hash(t), doc.folded_word(t)));
  }

  lexicon::Gazetteer titles;       // value: index into title_info
  std::vector<TitleInfo> title_info;
  lexicon::Gazetteer nonpersons;   // value: NonPerson
  lexicon::Gazetteer given;        // value: Gender
  lexicon::Gazetteer particles;    // value: 0
  lexicon::Gazetteer speech_verbs; // value: 0
  lexicon::Gazetteer relations;    // value: Gender (people-relations.tsv: "wife", "brother")
};

const PeopleLexicon& people_lexicon();

}  // namespace newsmark::recognise
