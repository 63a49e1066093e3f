// The generated Unicode classes (text/chars_table.h) as the tokenizer and the splitter ask for them.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "text/chars.h"

namespace newsmark::text {
namespace {

// The classes of c as words, in a fixed order: "letter upper".
std::string classes(char32_t c) {
  static const std::vector<std::pair<bool (*)(char32_t), const char*>> kAll = {
      {is_letter, "letter"},   {is_upper, "upper"},  {is_lower, "lower"},         {is_combining, "mark"},
      {is_digit, "digit"},     {is_space, "space"},  {is_cjk, "cjk"},             {is_emoji, "emoji"},
      {is_emoji_modifier, "emoji-part"}, {is_regional_indicator, "flag"}, {is_punct, "punct"},
      {is_invisible, "invisible"}};
  std::string out;
  for (const auto& [is, name] : kAll)
    if (is(c)) out += (out.empty() ? "" : " ") + std::string(name);
  return out;
}

TEST(Chars, ClassesComeFromTheUnicodeData) {
  struct Case {
    char32_t c;
    const char* name;
    const char* want;
  } cases[] = {
      {'A', "ASCII capital", "letter upper"},
      {'z', "ASCII small", "letter lower"},
      {'7', "ASCII digit", "digit"},
      {'$', "dollar sign is a symbol", ""},
      {'-', "hyphen", "punct"},
      {0xA0, "no-break space", "space"},
      {0xAD, "soft hyphen", "invisible"},
      {0xD7, "multiplication sign", ""},
      {0xDF, "sharp s", "letter lower"},
      {0x100, "A with macron, first of alternating case pairs", "letter upper"},
      {0x101, "a with macron", "letter lower"},
      {0x17D, "Z with caron (Zeljko)", "letter upper"},
      {0x17E, "z with caron", "letter lower"},
      {0x1C5, "titlecase Dz is neither case", "letter"},
      {0x301, "combining acute", "mark"},
      {0x3A3, "Greek capital sigma", "letter upper"},
      {0x3C2, "Greek final sigma", "letter lower"},
      {0x42F, "Cyrillic capital ya", "letter upper"},
      {0x451, "Cyrillic small yo", "letter lower"},
      {0x5D0, "Hebrew alef", "letter"},
      {0x5BE, "Hebrew maqaf", "punct"},
      {0x627, "Arabic alef", "letter"},
      {0x663, "Arabic-Indic three", "digit"},
      {0x61F, "Arabic question mark", "punct"},
      {0x93E, "Devanagari vowel sign aa", "mark"},
      {0x964, "Devanagari danda", "punct"},
      {0x10D0, "Georgian an", "letter lower"},
      {0x1E9E, "capital sharp s", "letter upper"},
      {0x2003, "em space", "space"},
      {0x200B, "zero-width space", "invisible"},
      {0x200D, "zero-width joiner", "invisible"},
      {0x2014, "em dash", "punct"},
      {0x201C, "left double quotation mark", "punct"},
      {0x20AC, "euro sign", ""},
      {0x20E3, "combining keycap", "mark emoji-part"},
      {0x2160, "Roman numeral one", "letter upper"},
      {0x3002, "ideographic full stop", "punct"},
      {0x3007, "ideographic zero", "letter cjk"},
      {0x3042, "hiragana a", "letter cjk"},
      {0x30AB, "katakana ka", "letter cjk"},
      {0x4E2D, "Han ideograph", "letter cjk"},
      {0xAC00, "Hangul syllable", "letter"},
      {0xFE0F, "emoji presentation selector", "mark invisible"},
      {0xFEFF, "byte order mark", "invisible"},
      {0xFF1F, "fullwidth question mark", "punct"},
      {0x1F1FA, "regional indicator U", "flag"},
      {0x1F3FD, "medium skin tone", "emoji-part"},
      {0x1F44D, "thumbs up", "emoji"},
      {0x20000, "Han extension B", "letter cjk"},
      {0xE0067, "tag g of a subdivision flag", "emoji-part"},
  };
  for (const auto& c : cases) EXPECT_EQ(classes(c.c), c.want) << c.name;
}

TEST(Chars, CaselessLettersAreLettersOfNeitherCase) {
  EXPECT_TRUE(is_caseless_letter(0x5D0));   // Hebrew
  EXPECT_TRUE(is_caseless_letter(0x4E2D));  // Han
  EXPECT_TRUE(is_caseless_letter(0xE01));   // Thai
  EXPECT_FALSE(is_caseless_letter('a'));
  EXPECT_FALSE(is_caseless_letter(0x410));  // Cyrillic A
  EXPECT_FALSE(is_caseless_letter(0x663));  // a digit is no letter
}

TEST(Chars, WordCharactersAreLettersDigitsAndMarks) {
  for (const char32_t c : {U'a', U'9', char32_t{0x301}, char32_t{0x663}, char32_t{0x93E}})
    EXPECT_TRUE(is_word_char(c)) << static_cast<uint32_t>(c);
  for (const char32_t c : {U' ', U'-', U'\'', char32_t{0x2019}, char32_t{0x1F44D}})
    EXPECT_FALSE(is_word_char(c)) << static_cast<uint32_t>(c);
}

}  // namespace
}  // namespace newsmark::text
