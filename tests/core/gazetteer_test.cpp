#include "lexicon/gazetteer.h"

#include <gtest/gtest.h>

#include <vector>

namespace newsmark::lexicon {
namespace {

struct Case_ {
  const char* text;
  std::size_t at;
  uint32_t tokens;
  std::vector<uint32_t> values;
};

TEST(Gazetteer, LongestPhraseWinsAndCaseRulesApply) {
  Gazetteer g;
  g.add("United States", 1);
  g.add("United States of America", 2);
  g.add("US", 3);
  g.add("nato", 4, Case::kFold);
  g.add("Russia’s", 5);  // curly apostrophe in the list matches a straight one in the text
  g.add("Georgia", 6);
  g.add("Georgia", 7);
  const Case_ cases[] = {
      {"the United States of America said", 1, 4, {2}},
      {"the United States said", 1, 2, {1}},
      {"the United Nations said", 1, 0, {}},
      {"join us now", 1, 0, {}},
      {"the US said", 1, 1, {3}},
      {"NATO and Nato", 0, 1, {4}},
      {"NATO and Nato", 2, 1, {4}},
      {"Russia's demands", 0, 2, {5}},
      {"Georgia", 0, 1, {6, 7}},
  };
  for (const auto& c : cases) {
    const auto doc = text::make_document(c.text);
    const auto m = g.longest(doc, c.at);
    EXPECT_EQ(m.tokens, c.tokens) << c.text;
    EXPECT_EQ(std::vector<uint32_t>(m.values.begin(), m.values.end()), c.values) << c.text;
  }
}

TEST(Gazetteer, PhrasesDoNotCrossParagraphs) {
  Gazetteer g;
  g.add("New York", 1);
  const auto doc = text::make_document("New\n\nYork");
  EXPECT_EQ(g.longest(doc, 0).tokens, 0u);
}

TEST(Gazetteer, FindLooksUpOneTokenInEitherCase) {
  Gazetteer g;
  g.add("Russia", 1);
  g.add("kremlin", 2, Case::kFold);
  EXPECT_EQ(g.find("Russia").size(), 1u);
  EXPECT_EQ(g.find("russia").size(), 0u);
  EXPECT_EQ(g.find("KREMLIN").size(), 1u);
}

TEST(Fold, LowersAsciiAndLatin1) {
  EXPECT_EQ(fold("ÉCOLE Zoë"), "école zoë");
  EXPECT_EQ(fold("×"), "×");
}

}  // namespace
}  // namespace newsmark::lexicon
