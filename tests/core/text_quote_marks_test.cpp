// The one quote-mark classifier: what a mark's character says, and the splitter's and the quote finder's readings.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quotes/marks.h"
#include "text/document.h"
#include "text/quote_marks.h"

namespace newsmark::text {
namespace {

const char* name(Facing f) { return f == Facing::Open ? "opens" : f == Facing::Close ? "closes" : "either"; }

// "double curly opens; splitter opens; spacing opens": the character as written, the sentence splitter's reading with
// no quote open and more text on the line, and the quote finder's reading by the spacing around the mark.
std::string describe(const std::string& text, std::size_t at, std::size_t len) {
  QuoteChar q, e;
  if (!read_quote_char(text, at, Guillemets::AsWritten, q)) return "no mark";
  read_quote_char(text, at, Guillemets::EitherWay, e);
  return std::string(q.family == QuoteFamily::Double ? "double " : "single ") +
         (q.style == QuoteStyle::Curly ? "curly " : q.style == QuoteStyle::Straight ? "straight " : "typewriter ") +
         name(q.facing) + "; splitter " + name(facing_in_paragraph(e, {}, false)) + "; spacing " +
         name(facing_by_spacing(q, text, at, at + len));
}

struct Case {
  const char* name;
  std::string before, mark, after;
  const char* want;
};

TEST(QuoteMarks, ClassifiesEachMarkByCharacterAndSpacing) {
  const std::vector<Case> cases = {
      {"straight double opening", "said: ", "\"", "We", "double straight either; splitter opens; spacing opens"},
      {"straight double closing", "\"We won,", "\"", " he said",
       "double straight either; splitter opens; spacing closes"},
      {"straight double between words", "a", "\"", "b", "double straight either; splitter opens; spacing either"},
      {"straight single opening", "the term ", "'", "outreach'",
       "single straight either; splitter opens; spacing opens"},
      {"straight single alone after a quoted phrase", "the term 'outreach,' ", "'", " he said",
       "single straight either; splitter opens; spacing closes"},
      {"curly double opening", "", "\xE2\x80\x9C", "We", "double curly opens; splitter opens; spacing opens"},
      {"curly double closing", "won.", "\xE2\x80\x9D", " He", "double curly closes; splitter closes; spacing closes"},
      {"curly opener used to close", "51 percent.", "\xE2\x80\x9C", "",
       "double curly opens; splitter opens; spacing closes"},
      {"Swedish style closer opening", "said ", "\xE2\x80\x9D", "Yes",
       "double curly closes; splitter closes; spacing opens"},
      {"closer at a line start opens", "said\n", "\xE2\x80\x9D", " what",
       "double curly closes; splitter closes; spacing opens"},
      {"low-9 opening", "sagte: ", "\xE2\x80\x9E", "Ja", "double curly opens; splitter opens; spacing opens"},
      {"low-9 single", "", "\xE2\x80\x9A", "ja", "single curly opens; splitter opens; spacing opens"},
      {"guillemet opening", "a dit ", "\xC2\xAB", "Non", "double curly opens; splitter opens; spacing opens"},
      {"guillemet closing", "Non", "\xC2\xBB", ", a", "double curly closes; splitter opens; spacing closes"},
      {"single guillemet", "", "\xE2\x80\xB9", "x", "single curly opens; splitter opens; spacing opens"},
      {"typewriter opening", "said ", "``", "Yes", "double typewriter opens; splitter opens; spacing opens"},
      {"typewriter closing", "Yes,", "''", " he", "double typewriter closes; splitter opens; spacing closes"},
      {"lone backtick", "a ", "`", "b", "no mark"},
      {"apostrophe in don't", "don", "'", "t", "single straight either; splitter opens; spacing either"},
      {"curly apostrophe in don't", "don", "\xE2\x80\x99", "t", "single curly closes; splitter closes; spacing closes"},
      {"apostrophes in rock'n'roll", "rock", "'", "n'roll", "single straight either; splitter opens; spacing either"},
      {"apostrophe of the '90s", "the ", "'", "90s", "single straight either; splitter opens; spacing opens"},
      {"plural possessive", "students", "\xE2\x80\x99", " union",
       "single curly closes; splitter closes; spacing closes"},
      {"single nested in double", "\xE2\x80\x9CThe word ", "\xE2\x80\x98", "no\xE2\x80\x99\xE2\x80\x9D",
       "single curly opens; splitter opens; spacing opens"},
      {"single closing inside double", "\xE2\x80\x9CThe word \xE2\x80\x98no", "\xE2\x80\x99", "\xE2\x80\x9D",
       "single curly closes; splitter closes; spacing closes"},
      {"double closing after a single", "\xE2\x80\x9CThe word \xE2\x80\x98no\xE2\x80\x99", "\xE2\x80\x9D", "",
       "double curly closes; splitter closes; spacing closes"},
      {"double prime is no quote mark", "5", "\xE2\x80\xB3", " tall", "no mark"},
  };
  for (const auto& c : cases)
    EXPECT_EQ(describe(c.before + c.mark + c.after, c.before.size(), c.mark.size()), c.want) << c.name;
}

TEST(QuoteMarks, SplitterClosesByWhatIsOpen) {
  QuoteChar straight, high, low;
  ASSERT_TRUE(read_quote_char("\"", 0, Guillemets::EitherWay, straight));
  ASSERT_TRUE(read_quote_char("\xE2\x80\x9C", 0, Guillemets::EitherWay, high));
  ASSERT_TRUE(read_quote_char("\xE2\x80\x9E", 0, Guillemets::EitherWay, low));
  EXPECT_EQ(facing_in_paragraph(straight, {true, false}, false), Facing::Close);
  EXPECT_EQ(facing_in_paragraph(straight, {}, true), Facing::Close) << "nothing follows on the line";
  EXPECT_EQ(facing_in_paragraph(high, {true, true}, false), Facing::Close) << "German style: „ … “";
  EXPECT_EQ(facing_in_paragraph(high, {true, false}, false), Facing::Open) << "“ nests in a quote “ opened";
  EXPECT_EQ(facing_in_paragraph(low, {true, true}, false), Facing::Open);
}

TEST(QuoteMarks, FinderSkipsApostrophesInsideWords) {
  const auto doc = make_document("Don't play rock'n'roll like the '90s, \"she said 'no' twice\" in O'Brien's bar.");
  std::vector<std::string> got;
  for (const auto& m : quotes::find_marks(doc))
    got.push_back(std::string(doc.word(m.token)) + (m.role == quotes::Role::Open ? " opens" : " closes"));
  EXPECT_EQ(got, (std::vector<std::string>{"\" opens", "' opens", "' closes", "\" closes"}));
}

}  // namespace
}  // namespace newsmark::text
