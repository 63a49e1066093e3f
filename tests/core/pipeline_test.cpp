#include <gtest/gtest.h>

#include "json/to_json.h"
#include "newsmark.h"

namespace newsmark {
namespace {

TEST(Analyze, EmptyTextGivesEmptyLayersAndNoDct) {
  Analysis a;
  ASSERT_TRUE(analyze("", {}, a).ok());
  EXPECT_EQ(dump(to_json(a)),
            R"({"schema":"newsmark/1","dct":null,"people":[],"quotes":[],"countries":[],"dates":[]})");
}

TEST(Analyze, HeaderDateBecomesDctWithItsOffsets) {
  Analysis a;
  ASSERT_TRUE(analyze(" date 2022-01-07 Nato must prepare.", {}, a).ok());
  ASSERT_TRUE(a.dct);
  EXPECT_EQ(a.dct->value, "2022-01-07");
  EXPECT_EQ(a.dct->source, DctSource::Header);
  EXPECT_EQ(a.dct->span, (Offsets{6, 16}));
}

TEST(Analyze, CallerDateWinsOverHeader) {
  Analysis a;
  ASSERT_TRUE(analyze("date 2022-01-07\nText.", {"2021-05-03"}, a).ok());
  EXPECT_EQ(a.dct->value, "2021-05-03");
  EXPECT_EQ(a.dct->source, DctSource::Option);
  EXPECT_FALSE(a.dct->span);
}

TEST(Analyze, RejectsMalformedCallerDate) {
  Analysis a;
  for (const char* bad : {"2022-02-30", "2022-1-7", "yesterday", "2022-01-07T10:00"}) {
    const auto s = analyze("Text.", {bad}, a);
    EXPECT_EQ(s.code, "bad-dct") << bad;
    EXPECT_FALSE(s.message.empty());
  }
}

}  // namespace
}  // namespace newsmark
