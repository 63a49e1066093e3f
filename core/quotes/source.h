// The speaker phrase next to a cue: the in-text mention a quote is attributed to ("Ms Berg", "he",
// "a U.S. Embassy official in Nairobi", "the European Commission's president Anna Berg").
#pragma once
#include <cstdint>
#include <vector>

#include "text/document.h"

namespace newsmark::quotes {

// How far from a quote's marks a cue, or from a cue its speaker, may stand, in tokens ("said in a statement on Friday
// the minister").
constexpr uint32_t kCueReach = 10;
// An apposition between a speaker's name and the cue may be long ("X, a professor at …, said").
constexpr uint32_t kAppositionReach = 30;
// A description opening the sentence before the cue may run longer, over a relative clause and a second apposition
// ("X, an education professor at Harvard who previously worked for Sen. Y (R-Tenn.), one of the bill's architects,
// called it").
constexpr uint32_t kLongApposition = 60;

// The value `token_person` holds for a token of a date or time mention: it names no one.
inline constexpr int32_t kDateToken = -2;

struct Phrase {
  uint32_t begin = 0, end = 0;  // tokens; empty when none was found
  bool pronoun = false;
  uint32_t refers_begin = 0, refers_end = 0;  // a relative "who": the phrase it stands for ("Stevie Wonder, who")
  bool empty() const { return begin >= end; }
};

// The subject before a cue at token `cue`, within [floor, cue): skips "has also", steps over an apposition
// ("X, Nato's secretary-general, said") and stops at clause boundaries and punctuation.
Phrase phrase_before(const text::Document& doc, uint32_t cue, uint32_t floor);

// `end` moved before a parenthesis that closes right there ("Rep. Gwen Moore (D-Wis.) said"), or `end` itself.
uint32_t skip_parenthesis_back(const text::Document& doc, uint32_t end, uint32_t floor);

// The person entity a phrase refers to: the last person token in it (the head of a phrase is at its end), or for a
// relative "who" the person in the phrase it stands for ("Stevie Wonder, who joked"); -1 when none.
int32_t person_of(const text::Document& doc, const std::vector<int32_t>& token_person, const Phrase& p);

// Whether the cue of n tokens at `cue` is a reduced passive, a participle with its agent after it and no form of "be"
// ("a biography written by Tom Hall", "a slogan coined by the campaign"): what stands before it was written, and did
// not speak. (reported.cpp's passive_with_agent is the passive after "be".)
bool reduced_passive(const text::Document& doc, uint32_t cue, uint32_t n);

// A conjunction that opens a clause inside a sentence, not one joining two of a kind: "when", "while", "because".
bool subordinator(const text::Document& doc, uint32_t t);

// A lower-case word in -ly ("openly", "repeatedly").
bool manner_adverb(const text::Document& doc, uint32_t t);

// The subject opening the sentence that holds token `end`, read up to `end`: a name or a pronoun ("In July, Anna Berg
// made the following comment:" → "Anna Berg"); empty otherwise.
Phrase sentence_subject(const text::Document& doc, uint32_t end, uint32_t floor);

// The person a definite description stands for: "the nurse" after "Anna Berg, 45, a nurse from Ohio," earlier in the
// text (the same head noun in an apposition to a person); -1 when none is found.
int32_t described_person(const text::Document& doc, const std::vector<int32_t>& token_person, const Phrase& p);

// Where the verb after a subject stands when an apposition set off by commas follows it ("Filippo Grandi, the UN
// refugee chief (UNHCR), reacted"): the word after the closing comma; `after` itself when no apposition follows.
uint32_t past_apposition(const text::Document& doc, uint32_t after, uint32_t ceiling);

// A phrase that can name who speaks: a pronoun, a person, a name, a determined or quantified noun phrase ("the
// minister", "all", "63 percent"), someone's people ("her friend") or a plural head ("state officials").
bool plausible_speaker(const text::Document& doc, const std::vector<int32_t>& token_person, const Phrase& p);

// A phrase that can stand for someone: a pronoun, a person, or some word of no closed class ("the judge", "Some",
// "Politico"); never only determiners, conjunctions, adverbs and prepositions ("The", "But", "Earlier"), a lone
// possessive ("Editor’s note"), a lone participle ("Speaking at a rally, …") or a lone number.
bool names_someone(const text::Document& doc, const std::vector<int32_t>& token_person, const Phrase& p);

// A person, or a name the people stage did not know: every word capitalised, none a closed-class word ("Moore" of
// "Moore thanked him", "Trump" where no full name came before).
bool person_or_name(const text::Document& doc, const std::vector<int32_t>& token_person, const Phrase& p);

// A pronoun that names nobody: no person behind it, and not a relative "who" standing for a described phrase.
inline bool names_nobody(const Phrase& p, int32_t person) {
  return p.pronoun && person < 0 && p.refers_end == p.refers_begin;
}

// The speaker after an inverted cue ("said X", "according to X"), within [from, ceiling).
Phrase phrase_after(const text::Document& doc, uint32_t from, uint32_t ceiling);

}  // namespace newsmark::quotes
