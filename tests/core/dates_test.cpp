// One table per recogniser: each case gives a text, the mention expected (UTF-16 start and end) and its value.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "newsmark.h"

namespace newsmark {
namespace {

// The expected span is the phrase's place in the (ASCII) text: start and end are asserted exactly.
struct Case {
  const char* text;
  const char* dct;  // "" for none
  const char* phrase;
  const char* value;
};

// The mention starting at `start`, or null.
const DateMention* at(const Analysis& a, uint32_t start) {
  for (const auto& d : a.dates)
    if (d.at.start == start) return &d;
  return nullptr;
}

void check(const Case& c) {
  Analysis a;
  ASSERT_TRUE(analyze(c.text, {c.dct}, a).ok()) << c.text;
  const auto start = static_cast<uint32_t>(std::string(c.text).find(c.phrase));
  const DateMention* d = at(a, start);
  ASSERT_NE(d, nullptr) << c.text << " @" << start;
  EXPECT_EQ(d->at.end, start + std::string(c.phrase).size()) << c.text;
  EXPECT_EQ(d->value, c.value) << c.text;
}

TEST(DatesIso, DashedAndSlashedDays) {
  const Case cases[] = {
      {"It opened on 2022-01-07 in Brussels.", "", "2022-01-07", "2022-01-07"},
      {"Filed 2021/12/31.", "", "2021/12/31", "2021-12-31"},
  };
  for (const auto& c : cases) check(c);
}

TEST(DatesNumeric, MonthFirstUnlessTheTextSaysOtherwise) {
  const Case cases[] = {
      {"Released 7/8/07 in stores.", "", "7/8/07", "2007-07-08"},
      {"Held 07/01/2022 and 25/01/2022.", "", "07/01/2022", "2022-01-07"},
  };
  for (const auto& c : cases) check(c);
}

TEST(DatesNumeric, CallerOrderDecidesAndTheResultSaysWhichWasUsed) {
  struct OrderCase {
    const char* text;
    const char* option;  // Options::date_order
    const char* value;
    const char* order;
  };
  const OrderCase cases[] = {
      {"Held 07/01/2022.", "", "2022-07-01", "mdy"},
      {"Held 07/01/2022.", "dmy", "2022-01-07", "dmy"},
      {"Held 07/01/2022 and 25/01/2022.", "", "2022-01-07", "dmy"},
      {"Held 07/01/2022 and 25/01/2022.", "mdy", "2022-07-01", "mdy"},
  };
  for (const auto& c : cases) {
    Analysis a;
    Options o;
    o.date_order = c.option;
    ASSERT_TRUE(analyze(c.text, o, a).ok()) << c.text;
    const DateMention* d = at(a, 5);
    ASSERT_NE(d, nullptr) << c.text;
    EXPECT_EQ(d->at.end, 15u) << c.text;
    EXPECT_EQ(d->value, c.value) << c.text << " " << c.option;
    EXPECT_EQ(d->order, c.order) << c.text << " " << c.option;
  }
  Analysis a;
  ASSERT_TRUE(analyze("On 7 January 2022.", {}, a).ok());
  ASSERT_EQ(a.dates.size(), 1u);
  EXPECT_EQ(a.dates[0].order, "");  // only numeric dates carry an order
  Options bad;
  bad.date_order = "ymd";
  EXPECT_EQ(analyze("x", bad, a).code, "bad-date-order");
}

TEST(DatesMonthName, DayMonthYearInEitherOrder) {
  const Case cases[] = {
      {"It was signed on January 7, 2022 in Paris.", "", "January 7, 2022", "2022-01-07"},
      {"It was signed on 7 January 2022 in Paris.", "", "7 January 2022", "2022-01-07"},
      {"Talks began Jan. 7 after a pause.", "2022-01-10", "Jan. 7", "2022-01-07"},
      {"Talks began on 7th of January.", "2022-01-10", "7th of January", "2022-01-07"},
      {"March 01 , 2008 was a Saturday.", "", "March 01 , 2008", "2008-03-01"},
      {"Sales fell in November 2006 and rose later.", "", "November 2006", "2006-11"},
      {"Prices peaked in mid-January.", "2022-03-01", "mid-January", "2022-01"},
      {"Prices peaked in early March.", "2022-05-01", "early March", "2022-03"},
      {"The vote was held last May.", "2022-04-01", "last May", "2021-05"},
      {"The vote was held in June last year.", "2022-06-01", "June last year", "2021-06"},
      {"The March accession will help.", "1999-02-10", "March", "1999-03"},
  };
  for (const auto& c : cases) check(c);
}

TEST(DatesYear, YearsDecadesCenturiesInDateContext) {
  const Case cases[] = {
      {"Russia annexed Crimea in 2014 in a move.", "", "2014", "2014"},
      {"It has grown since 2014.", "", "2014", "2014"},
      {"He lost the 2014 election.", "", "2014", "2014"},
      {"Music of the 1990s was loud.", "", "1990s", "199"},
      {"It began in the early 1980s.", "", "early 1980s", "198"},
      {"It was built in the 20th century.", "", "20th century", "19"},
      {"The launch slipped to mid-2011.", "", "mid-2011", "2011"},
  };
  for (const auto& c : cases) check(c);
}

TEST(DatesYear, DecadesInWordsAndWithAJoinedModifier) {
  const Case cases[] = {
      {"Crime fell through the nineties, he said.", "", "nineties", "199"},
      {"It aims for half the market by the mid-1990s.", "", "mid-1990s", "199"},
  };
  for (const auto& c : cases) check(c);
}

TEST(DatesYear, MoreCuesThatMakeANumberAYear) {
  const Case cases[] = {
      {"It sold notes due 2031 and shares.", "", "2031", "2031"},
      {"He ran in his unsuccessful 1996 campaign.", "", "1996", "1996"},
  };
  for (const auto& c : cases) check(c);
}

TEST(DatesYear, ARangeWrittenAsOneIsTwoYears) {
  const Case cases[] = {
      {"The 2014-15 budget was cut.", "", "2014", "2014"},
      {"The 2014-15 budget was cut.", "", "15", "2015"},
      {"He served in 1957-58 as envoy.", "", "58", "1958"},
      {"The season of 1999-00 was wet.", "", "00", "2000"},
      {"Prices fell in 2009-2010 across Europe.", "", "2010", "2010"},
  };
  for (const auto& c : cases) check(c);
}

TEST(DatesYear, YearsSaidInWords) {
  const Case cases[] = {
      {"In nineteen ninety-one he was convicted.", "", "nineteen ninety-one", "1991"},
      {"A nineteen ninety-seven attack on a club.", "", "nineteen ninety-seven", "1997"},
      {"By the year two thousand it will end.", "", "the year two thousand", "2000"},
      {"It began in January nineteen eighty.", "", "January nineteen eighty", "1980-01"},
      {"Oil fell in the winter of nineteen ninety-four.", "", "the winter of nineteen ninety-four", "1994-WI"},
      {"He left in nineteen oh five.", "", "nineteen oh five", "1905"},
  };
  for (const auto& c : cases) check(c);
}

TEST(DatesWeekday, WeekdaysWithShiftsAndPartsOfDay) {
  const Case cases[] = {
      {"Ministers met on Friday.", "2022-01-07", "Friday", "2022-01-07"},
      {"They will hold talks on Monday.", "2022-01-07", "Monday", "2022-01-10"},
      {"He arrived last Friday.", "2022-01-07", "last Friday", "2021-12-31"},
      {"She will come next Tuesday.", "2022-01-07", "next Tuesday", "2022-01-11"},
      {"The site closed Thursday night.", "2022-01-07", "Thursday night", "2022-01-06TNI"},
  };
  for (const auto& c : cases) check(c);
}

TEST(DatesDeictic, WordsThatPointFromTheDocumentDate) {
  const Case cases[] = {
      {"So today ministers spoke.", "2022-01-07", "today", "2022-01-07"},
      {"He left yesterday.", "2022-01-07", "yesterday", "2022-01-06"},
      {"She flies tomorrow.", "2022-01-07", "tomorrow", "2022-01-08"},
      {"He spoke this morning.", "2022-01-07", "this morning", "2022-01-07TMO"},
      {"Prices are now higher.", "2022-01-07", "now", "PRESENT_REF"},
      {"Losses rose recently.", "2022-01-07", "recently", "PAST_REF"},
      {"It may hurt current earnings.", "2022-01-07", "current", "PRESENT_REF"},
      {"It may matter in the future.", "2022-01-07", "the future", "FUTURE_REF"},
      {"Shops close early these days.", "2022-01-07", "these days", "PRESENT_REF"},
  };
  for (const auto& c : cases) check(c);
}

TEST(DatesRelative, UnitsMovedFromTheDocumentDate) {
  const Case cases[] = {
      {"He said next week's talks matter.", "2022-01-07", "next week", "2022-W02"},
      {"Sales rose last year.", "2022-01-07", "last year", "2021"},
      {"Profit for this fiscal year rose.", "2022-01-07", "this fiscal year", "2022"},
      {"Last calendar quarter was weak.", "2022-01-07", "Last calendar quarter", "2021-Q4"},
      {"It happened earlier this month.", "2022-01-07", "earlier this month", "2022-01"},
      {"They met three years ago.", "2022-01-07", "three years ago", "2019"},
      {"They met two days ago.", "2022-01-07", "two days ago", "2022-01-05"},
      {"We talk this weekend.", "2022-01-07", "this weekend", "2022-W01-WE"},
      {"Growth will slow next year.", "2022-01-07", "next year", "2023"},
  };
  for (const auto& c : cases) check(c);
}

TEST(DatesRelative, TheEndOfAPeriodIsThatPeriod) {
  const Case cases[] = {
      {"The deal should close by year-end.", "2022-10-20", "year-end", "2022"},
      {"Cuts are planned by year end, it said.", "2022-10-20", "year end", "2022"},
      {"Rules take effect by the year's end.", "2022-10-20", "the year's end", "2022"},
      {"Troops arrive by the end of the month.", "2022-08-13", "the end of the month", "2022-08"},
      {"Losses grew at the end of last year.", "2022-08-13", "the end of last year", "2021"},
  };
  for (const auto& c : cases) check(c);
}

TEST(DatesRelative, TheFullOrFiscalYearIsTheDocumentDatesYear) {
  const Case cases[] = {
      {"Sales for the full year rose 13%.", "2022-11-02", "the full year", "2022"},
      {"Earnings will be lower for the fiscal year.", "2022-11-02", "the fiscal year", "2022"},
  };
  for (const auto& c : cases) check(c);
}

TEST(DatesQuarter, QuartersAndHalves) {
  const Case cases[] = {
      {"Profit rose in the third quarter.", "2022-11-02", "the third quarter", "2022-Q3"},
      {"Third-quarter profit rose.", "2022-11-02", "Third-quarter", "2022-Q3"},
      {"Output grew in Q3 2021.", "", "Q3 2021", "2021-Q3"},
      {"Sales fell in the first quarter of 2009.", "", "the first quarter of 2009", "2009-Q1"},
      {"It made less in the first half of last year.", "2022-11-02", "the first half of last year", "2021-H1"},
      {"Profit was $5 in the third quarter, from $4 in the year-ago quarter.", "2022-11-02", "the year-ago quarter", "2021-Q3"},
      {"In the year-ago third quarter, it earned $2 million.", "2022-11-02", "the year-ago third quarter", "2021-Q3"},
      {"Results for the fiscal-second quarter were weak.", "2022-11-02", "the fiscal-second quarter", "2022-Q2"},
      {"Earnings will fall in the last half of 2021.", "", "the last half of 2021", "2021-H2"},
      {"Prices stay low through the first two quarters of 2023.", "", "the first two quarters of 2023", "2023-H1"},
  };
  for (const auto& c : cases) check(c);
}

TEST(DatesQuarter, ComparedPeriodsFollowTheDateNamedLast) {
  const Case cases[] = {
      {"Profit rose in the third quarter. In the corresponding period last year, it lost money.", "2022-11-02",
       "the corresponding period last year", "2021-Q3"},
      {"Profit rose in the second quarter. It earned $3 million in the 2020 period.", "2022-11-02", "the 2020 period",
       "2020-Q2"},
      {"Net fell in the third quarter. Sales for last year's quarter were $3 million.", "2022-11-02",
       "last year's quarter", "2021-Q3"},
      {"Profit rose in the third quarter, from $4 in the quarter a year ago.", "2022-11-02", "the quarter a year ago",
       "2021-Q3"},
      // No quarter named: the month named last, a year back.
      {"Sales rose in February, up 5% from the same period last year.", "2022-03-10", "the same period last year",
       "2021-02"},
      {"Car sales fell in January, compared with the same month a year ago.", "2022-02-03",
       "the same month a year ago", "2021-01"},
  };
  for (const auto& c : cases) check(c);
}

TEST(DatesSeason, SeasonsWithACue) {
  const Case cases[] = {
      {"Elections come this summer.", "2022-01-07", "this summer", "2022-SU"},
      {"It failed last fall.", "2022-01-07", "last fall", "2021-FA"},
      {"It opened in the summer of 2008.", "", "the summer of 2008", "2008-SU"},
  };
  for (const auto& c : cases) check(c);
}

TEST(DatesTime, ClockTimesTakeTheirDay) {
  const Case cases[] = {
      {"The blast came at 10:35 a.m. Friday.", "1998-08-08", "10:35 a.m. Friday", "1998-08-07T10:35"},
      {"The index fell at 18:00 UTC today.", "2009-12-16", "18:00 UTC today", "2009-12-16T18:00"},
  };
  for (const auto& c : cases) check(c);
}

TEST(DatesMonthName, ADayListedAfterAMonthDayIsInThatMonth) {
  const Case cases[] = {
      {"The summit meets on April 24 and 25 in Washington.", "2022-02-10", "25", "2022-04-25"},
  };
  for (const auto& c : cases) check(c);
}

TEST(DatesTime, AClockTimeAloneIsOnTheDayLastNamed) {
  const Case cases[] = {
      {"The doctor was killed on Oct. 23, 2021. He was shot at 10 p.m. in his kitchen.", "2022-04-19", "10 p.m.",
       "2021-10-23T22:00"},
      {"He was shot at 10 p.m. in his kitchen.", "2022-04-19", "10 p.m.", "2022-04-19T22:00"},
  };
  for (const auto& c : cases) check(c);
}

TEST(DatesMerge, PartsOfOneDateBecomeOneMention) {
  const Case cases[] = {
      {"The paper said in an editorial on Monday, Oct. 26: no.", "1998-10-27", "Monday, Oct. 26", "1998-10-26"},
      {"Net sales for this year's third quarter rose.", "1989-11-01", "this year's third quarter", "1989-Q3"},
      {"It took a charge in the 1988 second quarter.", "1989-11-01", "1988 second quarter", "1988-Q2"},
      {"The INS extended its deadline until 9 a.m. EST Tuesday.", "2000-04-03", "9 a.m. EST Tuesday",
       "2000-04-04T09:00"},
  };
  for (const auto& c : cases) check(c);
}

TEST(DatesHoliday, HolidaysPlacedByTheirRule) {
  const Case cases[] = {
      {"He has clung on since Thanksgiving Day.", "2000-01-07", "Thanksgiving Day", "1999-11-25"},
      {"They met last Thanksgiving.", "2000-02-10", "last Thanksgiving", "1999-11-25"},
      {"Voters go to the polls on Election Day.", "1998-10-26", "Election Day", "1998-11-03"},
      {"Churches were full on Easter 2022.", "", "Easter 2022", "2022-04-17"},
      {"Shops will close on Good Friday.", "2022-04-01", "Good Friday", "2022-04-15"},
      {"Parades will mark Memorial Day.", "2022-05-01", "Memorial Day", "2022-05-30"},
      {"The rally was held on Christmas Eve.", "2022-01-07", "Christmas Eve", "2021-12-24"},
  };
  for (const auto& c : cases) check(c);
}

TEST(DatesDurationSet, TypedApartFromDates) {
  struct Typed {
    const char* text;
    uint32_t start, end;
    DateKind kind;
    const char* value;
  };
  const Typed cases[] = {
      {"It took many weeks to prepare.", 8, 18, DateKind::Duration, "PXW"},
      {"He served three years in office.", 10, 21, DateKind::Duration, "P3Y"},
      {"They meet every Monday.", 10, 22, DateKind::Set, "XXXX-WXX-1"},
      {"It is open on Fridays.", 14, 21, DateKind::Set, "XXXX-WXX-5"},
      {"Figures are published daily.", 22, 27, DateKind::Set, "P1D"},
  };
  for (const auto& c : cases) {
    Analysis a;
    ASSERT_TRUE(analyze(c.text, {"2022-01-07"}, a).ok());
    const DateMention* d = at(a, c.start);
    ASSERT_NE(d, nullptr) << c.text;
    EXPECT_EQ(d->at.end, c.end) << c.text;
    EXPECT_EQ(d->kind, c.kind) << c.text;
    EXPECT_EQ(d->value, c.value) << c.text;
  }
}

TEST(DatesOffsets, AreUtf16CodeUnits) {
  // The emoji is two UTF-16 code units and four UTF-8 bytes.
  Analysis a;
  ASSERT_TRUE(analyze("\xF0\x9F\x98\x80 Caf\xC3\xA9 opened on Monday.", {"2022-01-07"}, a).ok());
  ASSERT_EQ(a.dates.size(), 1u);
  EXPECT_EQ(a.dates[0].at, (Offsets{18, 24}));
}

TEST(DatesDct, FromDatelineWhenNoHeaderOrOption) {
  struct DctCase {
    const char* text;
    const char* option;
    const char* value;
    DctSource source;
  };
  const DctCase cases[] = {
      {"Boeing wins contract\nMarch 01 , 2008\nThe deal was signed on Friday.", "", "2008-03-01", DctSource::Dateline},
      {"January 7, 2022 - Nato ministers met on Friday.", "", "2022-01-07", DctSource::Dateline},
      {"Published: 7 January 2022\nNato ministers met on Friday.", "", "2022-01-07", DctSource::Dateline},
      {"date 2022-01-07\nNato ministers met on Friday.", "", "2022-01-07", DctSource::Header},
      {"Updated 2022-01-07 10:00\nNato ministers met on Friday.", "", "2022-01-07", DctSource::Dateline},
      {"Nato talks\nUpdated 10:30 GMT, 7 January 2022\nMinisters met on Friday.", "", "2022-01-07", DctSource::Dateline},
      {"By Jane Doe, BBC News\nJanuary 7, 2022\nMinisters met on Friday.", "", "2022-01-07", DctSource::Dateline},
      {"date 2022-01-07\nNato ministers met on Friday.", "2021-03-03", "2021-03-03", DctSource::Option},
  };
  for (const auto& c : cases) {
    Analysis a;
    ASSERT_TRUE(analyze(c.text, {c.option}, a).ok());
    ASSERT_TRUE(a.dct) << c.text;
    EXPECT_EQ(a.dct->value, c.value) << c.text;
    EXPECT_EQ(a.dct->source, c.source) << c.text;
  }
}

TEST(DatesDct, IsoDateBelowTheFirstLineIsNoDateline) {
  Analysis a;
  ASSERT_TRUE(analyze("Zo\xC3\xAB date\n date 2022-03-04", {}, a).ok());
  EXPECT_FALSE(a.dct);
}

TEST(DatesDct, HeaderDateIsAlsoAMention) {
  Analysis a;
  ASSERT_TRUE(analyze("date 2022-01-07\nText.", {}, a).ok());
  ASSERT_FALSE(a.dates.empty());
  EXPECT_EQ(a.dates[0].at, (Offsets{5, 15}));
  EXPECT_EQ(a.dates[0].value, "2022-01-07");
}

TEST(DatesDct, AQuotedMessageIsReadAgainstItsOwnDate) {
  // The lead-in dates the message that follows; its weekdays are read from Monday, Oct. 24, not from the dct.
  const Case cases[] = {
      {"The Times said in an editorial on Monday, Oct. 24:\n\nThe vote last week was a warning.", "2022-10-01",
       "last week", "2022-W42"},
  };
  for (const auto& c : cases) check(c);
}

TEST(DatesDct, NoDateLeavesRelativeDatesUnresolved) {
  Analysis a;
  ASSERT_TRUE(analyze("The AP news agency said on Monday it would act.", {}, a).ok());
  EXPECT_FALSE(a.dct);
  ASSERT_EQ(a.dates.size(), 1u);
  EXPECT_TRUE(a.dates[0].relative);
  EXPECT_EQ(a.dates[0].value, "");
}

}  // namespace
}  // namespace newsmark
