#include "lexicon/gazetteer.h"

#include <gtest/gtest.h>

#include <string>
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

// Values live in one pool: a phrase given values between other phrases' keeps all of its own, once each, in order.
TEST(Gazetteer, ValuesAddedLaterToAPhraseStayTogetherAndUnique) {
  Gazetteer g;
  g.add("Georgia", 1);
  g.add("Jordan", 2);
  g.add("Georgia", 3);
  g.add("Jordan", 4);
  g.add("Georgia", 1);
  g.add("Georgia", 5);
  EXPECT_EQ(std::vector<uint32_t>(g.find("Georgia").begin(), g.find("Georgia").end()), (std::vector<uint32_t>{1, 3, 5}));
  EXPECT_EQ(std::vector<uint32_t>(g.find("Jordan").begin(), g.find("Jordan").end()), (std::vector<uint32_t>{2, 4}));
  EXPECT_EQ(g.size(), 2u);
}

// Plain words and single spaces are split at the spaces; anything else goes through the tokenizer, as the text does.
TEST(Gazetteer, PlainPhrasesAndTokenisedPhrasesMatchAlike) {
  EXPECT_TRUE(plain_phrase("New York"));
  EXPECT_TRUE(plain_phrase("G7"));
  EXPECT_FALSE(plain_phrase("New  York"));
  EXPECT_FALSE(plain_phrase(" York"));
  EXPECT_FALSE(plain_phrase("York "));
  EXPECT_FALSE(plain_phrase("7G"));
  EXPECT_FALSE(plain_phrase("St. Louis"));
  EXPECT_FALSE(plain_phrase(""));
  Gazetteer g;
  g.add("Prime Minister", 1, Case::kFold);
  g.add("secretary-general", 2, Case::kFold);
  g.add("St. Louis", 3);
  const auto doc = text::make_document("the prime minister, the Secretary-General and St. Louis");
  EXPECT_EQ(g.longest(doc, 1).tokens, 2u);
  EXPECT_EQ(g.longest(doc, 5).values[0], 2u);
  EXPECT_EQ(g.longest(doc, doc.tokens.size() - 3).tokens, 3u);
  EXPECT_EQ(g.max_tokens(), 3u);
}

// A one-word phrase ends the walk at its word, and a phrase sharing its first word still matches to its end.
TEST(Gazetteer, LongestFindsOneWordAndLongerPhrasesSharingAWord) {
  Gazetteer g;
  g.add("said", 1, Case::kFold);
  g.add("New", 2);
  g.add("New York City", 3);
  const auto doc = text::make_document("Said the New York City mayor in New York");
  EXPECT_EQ(g.longest(doc, 0).tokens, 1u);
  EXPECT_EQ(g.longest(doc, 0).values[0], 1u);
  EXPECT_EQ(g.longest(doc, 2).tokens, 3u);
  EXPECT_EQ(g.longest(doc, 2).values[0], 3u);
  EXPECT_EQ(g.longest(doc, 7).tokens, 1u);  // "New York" is no phrase: "New" alone is
  EXPECT_EQ(g.longest(doc, 1).tokens, 0u);
}

TEST(KeyTable, FindOrInsertKeepsTheFirstValue) {
  KeyTable t;
  EXPECT_EQ(t.find_or_insert(0, "said", 7), 7u);
  EXPECT_EQ(t.find_or_insert(0, "said", 9), 7u);
  EXPECT_EQ(t.find_or_insert(1, "said", 9), 9u);  // another tag is another key
  for (uint32_t i = 1; i <= 500; ++i) t.insert(2, "w" + std::to_string(i), i);  // grows past its first slots
  EXPECT_EQ(t.find(0, "said"), 7u);
  EXPECT_EQ(t.find(2, "w321"), 321u);
  EXPECT_EQ(t.size(), 502u);
}

TEST(KeyTable, MergeGathersFlagsOfOneKey) {
  KeyTable t;
  t.merge(0, "kim", 4);
  t.merge(0, "kim", 64);
  t.merge(1, "kim", 2);
  EXPECT_EQ(t.find(0, "kim"), 68u);
  EXPECT_EQ(t.find(1, "kim"), 2u);
  EXPECT_EQ(t.size(), 2u);
}

// A table sized for its keys before they come holds the same keys as one that grew while they came.
TEST(KeyTable, ReservedTableKeepsEveryKeyAndKeysAddedBeyondIt) {
  KeyTable t;
  t.insert(0, "before", 1);
  t.reserve(100, 400);
  for (uint32_t i = 1; i <= 300; ++i) t.insert(0, "w" + std::to_string(i), i);  // past the reserve: it still grows
  EXPECT_EQ(t.find(0, "before"), 1u);
  EXPECT_EQ(t.find(0, "w99"), 99u);
  EXPECT_EQ(t.find(0, "w300"), 300u);
  EXPECT_EQ(t.find(0, "w301"), 0u);
  EXPECT_EQ(t.size(), 301u);
}

// Keys are compared by overlapping loads up to 16 bytes: a difference at any position of any length is seen.
TEST(KeyTable, SameBytesSeesADifferenceAnywhere) {
  const std::string a = "abcdefghijklmnopqrstu";
  for (std::size_t n = 0; n <= a.size(); ++n) {
    EXPECT_TRUE(same_bytes(a.data(), std::string(a).data(), n)) << n;
    for (std::size_t i = 0; i < n; ++i) {
      std::string b = a;
      b[i] = 'X';
      EXPECT_FALSE(same_bytes(a.data(), b.data(), n)) << n << " at " << i;
    }
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
