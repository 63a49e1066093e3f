#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/document.h"
#include "text/utf8.h"

namespace newsmark::text {
namespace {

std::string hex_bytes(const std::string& s) {
  static const char* kHex = "0123456789abcdef";
  std::string out;
  for (unsigned char c : s) out += {kHex[c >> 4], kHex[c & 15], ' '};
  return out;
}

// Expected outputs are what `new TextDecoder().decode(bytes)` gives in Node 20 and browsers (checked by hand).
TEST(Utf8, RepairGivesOneReplacementPerMaximalSubpartLikeTextDecoder) {
  const std::string R = "\xEF\xBF\xBD";
  struct Case {
    const char* name;
    std::string in, out;
  } cases[] = {
      {"valid ascii", "abc", "abc"},
      {"valid two bytes", "\xC3\xA9", "\xC3\xA9"},
      {"valid three bytes", "\xE2\x82\xAC", "\xE2\x82\xAC"},
      {"valid four bytes", "\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80"},
      {"smallest three-byte form", "\xE0\xA0\x80", "\xE0\xA0\x80"},
      {"largest code point", "\xF4\x8F\xBF\xBF", "\xF4\x8F\xBF\xBF"},
      {"stray continuation byte", "\x80", R},
      {"two stray continuations", "\x80\xBF", R + R},
      {"C0 overlong", "\xC0\x80", R + R},
      {"C1 overlong", "\xC1\xBF", R + R},
      {"E0 overlong", "\xE0\x80\x80", R + R + R},
      {"F0 overlong", "\xF0\x80\x80\x80", R + R + R + R},
      {"surrogate D800 in UTF-8", "\xED\xA0\x80", R + R + R},
      {"surrogate DFFF in UTF-8", "\xED\xBF\xBF", R + R + R},
      {"surrogate pair in CESU-8", "\xED\xA0\xBD\xED\xB8\x80", R + R + R + R + R + R},
      {"above U+10FFFF", "\xF4\x90\x80\x80", R + R + R + R},
      {"F5 lead", "\xF5\x80", R + R},
      {"five-byte form", "\xF8\x88\x80\x80", R + R + R + R},
      {"FF", "\xFF", R},
      {"FE FF", "\xFE\xFF", R + R},
      {"truncated two bytes at end", "a\xC3", "a" + R},
      {"truncated three bytes at end", "\xE0\xA0", R},
      {"truncated three bytes before ascii", "\xE0\xA0" "A", R + "A"},
      {"truncated four bytes at end", "\xF0\x9F\x98", R},
      {"truncated four bytes before ascii", "\xF0\x9F\x98" "A", R + "A"},
      {"truncated before another lead", "\xEF\x80\xC3\xA9", R + "\xC3\xA9"},
      {"Unicode table 3-8 example", "\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64",
       "a" + R + R + R + "b" + R + "c" + R + R + "d"},
      // TextDecoder drops a leading BOM by default; we keep it, because a JS string holding U+FEFF counts it.
      {"leading BOM kept", "\xEF\xBB\xBF" "A", "\xEF\xBB\xBF" "A"},
      {"NUL kept", std::string("a\0b", 3), std::string("a\0b", 3)},
  };
  for (const auto& c : cases) {
    const std::string got = repair_utf8(c.in);
    EXPECT_EQ(hex_bytes(got), hex_bytes(c.out)) << c.name;
    EXPECT_EQ(repair_utf8(got), got) << c.name << ": repair is idempotent";
  }
}

TEST(Utf8, ValidPrefixStopsAtTheFirstInvalidSequence) {
  struct Case {
    const char* name;
    std::string in;
    std::size_t from, want;
  } cases[] = {
      {"empty", "", 0, 0},
      {"ASCII longer than a word", "Nato talks in Geneva", 0, 20},
      {"every encoding length", "a\xC3\xA9\xE6\x97\xA5\xF0\x9F\x98\x80", 0, 10},
      {"stray continuation byte", "abc\x80" "d", 0, 3},
      {"truncated at the end", "ab\xE2\x80", 0, 2},
      {"surrogate encoded in UTF-8", "ab\xED\xA0\x80", 0, 2},
      {"overlong", "\xC0\xAF", 0, 0},
      {"from after the bad byte", "\xFF" "ab\xFE", 1, 3},
  };
  for (const auto& c : cases) EXPECT_EQ(valid_prefix(c.in, c.from), c.want) << c.name;
}

TEST(Utf8, Utf16OffsetsCountAstralCharactersAsTwoUnits) {
  struct Case {
    const char* name;
    std::string in;
    std::vector<uint32_t> u16;
  } cases[] = {
      {"empty", "", {0}},
      {"ascii", "ab", {0, 1, 2}},
      {"accented", "a\xC3\xA9" "b", {0, 1, 1, 2, 3}},         // aéb
      {"CJK", "\xE6\x97\xA5" "a", {0, 0, 0, 1, 2}},            // 日a
      {"emoji", "\xF0\x9F\x98\x80" "b", {0, 0, 0, 0, 2, 3}},   // 😀b
      {"two emoji", "\xF0\x9F\x98\x80\xF0\x9F\x98\x80", {0, 0, 0, 0, 2, 2, 2, 2, 4}},
      {"replacement", "\xEF\xBF\xBD", {0, 0, 0, 1}},
  };
  for (const auto& c : cases) EXPECT_EQ(utf16_offsets(c.in), c.u16) << c.name;
}

TEST(Utf8, DecodeAtReadsOneCodePoint) {
  struct Case {
    std::string in;
    char32_t cp;
    int len;
  } cases[] = {
      {"A", U'A', 1},
      {"\xC3\xA9", 0xE9, 2},
      {"\xE2\x80\x9C", 0x201C, 3},
      {"\xF0\x9F\x98\x80", 0x1F600, 4},
      {"\x80", kReplacement, 1},         // stray byte
      {"\xF0\x9F", kReplacement, 1},     // cut short by the end of the view
  };
  for (const auto& c : cases) {
    char32_t cp = 0;
    EXPECT_EQ(decode_at(c.in, 0, cp), c.len) << hex_bytes(c.in);
    EXPECT_EQ(static_cast<uint32_t>(cp), static_cast<uint32_t>(c.cp)) << hex_bytes(c.in);
  }
}

TEST(Utf8, AppendUtf8RoundTripsEveryEncodingLength) {
  for (char32_t cp : {char32_t{0}, char32_t{0x7F}, char32_t{0x80}, char32_t{0x7FF}, char32_t{0x800}, char32_t{0xFFFD},
                      char32_t{0xFFFF}, char32_t{0x10000}, char32_t{0x1F600}, char32_t{0x10FFFF}}) {
    std::string s;
    append_utf8(s, cp);
    char32_t back = 0;
    EXPECT_EQ(static_cast<std::size_t>(decode_at(s, 0, back)), s.size()) << std::hex << static_cast<uint32_t>(cp);
    EXPECT_EQ(static_cast<uint32_t>(back), static_cast<uint32_t>(cp));
    EXPECT_EQ(repair_utf8(s), s);
  }
}

TEST(Utf8, TokenSpansAreJavaScriptStringIndices) {
  // JS: "😀 Zoë 日本 👍🏽!" -> "😀" [0,2), "Zoë" [3,6), "日" [7,8), "本" [8,9), "👍🏽" [10,14), "!" [14,15)
  const auto d = make_document("\xF0\x9F\x98\x80 Zo\xC3\xAB \xE6\x97\xA5\xE6\x9C\xAC \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD!");
  struct Span {
    uint32_t begin, end;
  };
  const std::vector<Span> want = {{0, 2}, {3, 6}, {7, 8}, {8, 9}, {10, 14}, {14, 15}};
  ASSERT_EQ(d.tokens.size(), want.size());
  for (std::size_t t = 0; t < want.size(); ++t) {
    EXPECT_EQ(d.js_begin(t), want[t].begin) << t;
    EXPECT_EQ(d.js_end(t), want[t].end) << t;
  }
  EXPECT_EQ(d.js(static_cast<uint32_t>(d.text.size())), 15u);
}

TEST(Utf8, OffsetsAfterRepairCountEachReplacementAsOneUnit) {
  // Bytes: FF 'a' ED A0 80 ' ' "Zoë" -> JS "\uFFFDa\uFFFD\uFFFD\uFFFD Zoë": "Zoë" is at [6,9).
  const auto d = make_document("\xFF" "a\xED\xA0\x80 Zo\xC3\xAB");
  ASSERT_FALSE(d.tokens.empty());
  const std::size_t last = d.tokens.size() - 1;
  EXPECT_EQ(d.word(last), "Zo\xC3\xAB");
  EXPECT_EQ(d.js_begin(last), 6u);
  EXPECT_EQ(d.js_end(last), 9u);
}

}  // namespace
}  // namespace newsmark::text
