#include <gtest/gtest.h>

#include "recognise/people_lexicon.h"

namespace newsmark::recognise {
namespace {

// The people stage keeps a match per token in narrow fields (NameWords::TokenInfo): the lists must stay within them.
TEST(PeopleLexicon, ListsFitThePerTokenCache) {
  const auto& lx = people_lexicon();
  EXPECT_LE(lx.titles.max_tokens(), PeopleLexicon::kMaxPhraseTokens);
  EXPECT_LE(lx.nonpersons.max_tokens(), PeopleLexicon::kMaxPhraseTokens);
  EXPECT_LE(lx.title_info.size(), PeopleLexicon::kMaxTitles);
  EXPECT_GE(lx.titles.max_tokens(), 2u);  // "Prime Minister": the count is of tokens, not entries
}

}  // namespace
}  // namespace newsmark::recognise
