// Resolution against the document date, driven by a table of (dct, sentence, phrase) -> value; the sentence carries
// the tense (will/said/...), as it does in an article.
#include <gtest/gtest.h>

#include <string>

#include "newsmark.h"
#include "recognise/dates/internal.h"

namespace newsmark {
namespace {

struct Row {
  const char* dct;
  const char* sentence;
  const char* phrase;
  const char* value;
};

// Each row's phrase is found as a mention with exactly that span and value, resolved against the dct.
template <std::size_t N>
void check_rows(const Row (&rows)[N]) {
  for (const auto& r : rows) {
    Analysis a;
    ASSERT_TRUE(analyze(r.sentence, {r.dct}, a).ok());
    const std::string text = r.sentence;
    const auto at = text.find(r.phrase);
    ASSERT_NE(at, std::string::npos);
    bool found = false;
    for (const auto& d : a.dates)
      if (d.at.start == at && d.at.end == at + std::string(r.phrase).size()) {
        found = true;
        EXPECT_EQ(d.value, r.value) << r.dct << " " << r.sentence;
        EXPECT_TRUE(d.relative) << r.sentence;
      }
    EXPECT_TRUE(found) << r.sentence << " / " << r.phrase;
  }
}

TEST(DatesResolution, TenseDecidesTheDirection) {
  const Row rows[] = {
      // A Friday article: the coming Monday for a future verb, the article's own day for a past one.
      {"2022-01-07", "Officials will hold talks on Monday.", "Monday", "2022-01-10"},
      {"2022-01-07", "The council meets on Wednesday, and officials will attend.", "Wednesday", "2022-01-12"},
      {"2022-01-07", "Ursula von der Leyen said on Friday.", "Friday", "2022-01-07"},
      {"2022-01-07", "The minister spoke on Tuesday.", "Tuesday", "2022-01-04"},
      {"2022-01-07", "The minister spoke on Saturday.", "Saturday", "2022-01-01"},
      {"2022-01-07", "They'll vote on Saturday.", "Saturday", "2022-01-08"},
      {"2011-05-29", "Fiat announced on Friday that it intends to buy more.", "Friday", "2011-05-27"},
      {"1998-08-08", "Bombs exploded next to the embassy on Friday.", "Friday", "1998-08-07"},
      {"2022-01-07", "Elections will be held in March.", "March", "2022-03"},
      // Months: the nearest one in the verb's direction.
      {"2022-01-07", "Elections will be held in March.", "March", "2022-03"},
      {"2022-01-07", "Prices rose in November.", "November", "2021-11"},
      {"2022-11-02", "The bank will be acquired in January.", "January", "2023-01"},
      {"2022-06-15", "Sales were weak in March.", "March", "2022-03"},
      {"1998-08-26", "He said the visit was planned in September.", "September", "1998-09"},
      // A day close to the dct keeps its year whatever the tense; a far one follows the tense.
      {"2000-01-06", "He decided the boy must be returned by Jan. 14.", "Jan. 14", "2000-01-14"},
      {"2000-01-06", "The deal closed on Dec. 15.", "Dec. 15", "1999-12-15"},
      // Quarters and seasons.
      {"1989-10-26", "It plans to restructure after a third-quarter loss.", "third-quarter", "1989-Q3"},
      {"2022-01-07", "It will open next summer.", "next summer", "2022-SU"},
      {"2022-08-07", "It opened last summer.", "last summer", "2021-SU"},
      // Weeks and months moved from the dct.
      {"2022-01-07", "They met last week.", "last week", "2021-W52"},
      {"2022-01-12", "They met last week.", "last week", "2022-W01"},
      {"2022-01-07", "They met last month.", "last month", "2021-12"},
      // A decade ago is a year, ten back.
      {"2022-01-07", "A decade ago the town was poor.", "A decade ago", "2012"},
  };
  check_rows(rows);
}

TEST(DatesResolution, IntentBeforeToLooksAheadOnlyForTheDatesAfterIt) {
  const Row rows[] = {
      // A Sunday article: `set to resume Monday` is tomorrow, not six days ago.
      {"2022-03-20", "The talks, set to resume Monday in Geneva, stalled.", "Monday", "2022-03-21"},
      {"2022-03-23", "Police said they did not plan to close the road on Friday.", "Friday", "2022-03-25"},
      // `plans to` after the date says nothing of it.
      {"2022-10-30", "In September, the firm announced plans to sell its mills.", "September", "2022-09"},
  };
  check_rows(rows);
}

TEST(DatesResolution, AnExpectationInThePastPerfectLiesBehind) {
  const Row rows[] = {
      {"2022-10-31", "The offer was extended. It had been due to expire Friday.", "Friday", "2022-10-28"},
      {"2022-10-31", "The vote had been scheduled to take place on Thursday.", "Thursday", "2022-10-27"},
  };
  check_rows(rows);
}

TEST(DatesResolution, EffectiveAndPayableDatesLieAhead) {
  const Row rows[] = {
      {"2022-10-20", "The board named a new chairman, effective Feb. 1.", "Feb. 1", "2023-02-01"},
      {"2022-10-20", "It declared a dividend, payable Dec. 20 to holders of record.", "Dec. 20", "2022-12-20"},
  };
  check_rows(rows);
}

TEST(DatesResolution, SinceLooksBack) {
  const Row rows[] = {
      {"2022-05-06", "Police have been searching for him since shortly after the Oct. 20 attack.", "Oct. 20",
       "2021-10-20"},
  };
  check_rows(rows);
}

TEST(DatesResolution, ThroughAMonthTakesTheNearerOne) {
  const Row rows[] = {
      // The verb's tense says nothing of a span's end: the nearer month is meant.
      {"2022-10-30", "The banks extended credit lines through January.", "January", "2023-01"},
      {"2022-10-30", "Sales this year through August were flat, the group said.", "August", "2022-08"},
  };
  check_rows(rows);
}

TEST(DatesResolution, WhenAndIfOpenAClauseWithItsOwnTense) {
  const Row rows[] = {
      // The past verb after `when` is not the date's: with no cue of its own, the nearer May is meant.
      {"2022-03-29", "The court hears the case in May, when the family lost a first appeal.", "May", "2022-05"},
  };
  check_rows(rows);
}

TEST(DatesResolution, AnaphoricDatesMoveFromTheDateNamedLast) {
  const Row rows[] = {
      {"2022-04-18", "On May 22, 2015, she was promoted, and the following year she left.", "the following year", "2016"},
      {"2022-04-18", "She moved to Lisbon in June 2019 and returned later that year.", "later that year", "2019"},
      {"2022-04-18", "He was arrested on March 3, 2020 and released the next morning.", "the next morning",
       "2020-03-04TMO"},
      {"2022-04-18", "The plant closed in March 2021. The following month, it was sold.", "The following month",
       "2021-04"},
      {"2022-04-18", "Imports peaked in 2011, and exports fell that year.", "that year", "2011"},
      {"2022-04-18", "The vote was on Jan. 5, 2021; the previous day, crowds gathered.", "the previous day", "2021-01-04"},
      {"2022-10-31", "The index fell on Friday, down 4% from the previous Friday.", "the previous Friday", "2022-10-21"},
      // With no date named before, the document date is the anchor.
      {"2022-04-18", "Talks failed, and the following year looks no better.", "the following year", "2023"},
  };
  check_rows(rows);
}

TEST(DatesCalendar, IsoWeeksAndWeekdays) {
  using namespace dates;
  EXPECT_EQ(iso_week(days_from_civil(2022, 1, 7)), "2022-W01");
  EXPECT_EQ(iso_week(days_from_civil(2022, 1, 10)), "2022-W02");
  EXPECT_EQ(iso_week(days_from_civil(2021, 1, 3)), "2020-W53");
  EXPECT_EQ(iso_weekday(days_from_civil(2022, 1, 7)), 5);
  const Ymd r = civil_from_days(days_from_civil(2024, 2, 29) + 1);
  EXPECT_EQ(r.m, 3);
  EXPECT_EQ(r.d, 1);
}

}  // namespace
}  // namespace newsmark
