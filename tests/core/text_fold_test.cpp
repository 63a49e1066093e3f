// Case folding: the one case-blind comparison every stage uses, and the folded tokens of a document.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/document.h"
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

TEST(FoldedWords, EveryTokenReadsInLowerCaseAndUnchangedOnesAreNotCopied) {
  // Long and short tokens, capitals inside a word, Latin-1 capitals, × (C3 97, no letter), and a last token too near
  // the end to be read eight bytes at once.
  const std::string in = "Müller MET ÉLYSÉE officials said iPhone 3×4 @USNATO Internationalisation x Zé";
  const auto d = make_document(in);
  const std::vector<std::string> want = {"müller", "met", "élysée", "officials", "said", "iphone", "3", "×", "4", "@usnato",
                                         "internationalisation", "x", "zé"};
  ASSERT_EQ(d.tokens.size(), want.size());
  for (std::size_t t = 0; t < want.size(); ++t) {
    EXPECT_EQ(d.folded_word(t), want[t]) << t;
    // A token that folding leaves as it is is read from the text itself.
    EXPECT_EQ(d.folded_word(t).data() == d.word(t).data(), d.word(t) == want[t]) << t;
  }
}

TEST(FoldedWords, TokensPastManyBlocksOfSixtyFourFindTheirCopies) {
  std::string in;
  for (int i = 0; i < 300; ++i) in += (i % 3 == 0 ? "Word" : "word") + std::to_string(i) + " ";
  const auto d = make_document(in);
  ASSERT_EQ(d.tokens.size(), 300u);
  for (std::size_t t = 0; t < 300; ++t) EXPECT_EQ(d.folded_word(t), "word" + std::to_string(t)) << t;
}

}  // namespace
}  // namespace newsmark::text
