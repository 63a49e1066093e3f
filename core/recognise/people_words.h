// How the people recogniser reads tokens: which words can be part of a name, the longest name starting at a token, and
// the evidence around it (titles, verbs of saying, appositions). recognise/people.cpp decides from these.
#pragma once
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/function_words.h"
#include "recognise/people_lexicon.h"
#include "text/document.h"
#include "text/fold.h"

namespace newsmark::recognise {

inline bool any_of(std::string_view w, std::initializer_list<std::string_view> list) {
  for (auto x : list)
    if (text::equals_folded(w, x)) return true;
  return false;
}

struct Run {
  uint32_t begin = 0, end = 0;   // tokens, suffix included
  uint32_t name_end = 0;         // before a suffix
  uint32_t surname = 0;
  uint32_t names = 0;            // name words, not counting particles and initials
  bool orgish = false;           // holds a word that marks an organisation or a place
  bool empty() const { return names == 0; }
};

class NameWords {
 public:
  explicit NameWords(const text::Document& doc);

  std::string_view word(uint32_t t) const { return doc_.word(t); }
  bool word_is(uint32_t t, std::string_view w) const { return t < n_ && text::equals_folded(word(t), w); }
  // A determiner or possessive word before a noun phrase ("the", "a", "his", "their"), in any case.
  bool determiner(uint32_t t) const {
    return t < n_ && lexicon::is_function(doc_, t, lexicon::kDeterminer);
  }
  // The gazetteers' answers for a token, asked many times over while runs are tried, are looked up once.
  struct Match {
    uint32_t tokens = 0, value = 0;
  };
  Match title_at(uint32_t t) const;
  Match nonperson_at(uint32_t t) const;
  NonPerson nonperson(uint32_t t, bool& found) const;
  // A word that can be part of a name: capitalised, not an acronym, or a prefixed name such as al-Assad.
  bool name_like(uint32_t t) const { return (info_[t].state & kNameLike) != 0; }
  // A name-like word that is not an organisation, a month, a credit or a function word. inner: not the first word of
  // the name, where a month may be a surname (Theresa May).
  bool name_word(uint32_t t, bool inner = false) const;
  bool particle(uint32_t t) const;
  bool given(uint32_t t) const { return (info_[t].cls & kGivenName) && !lx_.given.find(doc_, t).empty(); }
  bool has_class(uint32_t t, uint8_t bit) const { return (info_[t].cls & bit) != 0; }
  bool cap_particle(uint32_t t) const;
  bool initial(uint32_t t) const;
  bool suffix(uint32_t t) const { return any_of(word(t), {"Jr", "Sr", "II", "III", "IV"}); }
  bool dot_after(uint32_t t) const;
  // The longest name starting at token j: capitalised words, particles between them, initials and a suffix.
  Run collect(uint32_t j, bool particle_first) const;
  // The token after a nickname in quotes starting at t (" Hands of Stone "), or 0 when none starts there.
  uint32_t after_nickname(uint32_t t) const;
  // A title inside a run of capitals that a name follows (Chrysler Chief Executive Robert Nardelli); a title word at
  // the end of a name is the name's own (Martin Luther King).
  bool starts_title(uint32_t t) const;
  // After a title, "Universe Alicia Machado" (Miss Universe) or "Acme Corp Peter Wells": in a run of three or more names
  // whose first is no given name, a given name followed by a surname starts the person's name.
  Run from_given(const Run& r) const;
  bool orghead_after(const Run& r) const;
  // "X said", "X has said", "X, who ..., said" is too far; a verb of saying right after (or right before) the name.
  bool speech_after(uint32_t t) const;
  bool speech_before(uint32_t t) const;
  // "Name, Nato's secretary-general," : the office named before the next comma.
  int appositive_title(uint32_t t, uint32_t& tb, uint32_t& te) const;
  // After a one-word name behind an office, what may follow: punctuation, a verb of saying, or a function word.
  // "chief Russian negotiator" is an adjective, not a name.
  bool name_can_end(uint32_t t) const;
  bool given_first(const Run& r) const;
  Gender given_gender(const Run& r) const;
  // The title as the text spells it (secretary-general, Prime Minister), over tokens [b, e).
  std::string_view surface(uint32_t b, uint32_t e) const;
  // Words [b, e) folded and joined: how surnames and full names compare ("de Gaulle" is "De Gaulle").
  std::string key(uint32_t b, uint32_t e) const;
  // "Ivana Trump" beside a known Trump: a first word that is no common word of this text, mid-sentence, is a given
  // name the lists lack ("Candidate Trump", "Neither Clinton" are not).
  bool unknown_given(const Run& r);

 protected:
  const text::Document& doc_;
  const PeopleLexicon& lx_;
  const uint32_t n_;
  bool sentence_initial(uint32_t t) const { return (info_[t].state & kInitial) != 0; }

 private:
  // Headlines (text::kHeadline) capitalise every word, so a name there is cut after two words: "Hillary Clinton
  // Speaks Out" is Hillary Clinton.
  void mark_initials();

  // kNeverName: a name-like word that name_word refuses whatever follows (an initial, an adverb such as Separately).
  enum : uint8_t { kTitleKnown = 1, kPhraseKnown = 2, kWordKnown = 4, kInitial = 8, kNameLike = 16, kNeverName = 32 };
  bool name_like_word(uint32_t t) const;  // what name_like answers, worked out from the token
  // What the recogniser knows of one token, in 8 bytes: a record per token is the people stage's largest allocation.
  struct TokenInfo {
    uint8_t cls = 0;             // WordClass bits of its folded form
    uint8_t state = 0;           // kInitial (first word of a sentence), kNameLike, kNeverName, which answers are filled
    int8_t word_kind = -1;       // the one-word NonPerson entry, -1 for none
    uint8_t phrase_tokens = 0;   // the longest non-person phrase starting here (PeopleLexicon::kMaxPhraseTokens)
    uint8_t phrase_value = 0;
    uint8_t title_tokens = 0;    // the longest title starting here
    uint16_t title_value = 0;    // index into title_info (PeopleLexicon::kMaxTitles)
  };
  static_assert(sizeof(TokenInfo) == 8);
  mutable std::vector<TokenInfo> info_;
  // The longest match of g at t, looked up on the first call and read from t's record after.
  template <typename Value>
  Match longest_once(uint32_t t, uint8_t known, uint8_t starts, const lexicon::Gazetteer& g, uint8_t TokenInfo::*tokens,
                     Value TokenInfo::*value) const;
  lexicon::KeyTable lowercase_;  // words the text writes in lower case (built when first asked)
  bool lowercase_ready_ = false;
};

}  // namespace newsmark::recognise
