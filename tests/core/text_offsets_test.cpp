// The offset maps of the text layer (text/utf16_index.h, TextOffsets in text/normalize.h) are kept only where the text
// is not plain ASCII or was changed by normalising; these tests pin them against the dense per-byte tables they
// replace, and pin token offsets in JavaScript string indices on non-ASCII text.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/document.h"
#include "text/normalize.h"
#include "text/utf16_index.h"
#include "text/utf8.h"

namespace newsmark::text {
namespace {

std::string repeat(const std::string& s, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

// to_text at every normalised byte, the end included: the dense table the breakpoints stand for.
std::vector<uint32_t> expand(const NormalView& v) {
  std::vector<uint32_t> out;
  for (uint32_t n = 0; n <= v.s.size(); ++n) out.push_back(v.to_text(n));
  return out;
}

TEST(Utf16Index, AgreesWithTheDenseTableAtEveryByte) {
  struct Case {
    const char* name;
    std::string in;
  } cases[] = {
      {"empty", ""},
      {"ASCII", repeat("Nato talks. ", 20)},
      {"surrogate pairs across block boundaries", repeat("ab\xF0\x9F\x98\x80", 50)},  // 😀 straddles bytes 64, 128...
      {"every encoding length", repeat("a\xC3\xA9\xE6\x97\xA5\xF0\x9F\x91\x8D", 40)},  // aé日👍
      {"only astral characters", repeat("\xF0\x9F\x98\x80", 33)},
      {"replacement characters", repeat("\xEF\xBF\xBD" "x", 30)},
  };
  for (const auto& c : cases) {
    const Utf16Index index(c.in);
    const auto dense = utf16_offsets(c.in);
    for (uint32_t b = 0; b <= c.in.size(); ++b) ASSERT_EQ(index.at(c.in, b), dense[b]) << c.name << " at byte " << b;
  }
}

TEST(Utf16Index, CostsNothingForAsciiAndASixteenthOfAByteOtherwise) {
  const std::string ascii = repeat("Nato talks. ", 1000);
  EXPECT_EQ(Utf16Index(ascii).memory_bytes(), 0u);
  const std::string mixed = repeat("\xE2\x80\x9CHi,\xE2\x80\x9D he said. ", 1000);  // 19 000 bytes
  EXPECT_LE(Utf16Index(mixed).memory_bytes(), mixed.size() / 16 + 8);
}

TEST(TextOffsets, EveryByteMapsBackToTheCharacterItCameFrom) {
  struct Case {
    const char* name;
    std::string in;
    std::vector<uint32_t> to_text;
  } cases[] = {
      {"curly quote then word", "\xE2\x80\x9CHi", {0, 3, 4, 5}},
      {"ellipsis expands to three bytes of one character", "a\xE2\x80\xA6" "b", {0, 1, 1, 1, 4, 5}},
      {"ellipsis at the end", "a\xE2\x80\xA6", {0, 1, 1, 1, 4}},
      {"ellipsis at the start", "\xE2\x80\xA6" "a", {0, 0, 0, 3, 4}},
      {"horizontal bar becomes a three-byte em dash", "a\xE2\x80\x95", {0, 1, 1, 1, 4}},
      {"`` takes two bytes", "``a''", {0, 2, 3, 5}},
      {"CR LF keeps the LF", "a\r\nb", {0, 2, 3, 4}},
      {"lone CR", "a\rb", {0, 1, 2, 3}},
      {"dropped zero-width space", "a\xE2\x80\x8B" "b", {0, 4, 5}},
      {"dropped at the end", "a\xE2\x80\x8B", {0, 4}},
      {"accented letter kept byte for byte", "\xC3\xA9", {0, 1, 2}},
      {"NBSP", "a\xC2\xA0" "b", {0, 1, 3, 4}},
      {"en dash between digits", "1\xE2\x80\x93" "2", {0, 1, 4, 5}},
      {"empty", "", {0}},
  };
  for (const auto& c : cases) EXPECT_EQ(expand(normalize(c.in)), c.to_text) << c.name;
}

TEST(TextOffsets, KeepsOneBreakpointPerChangeAndFindsItInLongText) {
  // 14 text bytes -> 9 normalised bytes: “ (3->1) a … (3->3, one character) ” (3->1) CR LF (2->1) b and a space.
  const std::string unit = "\xE2\x80\x9C" "a\xE2\x80\xA6\xE2\x80\x9D\r\nb ";
  const std::vector<uint32_t> one = expand(normalize(unit));
  ASSERT_EQ(one.size(), 10u);
  const std::size_t n = 3000;  // far more breakpoints than a plain search is used for, so the block index is used
  const NormalView v = normalize(repeat(unit, n));
  ASSERT_EQ(v.s.size(), 9 * n);
  for (uint32_t b = 0; b < v.s.size(); ++b) ASSERT_EQ(v.to_text(b), one[b % 9] + b / 9 * 14) << "byte " << b;
  EXPECT_EQ(v.to_text(static_cast<uint32_t>(v.s.size())), 14 * n);
  EXPECT_LE(v.to_text.breakpoints(), 5 * n + 1);
  EXPECT_EQ(normalize(repeat("Nato talks. ", 1000)).to_text.breakpoints(), 1u);
}

TEST(TextOffsets, BaseShiftsEveryOffset) {
  const NormalView v = normalize("\xE2\x80\x9CHi\xE2\x80\xA6", 10);
  EXPECT_EQ(expand(v), (std::vector<uint32_t>{10, 13, 14, 15, 15, 15, 18}));
}

// Token spans in UTF-16 code units, as JavaScript's String.prototype.slice takes them.
struct JsSpan {
  uint32_t begin, end;
  bool operator==(const JsSpan&) const = default;
};

std::vector<JsSpan> js_spans(const Document& d) {
  std::vector<JsSpan> out;
  for (std::size_t t = 0; t < d.tokens.size(); ++t) out.push_back({d.js_begin(t), d.js_end(t)});
  return out;
}

TEST(DocumentOffsets, TokensAreJavaScriptIndicesOnNonAsciiText) {
  struct Case {
    const char* name;
    std::string in;
    std::vector<JsSpan> spans;
  } cases[] = {
      // JS: "“Hi 😀,” she said — 🇫🇷…" -> “ [0,1) Hi [1,3) 😀 [4,6) , [6,7) ” [7,8) she [9,12) said [13,17) — [18,19)
      // 🇫🇷 [20,24) … [24,25)
      {"curly quotes, a surrogate pair, an em dash, a flag and an ellipsis",
       "\xE2\x80\x9CHi \xF0\x9F\x98\x80,\xE2\x80\x9D she said \xE2\x80\x94 \xF0\x9F\x87\xAB\xF0\x9F\x87\xB7\xE2\x80\xA6",
       {{0, 1}, {1, 3}, {4, 6}, {6, 7}, {7, 8}, {9, 12}, {13, 17}, {18, 19}, {20, 24}, {24, 25}}},
      // Bytes C3 28 (a lead byte without its continuation) -> JS "\uFFFD( Zoë – ’twas": Zoë [3,6), – [7,8) ’ [9,10)
      {"repaired invalid UTF-8 before normalised dashes and quotes",
       "\xC3( Zo\xC3\xAB \xE2\x80\x93 \xE2\x80\x99twas",
       {{0, 1}, {1, 2}, {3, 6}, {7, 8}, {9, 10}, {10, 14}}},
      // JS "``Hi'' 𝐀\r\nB": `` [0,2) Hi [2,4) '' [4,6) 𝐀 [7,9) B [11,12)
      {"typewriter quotes, a mathematical letter and CR LF", "``Hi'' \xF0\x9D\x90\x80\r\nB",
       {{0, 2}, {2, 4}, {4, 6}, {7, 9}, {11, 12}}},
  };
  for (const auto& c : cases) {
    const Document d = make_document(c.in);
    EXPECT_EQ(js_spans(d), c.spans) << c.name;
  }
}

TEST(DocumentOffsets, TextAtIsTheOriginalByteOfANormalisedByte) {
  // "Nato’s …": ’ is byte 4 of the text and of the view; s follows at view 5, text 7; "..." (view 7-9) is text 9.
  const Document d = make_document("Nato\xE2\x80\x99s \xE2\x80\xA6");
  EXPECT_EQ(d.norm.s, "Nato's ...");
  const std::vector<uint32_t> want = {0, 1, 2, 3, 4, 7, 8, 9, 9, 9, 12};
  for (uint32_t n = 0; n < want.size(); ++n) EXPECT_EQ(d.text_at(n), want[n]) << "view byte " << n;
}

TEST(Document, ValidTextIsViewedNotCopied) {
  const std::string input = "\xE2\x80\x9CHi,\xE2\x80\x9D said Zo\xC3\xAB.";
  const Document d = make_document(std::string_view(input));
  EXPECT_EQ(d.text.data(), input.data());
  EXPECT_EQ(d.repaired, nullptr);
}

TEST(Document, RepairedOrTemporaryTextIsKeptByTheDocument) {
  const Document repaired = make_document(std::string_view("\xFF Zo\xC3\xAB"));
  ASSERT_NE(repaired.repaired, nullptr);
  EXPECT_EQ(repaired.text, "\xEF\xBF\xBD Zo\xC3\xAB");
  EXPECT_EQ(repaired.js_begin(1), 2u);
  // A temporary string outlives the call: the Document keeps it, and so does a copy of the Document.
  Document copy = make_document(std::string("Zo\xC3\xAB said ") + "\xE2\x80\x9CHi.\xE2\x80\x9D");
  const Document kept = copy;
  copy = make_document("x");
  EXPECT_EQ(kept.text, "Zo\xC3\xAB said \xE2\x80\x9CHi.\xE2\x80\x9D");
  EXPECT_EQ(kept.word(0), "Zo\xC3\xAB");
  EXPECT_EQ(kept.js_end(kept.tokens.size() - 1), 14u);
}

}  // namespace
}  // namespace newsmark::text
