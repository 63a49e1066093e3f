#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/document.h"

namespace newsmark::text {
namespace {

// The original text of each range of tokens.
std::vector<std::string> texts(const Document& d, const std::vector<TokenRange>& ranges) {
  std::vector<std::string> out;
  for (const auto& r : ranges) {
    const uint32_t b = d.text_begin(r.begin), e = d.text_end(r.end - 1);
    out.push_back(std::string(d.text.substr(b, e - b)));
  }
  return out;
}

struct Case {
  const char* name;
  std::string in;
  std::vector<std::string> out;
};

void check_sentences(const std::vector<Case>& cases) {
  for (const auto& c : cases) {
    const auto d = make_document(c.in);
    EXPECT_EQ(texts(d, d.sentences), c.out) << c.name;
  }
}

void check_paragraphs(const std::vector<Case>& cases) {
  for (const auto& c : cases) {
    const auto d = make_document(c.in);
    EXPECT_EQ(texts(d, d.paragraphs), c.out) << c.name;
  }
}

TEST(Sentences, EndAtStopsBeforeACapital) {
  check_sentences({
      {"two sentences", "Talks failed. Russia left.", {"Talks failed.", "Russia left."}},
      {"question and exclamation", "Why? Because! Fine.", {"Why?", "Because!", "Fine."}},
      {"lower case after a stop", "It cost 5 vs. 6 in total.", {"It cost 5 vs. 6 in total."}},
      {"digit after a stop", "It rose in 2014. 2015 was worse.", {"It rose in 2014.", "2015 was worse."}},
      {"no space after the stop", "Version 2.0.Next", {"Version 2.0.Next"}},
      {"mixed-case brand", "Sales grew. iPhone sales fell.", {"Sales grew.", "iPhone sales fell."}},
      {"handle after a stop", "Read it. @NATO said so.", {"Read it.", "@NATO said so."}},
      {"link after a stop", "De-escalate. pic.twitter.com/x \xE2\x80\x94 US Mission",
       {"De-escalate.", "pic.twitter.com/x \xE2\x80\x94 US Mission"}},
      {"no stop at the end", "Talks failed. Russia left", {"Talks failed.", "Russia left"}},
  });
}

TEST(Sentences, AbbreviationsDoNotEndThem) {
  check_sentences({
      {"Mr without stop", "Mr Stoltenberg spoke. He left.", {"Mr Stoltenberg spoke.", "He left."}},
      {"Mr.", "Mr. Smith spoke. Mrs. Smith left.", {"Mr. Smith spoke.", "Mrs. Smith left."}},
      {"Ms. and Dr.", "Ms. Truss met Dr. Jones.", {"Ms. Truss met Dr. Jones."}},
      {"Gen. and Sen.", "Gen. Milley told Sen. Warren.", {"Gen. Milley told Sen. Warren."}},
      {"St. as saint", "They prayed at St. Paul's.", {"They prayed at St. Paul's."}},
      {"St. as street at the end", "He lives on Main St. The house is old.",
       {"He lives on Main St.", "The house is old."}},
      {"U.S. before a name", "The U.S. Embassy was hit.", {"The U.S. Embassy was hit."}},
      {"U.S. at the end", "He flew to the U.S. The talks failed.", {"He flew to the U.S.", "The talks failed."}},
      {"U.K.", "The U.K. Foreign Office said no.", {"The U.K. Foreign Office said no."}},
      {"e.g.", "Cities, e.g. Paris, grew.", {"Cities, e.g. Paris, grew."}},
      {"month", "They met on Jan. 7 in Geneva. It rained.", {"They met on Jan. 7 in Geneva.", "It rained."}},
      {"month before a name", "Since Sept. Congress has waited.", {"Since Sept. Congress has waited."}},
      {"No. before a number", "He lives at No. 10 Downing Street.", {"He lives at No. 10 Downing Street."}},
      {"No. as an answer", "Was it? No. He denied it.", {"Was it?", "No.", "He denied it."}},
      {"company", "Acme Inc. Chairman Bob Smith resigned.", {"Acme Inc. Chairman Bob Smith resigned."}},
      {"company at the end", "He works for Acme Inc. The firm is big.", {"He works for Acme Inc.", "The firm is big."}},
      {"time", "At 2 p.m. Eastern it began.", {"At 2 p.m. Eastern it began."}},
      {"time at the end", "It began at 2 p.m. The crowd cheered.", {"It began at 2 p.m.", "The crowd cheered."}},
      {"Jr.", "Martin Luther King Jr. Day is Monday.", {"Martin Luther King Jr. Day is Monday."}},
  });
}

TEST(Sentences, DecimalsAndInitialsDoNotEndThem) {
  check_sentences({
      {"decimal", "Prices rose 3.5 percent. Then fell.", {"Prices rose 3.5 percent.", "Then fell."}},
      {"thousands", "It cost $1,700.50 in all. Ouch.", {"It cost $1,700.50 in all.", "Ouch."}},
      {"initials", "J. K. Rowling wrote it. She was poor.", {"J. K. Rowling wrote it.", "She was poor."}},
      {"middle initial", "George W. Bush spoke.", {"George W. Bush spoke."}},
      {"letter before a sentence starter", "He chose Plan B. The plan failed.", {"He chose Plan B.", "The plan failed."}},
  });
}

TEST(Sentences, ClosingQuotesBelongToTheSentenceTheyEnd) {
  check_sentences({
      {"quote ends a sentence", "\xE2\x80\x9CIt will fail.\xE2\x80\x9D He said so.",
       {"\xE2\x80\x9CIt will fail.\xE2\x80\x9D", "He said so."}},
      {"question inside a quote, then the cue", "\xE2\x80\x9CWhy?\xE2\x80\x9D he asked.",
       {"\xE2\x80\x9CWhy?\xE2\x80\x9D he asked."}},
      {"comma inside a quote", "\xE2\x80\x9CNo,\xE2\x80\x9D she said. \xE2\x80\x9CNever.\xE2\x80\x9D",
       {"\xE2\x80\x9CNo,\xE2\x80\x9D she said.", "\xE2\x80\x9CNever.\xE2\x80\x9D"}},
      {"exclamation then a capital", "\xE2\x80\x9CReally!\xE2\x80\x9D He laughed.",
       {"\xE2\x80\x9CReally!\xE2\x80\x9D", "He laughed."}},
      {"straight quotes", "\"It will fail.\" He said so.", {"\"It will fail.\"", "He said so."}},
      {"quote opens the next sentence", "He spoke. \xE2\x80\x9CWe stand firm.\xE2\x80\x9D",
       {"He spoke.", "\xE2\x80\x9CWe stand firm.\xE2\x80\x9D"}},
      {"sentences inside one quote", "\xE2\x80\x9CWe lost. We go on,\xE2\x80\x9D he said.",
       {"\xE2\x80\x9CWe lost.", "We go on,\xE2\x80\x9D he said."}},
      {"single quotes", "\xE2\x80\x98It is over.\xE2\x80\x99 Then silence.",
       {"\xE2\x80\x98It is over.\xE2\x80\x99", "Then silence."}},
      {"bracket", "He left (it was late.) Then she did.", {"He left (it was late.)", "Then she did."}},
      {"tokenised text with spaced marks", "He said , \" It is over . \" Then he left .",
       {"He said , \" It is over . \"", "Then he left ."}},
      {"typewriter quotes used at both ends", "''It is over,'' he said. ''We lost.'' Then he left.",
       {"''It is over,'' he said.", "''We lost.''", "Then he left."}},
      {"PTB quotes, closing mark alone at the line end", "He said `` we won . ''\nThen he left .",
       {"He said `` we won . ''", "Then he left ."}},
      {"German quotes", "Er sagte \xE2\x80\x9E" "Nein.\xE2\x80\x9C Dann ging er.",
       {"Er sagte \xE2\x80\x9E" "Nein.\xE2\x80\x9C", "Dann ging er."}},
  });
}

TEST(Sentences, EllipsisEndsOneOnlyBeforeACapital) {
  check_sentences({
      {"capital after", "Wait... Then it came.", {"Wait...", "Then it came."}},
      {"lower case after", "Wait... and then it came.", {"Wait... and then it came."}},
      {"ellipsis character", "Wait\xE2\x80\xA6 Then it came.", {"Wait\xE2\x80\xA6", "Then it came."}},
  });
}

TEST(Sentences, OtherScripts) {
  check_sentences({
      // 我们赢了。他说。 : a sentence per full stop, without spaces.
      {"Chinese", "\xE6\x88\x91\xE8\xB5\xA2\xE4\xBA\x86\xE3\x80\x82\xE4\xBB\x96\xE8\xAF\xB4\xE3\x80\x82",
       {"\xE6\x88\x91\xE8\xB5\xA2\xE4\xBA\x86\xE3\x80\x82", "\xE4\xBB\x96\xE8\xAF\xB4\xE3\x80\x82"}},
      // שלום. עולם. : Hebrew has no capitals.
      {"Hebrew", "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D. \xD7\xA2\xD7\x95\xD7\x9C\xD7\x9D.",
       {"\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D.", "\xD7\xA2\xD7\x95\xD7\x9C\xD7\x9D."}},
      // لماذا؟ قال. : the Arabic question mark.
      {"Arabic", "\xD9\x84\xD9\x85\xD8\xA7\xD8\xB0\xD8\xA7\xD8\x9F \xD9\x82\xD8\xA7\xD9\x84.",
       {"\xD9\x84\xD9\x85\xD8\xA7\xD8\xB0\xD8\xA7\xD8\x9F", "\xD9\x82\xD8\xA7\xD9\x84."}},
      {"accented capital", "Il pleut. \xC3\x89tienne part.", {"Il pleut.", "\xC3\x89tienne part."}},
      // 你好？他说。 : the fullwidth question mark ends one too.
      {"fullwidth question mark", "\xE4\xBD\xA0\xE5\xA5\xBD\xEF\xBC\x9F\xE4\xBB\x96\xE8\xAF\xB4\xE3\x80\x82",
       {"\xE4\xBD\xA0\xE5\xA5\xBD\xEF\xBC\x9F", "\xE4\xBB\x96\xE8\xAF\xB4\xE3\x80\x82"}},
  });
}

TEST(Sentences, NeverCrossAParagraph) {
  check_sentences({
      {"line without a stop", "Breaking news\nTalks failed.", {"Breaking news", "Talks failed."}},
      {"abbreviation at a paragraph end", "He flew to the U.S.\n\nThe talks failed.",
       {"He flew to the U.S.", "The talks failed."}},
  });
}

TEST(Paragraphs, BlankLinesAndSingleBreaksSeparateThem) {
  check_paragraphs({
      {"blank line", "One.\n\nTwo.", {"One.", "Two."}},
      {"several blank lines with spaces", "One.\n  \n\t\nTwo.", {"One.", "Two."}},
      {"CR LF blank line", "One.\r\n\r\nTwo.", {"One.", "Two."}},
      {"lone CR", "One.\rTwo.", {"One.", "Two."}},
      {"single breaks as paragraph breaks", "Mr Smith said the talks would go on.\nThe minister agreed.\nNobody else did.",
       {"Mr Smith said the talks would go on.", "The minister agreed.", "Nobody else did."}},
      {"a line broken mid-sentence is one paragraph", "Editor's note: Trump regularly\nincites\nviolence, and\nlies.",
       {"Editor's note: Trump regularly\nincites\nviolence, and\nlies."}},
      {"lower case after a stop is a new paragraph", "He left.\nthen she did.", {"He left.", "then she did."}},
      {"a brand in lower case may open a paragraph", "Apple unveils a phone\niPhone 12 is here.",
       {"Apple unveils a phone", "iPhone 12 is here."}},
      {"a capital after a line without a stop is a new paragraph", "Breaking news\nTalks failed.",
       {"Breaking news", "Talks failed."}},
      {"leading and trailing blank lines", "\n\nOne.\n\n", {"One."}},
  });
}

TEST(Paragraphs, HardWrappedTextJoinsItsLines) {
  const std::string wrapped =
      "The foreign ministers of the alliance met on Friday to discuss\n"
      "the crisis, and they agreed that any further aggression would\n"
      "carry a heavy price for the country that started it.\n"
      "They will meet again next week in Brussels, where the talks\n"
      "are expected to continue for two days.\n"
      "\n"
      "Officials said the meeting had been productive.";
  const auto d = make_document(wrapped);
  EXPECT_EQ(texts(d, d.paragraphs),
            (std::vector<std::string>{wrapped.substr(0, wrapped.find("\n\n")), "Officials said the meeting had been productive."}));
  EXPECT_EQ(texts(d, d.sentences).size(), 3u);
  EXPECT_EQ(texts(d, d.sentences)[1], wrapped.substr(wrapped.find("They"), wrapped.find("\n\n") - wrapped.find("They")));

  // A short line that ends a sentence, or an indented line, starts a new paragraph in wrapped text.
  const std::string breaks =
      "The foreign ministers of the alliance met on Friday to discuss\n"
      "the crisis, and they agreed that any further aggression would\n"
      "carry a heavy price.\n"
      "They will meet again next week in Brussels, where the talks\n"
      "are expected to continue for two days, ending with a statement.\n"
      "   Officials said the meeting had been productive and that\n"
      "further talks would follow.";
  const auto b = make_document(breaks);
  std::vector<std::string> firsts;
  for (const auto& p : b.paragraphs) firsts.emplace_back(b.word(p.begin));
  EXPECT_EQ(firsts, (std::vector<std::string>{"The", "They", "Officials"}));
}

// The quote stage asks a token's sentence by search (sentence_index): the index of the sentence that holds it, and 0
// for a token no sentence holds, as the per-token array it replaced gave.
TEST(Sentences, IndexOfEachTokenIsTheSentenceHoldingIt) {
  const auto d = make_document("Anna Berg spoke. \"We will win,\" she said.\n\nThe talks end today.");
  ASSERT_EQ(d.sentences.size(), 3u);
  for (uint32_t t = 0; t < d.tokens.size(); ++t) {
    uint32_t want = 0;
    for (uint32_t i = 0; i < d.sentences.size(); ++i)
      if (d.sentences[i].begin <= t && t < d.sentences[i].end) want = i;
    EXPECT_EQ(d.sentence_index(t), want) << t;
  }
  EXPECT_EQ(d.sentence_index(d.sentences[2].begin), 2u);
  EXPECT_EQ(d.sentence_index(d.sentences[1].end - 1), 1u);
}

}  // namespace
}  // namespace newsmark::text
