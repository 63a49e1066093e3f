// Regular verb inflection for the word lists: every form a lemma marked `*` in core/data stands for.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lexicon/inflect.h"

namespace newsmark::lexicon {
namespace {

using Forms = std::vector<std::string>;

TEST(Inflect, RegularVerbTakesSEdIng) { EXPECT_EQ(regular_forms("boast"), (Forms{"boast", "boasts", "boasted", "boasting"})); }

TEST(Inflect, FinalEDropsBeforeIngAndTakesD) {
  EXPECT_EQ(regular_forms("conclude"), (Forms{"conclude", "concludes", "concluded", "concluding"}));
  EXPECT_EQ(regular_forms("agree"), (Forms{"agree", "agrees", "agreed", "agreeing"}));
}

TEST(Inflect, ConsonantYBecomesIes) { EXPECT_EQ(regular_forms("reply"), (Forms{"reply", "replies", "replied", "replying"})); }

TEST(Inflect, VowelYStays) { EXPECT_EQ(regular_forms("pray"), (Forms{"pray", "prays", "prayed", "praying"})); }

TEST(Inflect, SibilantsAndOTakeEs) {
  EXPECT_EQ(regular_forms("gush"), (Forms{"gush", "gushes", "gushed", "gushing"}));
  EXPECT_EQ(regular_forms("echo"), (Forms{"echo", "echoes", "echoed", "echoing"}));
}

TEST(Inflect, OneSyllableCvcDoublesItsLastConsonant) {
  EXPECT_EQ(regular_forms("snap"), (Forms{"snap", "snaps", "snapped", "snapping"}));
  EXPECT_EQ(regular_forms("quip"), (Forms{"quip", "quips", "quipped", "quipping"}));
}

TEST(Inflect, LongerVerbsAndFinalWXYDoNotDouble) {
  EXPECT_EQ(regular_forms("counter"), (Forms{"counter", "counters", "countered", "countering"}));
  EXPECT_EQ(regular_forms("vow"), (Forms{"vow", "vows", "vowed", "vowing"}));
}

TEST(Inflect, MultiWordLemmaInflectsItsFirstWord) {
  EXPECT_EQ(regular_forms("blurt out"), (Forms{"blurt out", "blurts out", "blurted out", "blurting out"}));
}

}  // namespace
}  // namespace newsmark::lexicon
