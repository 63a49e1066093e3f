#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "newsmark.h"
#include "text/document.h"
#include "text/utf8.h"

namespace newsmark::text {
namespace {

// The invariants every recogniser relies on, whatever the input.
void expect_invariants(const std::string& input, const std::string& name) {
  const Document d = make_document(input);
  ASSERT_EQ(repair_utf8(d.text), d.text) << name << ": repaired text is valid UTF-8";
  // The UTF-16 index agrees with the dense per-byte table at every byte.
  const std::vector<uint32_t> u16 = utf16_offsets(d.text);
  for (uint32_t b = 0; b <= d.text.size(); ++b) ASSERT_EQ(d.js(b), u16[b]) << name << " u16 at " << b;
  for (uint32_t b = 1; b <= d.norm.s.size(); ++b) ASSERT_LE(d.text_at(b - 1), d.text_at(b)) << name << " to_text at " << b;
  ASSERT_EQ(d.text_at(static_cast<uint32_t>(d.norm.s.size())), d.text.size()) << name;

  uint32_t prev_end = 0, prev_js_end = 0;
  for (std::size_t t = 0; t < d.tokens.size(); ++t) {
    const auto& tok = d.tokens[t];
    ASSERT_LT(tok.begin, tok.end) << name << " token " << t;
    ASSERT_LE(tok.end, d.norm.s.size()) << name << " token " << t;
    const uint32_t b = d.text_begin(t), e = d.text_end(t);
    ASSERT_LT(b, e) << name << " token " << t;
    ASSERT_LE(e, d.text.size()) << name << " token " << t;
    ASSERT_LE(prev_end, b) << name << ": token " << t << " overlaps the one before";
    ASSERT_LT(d.js_begin(t), d.js_end(t)) << name << ": token " << t << " has an empty UTF-16 span";
    ASSERT_LE(prev_js_end, d.js_begin(t)) << name << " token " << t;
    prev_end = e;
    prev_js_end = d.js_end(t);
  }
  if (d.header) {
    ASSERT_LT(d.header->begin, d.header->end) << name;
    ASSERT_LE(d.header->body, d.text.size()) << name;
    if (!d.tokens.empty()) ASSERT_LE(d.header->body, d.text_begin(0)) << name;
  }
  // Paragraphs and sentences each cover all tokens, in order, without gaps; sentences stay inside paragraphs.
  for (const auto* ranges : {&d.paragraphs, &d.sentences}) {
    uint32_t next = 0;
    for (const auto& r : *ranges) {
      ASSERT_EQ(r.begin, next) << name;
      ASSERT_LT(r.begin, r.end) << name;
      next = r.end;
    }
    ASSERT_EQ(next, d.tokens.size()) << name;
  }
  std::size_t p = 0;
  for (const auto& s : d.sentences) {
    while (p < d.paragraphs.size() && d.paragraphs[p].end <= s.begin) ++p;
    ASSERT_LT(p, d.paragraphs.size()) << name;
    ASSERT_LE(s.end, d.paragraphs[p].end) << name << ": a sentence crosses a paragraph";
  }

  Analysis a;
  ASSERT_TRUE(analyze(input, {}, a).ok()) << name;
  const uint32_t len = d.js(static_cast<uint32_t>(d.text.size()));
  auto in_bounds = [&](const Offsets& o) { return o.start <= o.end && o.end <= len; };
  if (a.dct && a.dct->span) ASSERT_TRUE(in_bounds(*a.dct->span)) << name;
  for (const auto& q : a.quotes) ASSERT_TRUE(in_bounds(q.at)) << name;
  for (const auto& pe : a.people)
    for (const auto& m : pe.mentions) ASSERT_TRUE(in_bounds(m.at)) << name;
  for (const auto& c : a.countries)
    for (const auto& m : c.mentions) ASSERT_TRUE(in_bounds(m.at)) << name;
  for (const auto& m : a.dates) ASSERT_TRUE(in_bounds(m.at)) << name;
}

std::string repeat(const std::string& s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

TEST(Robustness, HostileInputsKeepTheInvariants) {
  std::string all_bytes;
  for (int b = 0; b < 256; ++b) all_bytes += static_cast<char>(b);
  std::string no_spaces;
  no_spaces.reserve(1 << 20);
  for (std::size_t i = 0; no_spaces.size() < (1u << 20); ++i) no_spaces += "abc\xC3\xA9" "1.2,x-'y"[i % 12];
  struct Case {
    const char* name;
    std::string in;
  } cases[] = {
      {"empty", ""},
      {"one space", " "},
      {"lone CR", "\r"},
      {"lone CRs between words", "a\rb\r\rc\r"},
      {"NULs", std::string(100, '\0')},
      {"NULs inside words", std::string("Ru\0ssia's\0 ta\0lks.", 19)},
      {"all bytes", all_bytes},
      {"all bytes twice reversed", std::string(all_bytes.rbegin(), all_bytes.rend()) + all_bytes},
      {"1 MB without spaces", no_spaces},
      {"1 MB of one letter", std::string(1 << 20, 'a')},
      {"1000 straight quote marks", std::string(1000, '"')},
      {"1000 curly opening quotes", repeat("\xE2\x80\x9C", 1000)},
      {"1000 curly closing quotes with words", repeat("word\xE2\x80\x9D ", 1000)},
      {"1000 apostrophes", std::string(1000, '\'')},
      {"1000 backticks", std::string(1000, '`')},
      {"quote after stop, 1000 times", repeat("It ended. \" ", 1000)},
      {"dots", std::string(10000, '.')},
      {"ellipses", repeat("\xE2\x80\xA6", 1000)},
      {"acronyms with ellipses", repeat("U.S\xE2\x80\xA6", 1000)},
      {"dotted letters", repeat("a.", 100000)},
      {"dotted hosts", repeat("ab.", 100000)},
      {"at signs", repeat("a@b.", 10000)},
      {"hashes and handles", repeat("#@", 10000)},
      {"URL prefix only", repeat("http://", 1000)},
      {"apostrophe-s chains", repeat("'s", 1000)},
      {"hyphens", std::string(10000, '-')},
      {"lone surrogates in CESU-8", repeat("\xED\xA0\x80", 1000)},
      {"truncated sequences", repeat("\xF0\x9F\x98", 1000)},
      {"combining marks alone", repeat("\xCC\x81", 1000)},
      {"ZWJ chains", repeat("\xF0\x9F\x91\xA8\xE2\x80\x8D", 1000)},
      {"regional indicators", repeat("\xF0\x9F\x87\xBA", 999)},
      {"only invisible characters", repeat("\xE2\x80\x8B\xEF\xBB\xBF", 1000)},
      {"header only", "date 2022-01-07"},
      {"header and invisible body", "date 2022-01-07 \xE2\x80\x8B"},
      {"many headers", repeat("date 2022-01-07\n", 1000)},
      {"newlines", std::string(10000, '\n')},
      {"short lines", repeat("a\n", 10000)},
      {"numbers with separators", repeat("1,2.3:", 10000)},
  };
  for (const auto& c : cases) {
    expect_invariants(c.in, c.name);
    if (HasFatalFailure()) return;
  }
}

TEST(Robustness, RandomBytesKeepTheInvariants) {
  std::mt19937 rng(20220107);
  // Bytes drawn from the ones that matter most to the text layer, then from all 256.
  const std::string alphabet = std::string("aZ09 .,'\"`-@#/:\n\r\t") + "\xE2\x80\x9C\x9D\x99\xA6\xC3\xA9\xF0\x9F\x98\xED\xA0";
  for (int round = 0; round < 2000; ++round) {
    std::string s(rng() % 300, '\0');
    for (auto& ch : s)
      ch = round % 2 ? static_cast<char>(rng() & 0xFF) : alphabet[rng() % alphabet.size()];
    expect_invariants(s, "random round " + std::to_string(round));
    if (HasFatalFailure()) return;
  }
}

}  // namespace
}  // namespace newsmark::text
