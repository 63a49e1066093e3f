// The one closed-class word list (core/data/function-words.tsv): classes and pronoun features as the stages read them.
#include <gtest/gtest.h>

#include "lexicon/function_words.h"

namespace newsmark::lexicon {
namespace {

TEST(FunctionWords, ArticlesDemonstrativesAndPossessivesAreDeterminers) {
  for (const char* w : {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "my"})
    EXPECT_TRUE(is_function(w, kDeterminer)) << w;
  for (const char* w : {"he", "him", "all", "was", "and", "minister"}) EXPECT_FALSE(is_function(w, kDeterminer)) << w;
}

TEST(FunctionWords, PronounsCarryCaseGenderAndNumber) {
  EXPECT_EQ(function_word("he"), kPronoun | kSubject | kMale | kSpeakerPronoun);
  EXPECT_EQ(function_word("him"), kPronoun | kObject | kMale);
  EXPECT_EQ(function_word("her"), kDeterminer | kPronoun | kPossessive | kObject | kFemale);
  EXPECT_EQ(function_word("they"), kPronoun | kSubject | kPlural | kSpeakerPronoun);
  EXPECT_EQ(function_word("itself"), kPronoun | kReflexive | kNeuter);
}

TEST(FunctionWords, OnlySubjectPronounsThatCanSpeakAreSpeakerPronouns) {
  for (const char* w : {"he", "she", "they", "i", "we"}) EXPECT_TRUE(is_function(w, kSpeakerPronoun)) << w;
  for (const char* w : {"it", "you", "him", "them", "his"}) EXPECT_FALSE(is_function(w, kSpeakerPronoun)) << w;
}

TEST(FunctionWords, BeAuxiliariesConjunctionsRelativesPrepositions) {
  EXPECT_EQ(function_word("were"), kBe);
  EXPECT_EQ(function_word("would"), kAuxiliary);
  EXPECT_EQ(function_word("although"), kConjunction | kContrast);
  EXPECT_EQ(function_word("and"), kConjunction | kCoordinating);
  EXPECT_EQ(function_word("whom"), kRelative);
  EXPECT_EQ(function_word("when"), kRelative | kConjunction);  // "when Ryan lamented …" opens a clause of its own
  EXPECT_EQ(function_word("under"), kPreposition | kApproximate);
  EXPECT_EQ(function_word("that"), kDeterminer | kRelative | kConjunction | kContent);
}

TEST(FunctionWords, CoordinatingConjunctionsJoinEqualsAndOthersSubordinate) {
  for (const char* w : {"and", "but", "or", "nor"}) EXPECT_TRUE(is_function(w, kCoordinating)) << w;
  for (const char* w : {"because", "although", "while", "if", "that"}) EXPECT_FALSE(is_function(w, kCoordinating)) << w;
  EXPECT_EQ(function_word("but"), kConjunction | kContrast | kCoordinating);
}

TEST(FunctionWords, ComparativesCountAndThanIsAPreposition) {
  EXPECT_EQ(function_word("more"), kQuantifier | kAdverb);
  EXPECT_EQ(function_word("less"), kQuantifier | kAdverb);
  EXPECT_EQ(function_word("fewer"), kQuantifier);
  EXPECT_EQ(function_word("than"), kPreposition);
}

TEST(FunctionWords, PrepositionsOfMediumSayWhereWordsWent) {
  for (const char* w : {"to", "in", "on", "at"}) EXPECT_TRUE(is_function(w, kMedium)) << w;
  for (const char* w : {"of", "with", "about", "during"}) EXPECT_FALSE(is_function(w, kMedium)) << w;
}

TEST(FunctionWords, PrepositionsThatRoundACountAreApproximate) {
  for (const char* w : {"about", "around", "over", "under"}) EXPECT_TRUE(is_function(w, kApproximate)) << w;
  for (const char* w : {"in", "on", "at", "during"}) EXPECT_FALSE(is_function(w, kApproximate)) << w;
}

TEST(FunctionWords, MatchesFoldedFormsOnlyAndOpenClassWordsAreZero) {
  EXPECT_EQ(function_word("The"), 0u);  // callers pass the folded form
  EXPECT_EQ(function_word("minister"), 0u);
  EXPECT_EQ(function_word(""), 0u);
}

}  // namespace
}  // namespace newsmark::lexicon
