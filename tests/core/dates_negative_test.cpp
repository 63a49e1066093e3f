// What must NOT be found as a date (kind date or time): numbers, money, percentages, clock-like numbers, scores,
// names and verbs that look like months or weekdays, ages, counts.
#include <gtest/gtest.h>

#include "newsmark.h"

namespace newsmark {
namespace {

TEST(DatesNegative, NothingThatOnlyLooksLikeADate) {
  const char* texts[] = {
      "The fund holds 2014 shares.",
      "About 2014 people attended.",
      "It cost \xC2\xA3" "2,014 in all.",
      "It cost $2014 in all.",
      "Turnout rose 20.14% overall.",
      "Unemployment fell 3.5 percent.",
      "The score was 2-1 at half time.",
      "Theresa May spoke to reporters.",
      "Prices may be higher, and May be damned.",
      "They joined the march on Washington.",
      "They joined the March on Washington.",
      "He writes for the Sunday Times.",
      "A man aged 45 was arrested.",
      "The score was 2014-3 in the end.",
      "Version 1.2.3 is out.",
      "He ran 100 meters in 9.58 seconds.",
      "They found 1,700 injured.",
      "The film High Noon won.",
      "This is VOA Today.",
      "The Russell 2000 Index fell.",
      "Christmas sales were weak.",
      "Europe's future is at stake if it joins in future.",
      "About two thousand people marched.",
      "The train leaves at eleven thirty.",
      "Nineteen people were hurt.",
      "She is in her nineties.",
      "They led in the first half of the game.",
      "The birds arrived a month earlier than usual.",
      "If that day ever comes, we will leave.",
  };
  for (const char* t : texts) {
    Analysis a;
    ASSERT_TRUE(analyze(t, {"2022-01-07"}, a).ok());
    for (const auto& d : a.dates)
      EXPECT_TRUE(d.kind == DateKind::Duration || d.kind == DateKind::Set)
          << t << " -> " << std::string(t).substr(d.at.start, d.at.end - d.at.start);
  }
}

TEST(DatesNegative, DurationsAreNotDates) {
  Analysis a;
  ASSERT_TRUE(analyze("It took many weeks and three years.", {"2022-01-07"}, a).ok());
  ASSERT_EQ(a.dates.size(), 2u);
  for (const auto& d : a.dates) EXPECT_EQ(d.kind, DateKind::Duration);
}

TEST(DatesNegative, ClockTimeAloneIsATimeNotADate) {
  Analysis a;
  ASSERT_TRUE(analyze("The blast came at 10:35 a.m.", {"2022-01-07"}, a).ok());
  ASSERT_EQ(a.dates.size(), 1u);
  EXPECT_EQ(a.dates[0].kind, DateKind::Time);
}

TEST(DatesNegative, BadInputNeverCrashes) {
  const std::string inputs[] = {"", std::string(100000, 'x'), std::string(20000, '"'), "May", "Monday",
                                std::string(5000, '1') + "/1/1", "2022-", "the year", "a year ago"};
  for (const auto& s : inputs) {
    Analysis a;
    EXPECT_TRUE(analyze(s, {}, a).ok());
  }
}

}  // namespace
}  // namespace newsmark
