#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/document.h"
#include "text/token.h"

namespace newsmark::text {
namespace {

// "W Russia": the token's kind as one letter, a space, its normalised text.
std::vector<std::string> describe(const Document& d) {
  static constexpr char kKind[] = {'W', 'N', '.', 'S', '@', '#', 'U', 'E', 'Y'};
  std::vector<std::string> out;
  for (std::size_t t = 0; t < d.tokens.size(); ++t)
    out.push_back(std::string(1, kKind[static_cast<int>(TokenKind{d.tokens[t].kind})]) + " " + std::string(d.word(t)));
  return out;
}

struct Case {
  const char* name;
  std::string in;
  std::vector<std::string> tokens;
};

void check(const std::vector<Case>& cases) {
  for (const auto& c : cases) EXPECT_EQ(describe(make_document(c.in)), c.tokens) << c.name;
}

TEST(Tokenize, WordsKeepInnerApostrophesAndHyphens) {
  check({
      {"contraction", "don't stop", {"W don't", "W stop"}},
      {"curly contraction", "can\xE2\x80\x99t", {"W can't"}},
      {"Irish name", "O'Brien spoke", {"W O'Brien", "W spoke"}},
      {"hyphenated compound", "Nato-Russia talks", {"W Nato-Russia", "W talks"}},
      {"hyphenated title", "secretary-general", {"W secretary-general"}},
      {"letters and digits", "COVID-19 and G7", {"W COVID-19", "W and", "W G7"}},
      {"double hyphen is a dash", "yes--no", {"W yes", ". --", "W no"}},
      {"trailing hyphen", "pre- and post-war", {"W pre", ". -", "W and", "W post-war"}},
      {"leading apostrophe", "'tis", {". '", "W tis"}},
  });
}

TEST(Tokenize, PossessiveIsItsOwnToken) {
  check({
      {"straight", "Russia's demands", {"W Russia", "S 's", "W demands"}},
      {"curly", "Russia\xE2\x80\x99s demands", {"W Russia", "S 's", "W demands"}},
      {"capital S", "NATO'S", {"W NATO", "S 'S"}},
      {"after a name with an apostrophe", "O'Brien's", {"W O'Brien", "S 's"}},
      {"after a hyphenated word", "secretary-general's", {"W secretary-general", "S 's"}},
      {"after an acronym", "U.S.'s role", {"W U.S.", "S 's", "W role"}},
      {"after a handle", "@NATO's post", {"@ @NATO", "S 's", "W post"}},
      {"after a number", "the 1990's", {"W the", "N 1990", "S 's"}},
      {"contracted is", "it's over", {"W it", "S 's", "W over"}},
      // A trailing apostrophe also closes single quotes, so it stays a mark for the quote finder to judge.
      {"plural possessive", "students\xE2\x80\x99 union", {"W students", ". '", "W union"}},
      {"'s starting a word is no possessive", "'sup", {". '", "W sup"}},
      {"'s inside a word", "Xi'sh", {"W Xi'sh"}},
  });
}

TEST(Tokenize, NumbersKeepSeparatorsAndSuffixes) {
  check({
      {"thousands", "1,700 troops", {"N 1,700", "W troops"}},
      {"millions", "1,000,000", {"N 1,000,000"}},
      {"decimal", "3.5 percent", {"N 3.5", "W percent"}},
      {"time", "at 20:30.", {"W at", "N 20:30", ". ."}},
      {"decade", "the 1990s", {"W the", "N 1990s"}},
      {"abbreviated decade", "the \xE2\x80\x99" "90s", {"W the", "N '90s"}},
      {"abbreviated year", "class of '98,", {"W class", "W of", "N '98", ". ,"}},
      {"ordinal", "7th", {"N 7th"}},
      {"unit", "5km", {"N 5km"}},
      {"ends at a full stop", "in 2014.", {"W in", "N 2014", ". ."}},
      {"separator needs digits both sides", "1, 2", {"N 1", ". ,", "N 2"}},
      {"ISO date", "2022-01-07", {"N 2022", ". -", "N 01", ". -", "N 07"}},
      {"currency", "$5.2bn", {". $", "N 5.2bn"}},
      {"percent", "43%", {"N 43", ". %"}},
  });
}

TEST(Tokenize, PunctuationIsSplitOffAndRunsStayTogether) {
  check({
      {"comma and stop", "Hello, world.", {"W Hello", ". ,", "W world", ". ."}},
      {"three dots", "Wait...", {"W Wait", ". ..."}},
      {"ellipsis character", "Wait\xE2\x80\xA6", {"W Wait", ". ..."}},
      {"exclamations", "No!!", {"W No", ". !!"}},
      {"question then exclamation", "What?!", {"W What", ". ?", ". !"}},
      {"quotes", "\xE2\x80\x9CYes,\xE2\x80\x9D he said", {". \"", "W Yes", ". ,", ". \"", "W he", "W said"}},
      {"brackets", "(AP)", {". (", "W AP", ". )"}},
      {"em dash", "it \xE2\x80\x94 not", {"W it", ". \xE2\x80\x94", "W not"}},
      {"ampersand", "dialogue, & de-escalation", {"W dialogue", ". ,", ". &", "W de-escalation"}},
  });
}

TEST(Tokenize, HandlesHashtagsUrlsAndEmails) {
  check({
      {"handle", "(@USNATO)", {". (", "@ @USNATO", ". )"}},
      {"handle with underscore", "@jens_s:", {"@ @jens_s", ". :"}},
      {"at sign inside a word is no handle", "foo@bar", {"W foo", ". @", "W bar"}},
      {"hashtag", "#MeToo!", {"# #MeToo", ". !"}},
      {"hashtag with accents", "#Zo\xC3\xAB", {"# #Zo\xC3\xAB"}},
      {"hash before a number is no hashtag", "#1", {". #", "N 1"}},
      {"twitter picture", "pic.twitter.com/ziWliT9HsA \xE2\x80\x94 US",
       {"U pic.twitter.com/ziWliT9HsA", ". \xE2\x80\x94", "W US"}},
      {"https with query, trailing stop", "See https://example.com/a?b=1&c=2.",
       {"W See", "U https://example.com/a?b=1&c=2", ". ."}},
      {"http in brackets", "(http://x.org/p)", {". (", "U http://x.org/p", ". )"}},
      {"www", "www.bbc.co.uk/news", {"U www.bbc.co.uk/news"}},
      {"bare domain", "Visit Amazon.com.", {"W Visit", "U Amazon.com", ". ."}},
      {"dotted words are no URL", "said.The", {"W said", ". .", "W The"}},
      {"e-mail", "mail jane.doe@example.org.", {"W mail", "E jane.doe@example.org", ". ."}},
      {"e-mail needs a dotted domain", "me@localhost", {"W me", ". @", "W localhost"}},
  });
}

TEST(Tokenize, DottedAcronymsAreOneToken) {
  check({
      {"U.S.", "the U.S. and U.K.", {"W the", "W U.S.", "W and", "W U.K."}},
      {"lower case", "e.g. this, i.e. that", {"W e.g.", "W this", ". ,", "W i.e.", "W that"}},
      {"times", "2 p.m.", {"N 2", "W p.m."}},
      {"initial is no acronym", "J. K. Rowling", {"W J", ". .", "W K", ". .", "W Rowling"}},
      {"a word after the stop ends the acronym", "U.Sofia", {"W U", ". .", "W Sofia"}},
      {"ellipsis after an acronym", "U.S...", {"W U.S", ". ..."}},
  });
}

TEST(Tokenize, EmojiSequencesAreOneSymbol) {
  check({
      {"emoji", "Great\xF0\x9F\x91\x8D", {"W Great", "Y \xF0\x9F\x91\x8D"}},
      {"skin tone", "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD!", {"Y \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD", ". !"}},
      {"family joined by ZWJ", "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7",
       {"Y \xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7"}},
      {"two flags", "\xF0\x9F\x87\xBA\xF0\x9F\x87\xA6\xF0\x9F\x87\xAC\xF0\x9F\x87\xA7",
       {"Y \xF0\x9F\x87\xBA\xF0\x9F\x87\xA6", "Y \xF0\x9F\x87\xAC\xF0\x9F\x87\xA7"}},
      {"heart with variation selector", "\xE2\x9D\xA4\xEF\xB8\x8F you", {"Y \xE2\x9D\xA4", "W you"}},
      {"two emoji", "\xF0\x9F\x98\x80\xF0\x9F\x98\x80", {"Y \xF0\x9F\x98\x80", "Y \xF0\x9F\x98\x80"}},
  });
}

TEST(Tokenize, ScriptsBeyondAscii) {
  check({
      {"accented", "Zo\xC3\xAB and Jos\xC3\xA9", {"W Zo\xC3\xAB", "W and", "W Jos\xC3\xA9"}},
      {"combining accent", "Jose\xCC\x81 said", {"W Jose\xCC\x81", "W said"}},
      {"Cyrillic", "\xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD said", {"W \xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD", "W said"}},
      {"Greek", "\xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1", {"W \xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1"}},
      // 日本語を話す: each ideograph and kana is a word.
      {"CJK", "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\xE3\x82\x92\xE8\xA9\xB1\xE3\x81\x99",
       {"W \xE6\x97\xA5", "W \xE6\x9C\xAC", "W \xE8\xAA\x9E", "W \xE3\x82\x92", "W \xE8\xA9\xB1", "W \xE3\x81\x99"}},
      {"CJK then Latin", "\xE6\x9D\xB1\xE4\xBA\xACTokyo", {"W \xE6\x9D\xB1", "W \xE4\xBA\xAC", "W Tokyo"}},
      {"CJK punctuation", "\xE5\xA5\xBD\xE3\x80\x82", {"W \xE5\xA5\xBD", ". \xE3\x80\x82"}},
      // قال الرئيس، : two Arabic words and the Arabic comma.
      {"Arabic", "\xD9\x82\xD8\xA7\xD9\x84 \xD8\xA7\xD9\x84\xD8\xB1\xD8\xA6\xD9\x8A\xD8\xB3\xD8\x8C",
       {"W \xD9\x82\xD8\xA7\xD9\x84", "W \xD8\xA7\xD9\x84\xD8\xB1\xD8\xA6\xD9\x8A\xD8\xB3", ". \xD8\x8C"}},
      // שלום עולם with a right-to-left mark in front: the mark is invisible.
      {"Hebrew", "\xE2\x80\x8F\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xD7\xA2\xD7\x95\xD7\x9C\xD7\x9D",
       {"W \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D", "W \xD7\xA2\xD7\x95\xD7\x9C\xD7\x9D"}},
      // ראש־ה: the maqaf joins Hebrew words as a hyphen does.
      {"Hebrew maqaf", "\xD7\xA8\xD7\x90\xD7\xA9\xD6\xBE\xD7\x94", {"W \xD7\xA8\xD7\x90\xD7\xA9-\xD7\x94"}},
      // हैं। : the danda is Devanagari's full stop, no letter.
      {"Devanagari danda", "\xE0\xA4\xB9\xE0\xA5\x88\xE0\xA4\x82\xE0\xA5\xA4",
       {"W \xE0\xA4\xB9\xE0\xA5\x88\xE0\xA4\x82", ". \xE0\xA5\xA4"}},
      // ٢٠٢٢: digits of other scripts make a word, since the number rules read ASCII digits.
      {"Arabic-Indic digits", "\xD9\xA2\xD9\xA0\xD9\xA2\xD9\xA2", {"W \xD9\xA2\xD9\xA0\xD9\xA2\xD9\xA2"}},
      {"fullwidth question mark", "\xE5\xA5\xBD\xEF\xBC\x9F", {"W \xE5\xA5\xBD", ". \xEF\xBC\x9F"}},
      {"Latin-1 symbols", "\xC2\xBD \xC2\xB1", {"Y \xC2\xBD", "Y \xC2\xB1"}},
  });
}

TEST(Tokenize, FlagsDescribeSpacingAndCase) {
  const auto d = make_document("NATO said\nThe U.S.(x) Zo\xC3\xAB \xC3\x89lys\xC3\xA9" "e");
  struct Want {
    std::string word;
    uint8_t flags;
  };
  const std::vector<Want> want = {
      {"NATO", kCapitalized | kAllCaps},
      {"said", kSpaceBefore},
      {"The", kSpaceBefore | kLineBefore | kCapitalized},
      {"U.S.", kSpaceBefore | kCapitalized | kAllCaps},
      {"(", 0},
      {"x", 0},
      {")", 0},
      {"Zo\xC3\xAB", kSpaceBefore | kCapitalized},
      {"\xC3\x89lys\xC3\xA9" "e", kSpaceBefore | kCapitalized},
  };
  ASSERT_EQ(d.tokens.size(), want.size());
  for (std::size_t t = 0; t < want.size(); ++t) {
    EXPECT_EQ(d.word(t), want[t].word);
    EXPECT_EQ(d.tokens[t].flags, want[t].flags) << want[t].word;
  }
}

TEST(Tokenize, SpansAreExactInBytesAndUtf16) {
  // “Zoë’s” 😀 — bytes: “ [0,3) Zoë [3,7) ’s [7,11) ” [11,14); UTF-16: “ [0,1) Zoë [1,4) ’s [4,6) ” [6,7) 😀 [8,10)
  const auto d = make_document("\xE2\x80\x9CZo\xC3\xAB\xE2\x80\x99s\xE2\x80\x9D \xF0\x9F\x98\x80");
  struct Want {
    uint32_t b, e, js_b, js_e;
  };
  const std::vector<Want> want = {{0, 3, 0, 1}, {3, 7, 1, 4}, {7, 11, 4, 6}, {11, 14, 6, 7}, {15, 19, 8, 10}};
  ASSERT_EQ(d.tokens.size(), want.size());
  for (std::size_t t = 0; t < want.size(); ++t) {
    EXPECT_EQ(d.text_begin(t), want[t].b) << t;
    EXPECT_EQ(d.text_end(t), want[t].e) << t;
    EXPECT_EQ(d.js_begin(t), want[t].js_b) << t;
    EXPECT_EQ(d.js_end(t), want[t].js_e) << t;
  }
}

TEST(Token, OffsetsUpToTheLimitKeepKindAndFlags) {
  // Kind and flags share the offsets' 32-bit words: writing one must leave the others as they were.
  Token t(kMaxTokenOffset - 1, kMaxTokenOffset, TokenKind::Symbol, kSpaceBefore | kHeadline);
  EXPECT_EQ(sizeof(Token), 8u);
  EXPECT_EQ(t.begin, kMaxTokenOffset - 1);
  EXPECT_EQ(t.end, kMaxTokenOffset);
  EXPECT_EQ(t.kind, TokenKind::Symbol);
  EXPECT_EQ(t.flags, kSpaceBefore | kHeadline);
  t.end = 7;
  t.flags |= kAllCaps;
  t.kind = TokenKind::Word;
  t.begin = 3;
  EXPECT_EQ(t.begin, 3u);
  EXPECT_EQ(t.end, 7u);
  EXPECT_EQ(t.kind, TokenKind::Word);
  EXPECT_EQ(t.flags, kSpaceBefore | kHeadline | kAllCaps);
}

TEST(Tokenize, StopsAtTheLargestOffsetATokenHolds) {
  std::string big(kMaxTokenOffset + 100, 'a');
  for (std::size_t i = 5; i < big.size(); i += 6) big[i] = ' ';
  const auto tokens = tokenize(big);
  ASSERT_FALSE(tokens.empty());
  EXPECT_EQ(tokens.back().end, kMaxTokenOffset);  // the last word cut at the limit
  EXPECT_EQ(tokens.size(), (kMaxTokenOffset + 5) / 6);
}

// Each token is hashed once: the folded hash for every token, the hash as written kept apart for the tokens folding
// changes; both equal word_hash of the token's own views, whichever tokens around them fold.
TEST(Document, WordHashesAreThoseOfTheTokensViewsAsWrittenAndFolded) {
  const auto d = make_document("NATO and the US met in \xC3\x89lys\xC3\xA9" "e; Ms Truss said a very-long-hyphenated-word AGAIN.");
  uint32_t folding = 0;
  for (uint32_t t = 0; t < d.tokens.size(); ++t) {
    EXPECT_EQ(d.word_hash(t), word_hash(d.word(t))) << d.word(t);
    EXPECT_EQ(d.folded_hash(t), word_hash(d.folded_word(t))) << d.word(t);
    folding += d.tokens[t].folds;
  }
  EXPECT_EQ(d.exact_hashes.size(), folding);
  EXPECT_GE(folding, 5u);
}

}  // namespace
}  // namespace newsmark::text
