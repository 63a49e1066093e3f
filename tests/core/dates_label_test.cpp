// The readable label of every date value shape the recognisers produce: what the page and exports show a reader.
#include <gtest/gtest.h>

#include <string>

#include "newsmark.h"
#include "recognise/dates/internal.h"

namespace newsmark::dates {
namespace {

struct Case {
  const char* value;
  DateKind kind;
  const char* words;
  const char* label;
};

TEST(DateLabel, EveryValueShapeReadsAsWords) {
  const Case cases[] = {
      {"2019-01-09", DateKind::Date, "Wednesday", "Wed 9 Jan 2019"},
      {"1998-08", DateKind::Date, "August", "August 1998"},
      {"1995", DateKind::Date, "1995", "1995"},
      {"197", DateKind::Date, "the 1970s", "the 1970s"},
      {"19", DateKind::Date, "the 20th century", "the 1900s"},
      {"1998-W32", DateKind::Date, "that week", "week of 3 Aug 1998"},
      {"1998-W33-WE", DateKind::Date, "the weekend", "weekend of 15 Aug 1998"},
      {"2015-Q1", DateKind::Date, "the first quarter", "first quarter of 2015"},
      {"1989-H2", DateKind::Date, "the second half", "second half of 1989"},
      {"1998-SU", DateKind::Date, "this summer", "summer 1998"},
      {"1998-FA", DateKind::Date, "the fall", "autumn 1998"},
      {"2016-10-19TAF", DateKind::Date, "Wednesday afternoon", "Wed 19 Oct 2016, afternoon"},
      {"1999-02-04TNI", DateKind::Date, "Thursday night", "Thu 4 Feb 1999, night"},
      {"1998-08-08T10:35", DateKind::Time, "10:35 a.m.", "Sat 8 Aug 1998, 10:35"},
      {"P3Y", DateKind::Duration, "three years", "3 years"},
      {"P1Y", DateKind::Duration, "a year", "a year"},
      {"PXW", DateKind::Duration, "weeks", "a few weeks"},
      {"P1DE", DateKind::Duration, "a decade", "a decade"},
      {"P2CE", DateKind::Duration, "two centuries", "2 centuries"},
      {"P1D", DateKind::Set, "daily", "every day"},
      {"P2W", DateKind::Set, "every two weeks", "every 2 weeks"},
      {"XXXX-WXX-4", DateKind::Set, "on Thursdays", "every Thursday"},
  };
  for (const auto& c : cases) EXPECT_EQ(label_of(c.value, c.kind, c.words), c.label) << c.value;
}

TEST(DateLabel, VagueReferencesAndUnknownShapesReadAsTheTextsOwnWords) {
  EXPECT_EQ(label_of("PAST_REF", DateKind::Date, "a few weeks ago"), "a few weeks ago");
  EXPECT_EQ(label_of("PRESENT_REF", DateKind::Date, "currently"), "currently");
  EXPECT_EQ(label_of("FUTURE_REF", DateKind::Date, "in the future"), "in the future");
  EXPECT_EQ(label_of("", DateKind::Date, "August 30"), "August 30");
  EXPECT_EQ(label_of("1998-13", DateKind::Date, "Smarch"), "Smarch");  // no month 13
}

TEST(DateLabel, TheAnalysisCarriesTheLabelOfEachDate) {
  Options o;
  o.dct = "2019-01-14";
  Analysis a;
  ASSERT_TRUE(analyze("On Wednesday, the talks resumed. A few weeks ago it was different.", o, a).ok());
  ASSERT_EQ(a.dates.size(), 2u);
  EXPECT_EQ(a.dates[0].label, "Wed 9 Jan 2019");
  EXPECT_EQ(a.dates[1].label, "A few weeks ago");
}

}  // namespace
}  // namespace newsmark::dates
