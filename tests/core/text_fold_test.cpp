// Case folding: the one case-blind comparison every stage uses, and the folded copy of the text.
#include <gtest/gtest.h>

#include <string>

#include "text/fold.h"

namespace newsmark::text {
namespace {

TEST(TextFold, EqualsFoldedIgnoresTheCaseOfAsciiLettersOnly) {
  EXPECT_TRUE(equals_folded("Date", "date"));
  EXPECT_TRUE(equals_folded("NATO", "nato"));
  EXPECT_FALSE(equals_folded("date", "dates"));
  // '@' and '`' differ from each other only in the bit that folds letters: they are not letters, so they differ
  EXPECT_FALSE(equals_folded("@", "`"));
  EXPECT_FALSE(equals_folded("[", "{"));
}

TEST(TextFold, FoldTextKeepsEveryByteWhereItIs) {
  const std::string in = "Müller MET ÉLYSÉE officials";
  std::string out(in.size(), '\0');
  fold_text(in, out.data());
  EXPECT_EQ(out, "müller met élysée officials");
}

}  // namespace
}  // namespace newsmark::text
