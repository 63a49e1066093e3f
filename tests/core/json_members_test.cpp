#include <gtest/gtest.h>

#include <string>

#include "json/to_json.h"
#include "newsmark.h"

namespace newsmark {
namespace {

// The CLI streams append_members instead of dumping the whole tree; the bytes must be the tree's, every layer filled.
TEST(JsonMembers, StreamedMembersEqualTheWholeTreeDumped) {
  const char* const texts[] = {
      "",
      "date 2022-01-07\n\"We stand firm,\" Ursula von der Leyen said in Moscow on Monday. Ms von der Leyen met Russian "
      "officials last year. \xe2\x80\x9cNo,\xe2\x80\x9d she said, \xf0\x9f\x98\x80 in the US on 07/01/2022.",
  };
  for (const char* text : texts) {
    Analysis a;
    ASSERT_TRUE(analyze(text, {}, a).ok());
    if (*text) {
      EXPECT_TRUE(a.dct && !a.people.empty() && !a.quotes.empty() && !a.countries.empty() && !a.dates.empty());
    }
    std::string streamed = "{";
    append_members(a, streamed);
    EXPECT_EQ(streamed + "}", dump(to_json(a)));
  }
}

// A confidence needing sixteen digits is written as JSON.stringify (and nlohmann) would write it, without printf.
TEST(JsonMembers, ConfidencesOfSixteenDigitsReadAsTheTreeWritesThem) {
  Analysis a;
  ASSERT_TRUE(analyze("\"We stand firm,\" Ursula von der Leyen said.", {}, a).ok());
  ASSERT_FALSE(a.quotes.empty());
  for (const double c : {1.0 / 3, 2.0 / 3, 0.93}) {
    a.quotes[0].confidence = c;
    std::string streamed = "{";
    append_members(a, streamed);
    EXPECT_EQ(streamed + "}", dump(to_json(a))) << c;
  }
}

}  // namespace
}  // namespace newsmark
