#include <gtest/gtest.h>

#include <string>

#include "text/document.h"
#include "text/header.h"

namespace newsmark::text {
namespace {

TEST(ParseYmd, ReadsExactlyTenCharactersThatAreARealCalendarDay) {
  const auto d = parse_ymd("2024-02-29");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->y, 2024);
  EXPECT_EQ(d->m, 2);
  EXPECT_EQ(d->d, 29);
  for (const char* bad : {"2023-02-29", "2022-13-01", "2022-00-10", "0000-01-01", "2022-1-07", "2022-01-07T", "+022-01-07",
                          "2022/01/07", ""})
    EXPECT_FALSE(parse_ymd(bad)) << bad;
}

TEST(DateHeader, FirstLineDateIsTheHeader) {
  struct Case {
    const char* name;
    std::string in;
    std::string value;
    uint32_t begin, end, body;
  } cases[] = {
      {"the example's form, text on the same line", " date 2022-01-07 Nato must prepare.", "2022-01-07", 6, 16, 17},
      {"own line", "date 2022-01-07\nNato must prepare.", "2022-01-07", 5, 15, 16},
      {"CR LF and a blank line", "date 2022-01-07\r\n\r\nNato.", "2022-01-07", 5, 15, 19},
      {"capitalised with a colon", "Date: 2022-01-07\nText.", "2022-01-07", 6, 16, 17},
      {"tab and leading blank lines", "\n\n\tdate\t2022-01-07\nText.", "2022-01-07", 8, 18, 19},
      {"leap day", "date 2024-02-29\nText.", "2024-02-29", 5, 15, 16},
      {"header only", "date 2022-01-07", "2022-01-07", 5, 15, 15},
      {"after a byte-order mark", "\xEF\xBB\xBF" "date 2022-01-07\nText.", "2022-01-07", 8, 18, 19},
  };
  for (const auto& c : cases) {
    const auto h = find_date_header(c.in);
    ASSERT_TRUE(h) << c.name;
    EXPECT_EQ(h->value, c.value) << c.name;
    EXPECT_EQ(h->begin, c.begin) << c.name;
    EXPECT_EQ(h->end, c.end) << c.name;
    EXPECT_EQ(h->body, c.body) << c.name;
  }
}

TEST(DateHeader, InvalidOrMisplacedDatesAreNoHeader) {
  const char* cases[] = {
      "date 2022-02-30\nText.",     // no such day
      "date 2021-02-29\nText.",     // not a leap year
      "date 1900-02-29\nText.",     // century, not a leap year
      "date 2022-13-01\nText.",     // no such month
      "date 2022-00-10\nText.",     // month zero
      "date 0000-01-01\nText.",     // year zero
      "date 22-01-07\nText.",       // two-digit year
      "date 2022-1-7\nText.",       // unpadded
      "date 2022/01/07\nText.",     // other separators
      "date 2022-01-07x\nText.",    // glued to a word
      "date 2022-01-071\nText.",    // more digits
      "date 2022-01-07T10:00\n",    // a time is not part of the form
      "dated 2022-01-07\nText.",    // another word
      "date\n2022-01-07\nText.",    // split over lines
      "The date 2022-01-07 is set.",  // not at the start
      "Text.\ndate 2022-01-07",     // not the first line
      "date 2022-01-",              // cut short
      "date",
      "",
  };
  for (const char* c : cases) EXPECT_FALSE(find_date_header(c)) << c;
}

TEST(DateHeader, ValidYmdKnowsTheCalendar) {
  struct Case {
    int y, m, d;
    bool ok;
  } cases[] = {{2022, 1, 31, true},  {2022, 4, 31, false}, {2022, 2, 28, true}, {2024, 2, 29, true},
               {2000, 2, 29, true},  {2100, 2, 29, false}, {2022, 12, 31, true}, {2022, 0, 1, false},
               {2022, 1, 0, false},  {0, 1, 1, false},     {9999, 12, 31, true}, {10000, 1, 1, false}};
  for (const auto& c : cases) EXPECT_EQ(valid_ymd(c.y, c.m, c.d), c.ok) << c.y << '-' << c.m << '-' << c.d;
}

TEST(DateHeader, IsNotPartOfTheFirstSentence) {
  const auto d = make_document(" date 2022-01-07 Nato must prepare. Talks will fail.");
  ASSERT_TRUE(d.header);
  EXPECT_EQ(d.header->value, "2022-01-07");
  EXPECT_EQ(d.js(d.header->begin), 6u);
  EXPECT_EQ(d.js(d.header->end), 16u);
  ASSERT_FALSE(d.tokens.empty());
  EXPECT_EQ(d.word(0), "Nato");
  EXPECT_EQ(d.text_begin(0), 17u);
  ASSERT_EQ(d.sentences.size(), 2u);
  const uint32_t b = d.text_begin(d.sentences[0].begin), e = d.text_end(d.sentences[0].end - 1);
  EXPECT_EQ(d.text.substr(b, e - b), "Nato must prepare.");
  EXPECT_EQ(d.paragraphs.size(), 1u);
}

TEST(DateHeader, OffsetsAfterTheHeaderCountUtf16) {
  // The body's offsets index the whole text, emoji included: "date 2022-01-07\n😀 Zoë" -> "Zoë" at [19,22).
  const auto d = make_document("date 2022-01-07\n\xF0\x9F\x98\x80 Zo\xC3\xAB");
  ASSERT_TRUE(d.header);
  ASSERT_EQ(d.tokens.size(), 2u);
  EXPECT_EQ(d.js_begin(1), 19u);
  EXPECT_EQ(d.js_end(1), 22u);
}

TEST(DateHeader, WithoutAHeaderTheFirstLineIsProse) {
  const auto d = make_document("date 2022-02-30 was no day.");
  EXPECT_FALSE(d.header);
  ASSERT_FALSE(d.tokens.empty());
  EXPECT_EQ(d.word(0), "date");
  EXPECT_EQ(d.sentences.size(), 1u);
}

}  // namespace
}  // namespace newsmark::text
