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

// The wasm streams the JSON in pieces through append_members' flush hook: the pieces, joined, are the bytes written
// without it, wherever the hook cuts.
TEST(JsonMembers, PiecesHandedToTheFlushHookJoinToTheWholeOutput) {
  Analysis a;
  ASSERT_TRUE(analyze("date 2022-01-07\n\"We stand firm,\" Ursula von der Leyen said in Moscow on Monday. \"No,\" she "
                      "said in the US on Friday. Boris Johnson and Liz Truss met in Paris.", {}, a).ok());
  std::string whole;
  append_members(a, whole);
  for (const std::size_t at : {std::size_t{1}, std::size_t{64}, std::size_t{1} << 20}) {
    struct Joined {
      std::string s;
      int pieces = 0;
    } joined;
    std::string out;
    append_members(a, out, {[](void* c, std::string& o) {
                              auto& j = *static_cast<Joined*>(c);
                              j.s += o, ++j.pieces;
                              o.clear();
                            },
                            &joined, at});
    EXPECT_EQ(joined.s + out, whole) << at;
    if (at == 1) EXPECT_GE(joined.pieces, 8) << "a piece after every element";
    if (at == std::size_t{1} << 20) EXPECT_EQ(joined.pieces, 0);
  }
}

}  // namespace
}  // namespace newsmark
