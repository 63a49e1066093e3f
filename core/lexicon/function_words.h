// Closed-class English words (core/data/function-words.tsv): the one place every stage learns that a word is a
// determiner, a form of "be", an auxiliary, a pronoun (with case, gender and number), a conjunction or a relative.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace newsmark::text {
struct Document;
}  // namespace newsmark::text

namespace newsmark::lexicon {

// Classes and pronoun features, packed into one value per word; a word may have several ("that", "her").
enum FunctionWord : uint32_t {
  kDeterminer = 1u << 0,
  kQuantifier = 1u << 1,
  kBe = 1u << 2,
  kAuxiliary = 1u << 3,
  kPronoun = 1u << 4,
  kConjunction = 1u << 5,
  kRelative = 1u << 6,
  kPreposition = 1u << 7,
  kAdverb = 1u << 18,  // a sentence adverb ("still", "earlier"): closed enough to list, never a name
  // pronoun features
  kSubject = 1u << 8,
  kObject = 1u << 9,
  kPossessive = 1u << 10,
  kReflexive = 1u << 11,
  kMale = 1u << 12,
  kFemale = 1u << 13,
  kNeuter = 1u << 14,
  kPlural = 1u << 15,
  kSpeakerPronoun = 1u << 16,
  kContrast = 1u << 17,  // a conjunction opening a clause of its own after a comma
  kSetting = 1u << 19,   // a preposition that sets when or where something happened ("in", "at", "during")
  kCoordinating = 1u << 20,  // a conjunction joining equals ("and", "or"), not opening a clause of time or cause
  kContent = 1u << 21,       // a conjunction opening what a verb reports ("said that …")
  kApproximate = 1u << 22,   // a preposition that, before a number, rounds a count ("about 200 protesters")
  kMedium = 1u << 23,        // a preposition whose name is where words went or appeared ("to Wired", "on Facebook")
};

// Every class and feature of a word in lower case (folded), or 0 for a word of no closed class.
uint32_t function_word(std::string_view folded);
// The same for token t of doc, folded, from the hash the document holds.
uint32_t function_word(const text::Document& doc, std::size_t t);

// Calls f(word, value) for every word of the list, for callers that index some of them their own way.
void for_each_function_word(void (*f)(std::string_view word, uint32_t value, void* ctx), void* ctx);

// Whether the folded word has any of the classes or features in `mask`.
inline bool is_function(std::string_view folded, uint32_t mask) { return (function_word(folded) & mask) != 0; }
// The same for token t of doc, folded.
inline bool is_function(const text::Document& doc, std::size_t t, uint32_t mask) {
  return (function_word(doc, t) & mask) != 0;
}

// A possessive determiner at token t of doc ("his", "their"; not "hers", which stands alone).
inline bool possessive_determiner(const text::Document& doc, std::size_t t) {
  return (function_word(doc, t) & (kPossessive | kDeterminer)) == (kPossessive | kDeterminer);
}

}  // namespace newsmark::lexicon
