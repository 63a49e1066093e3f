#include "text/quote_marks.h"

#include "text/chars.h"
#include "text/utf8.h"

namespace newsmark::text {
namespace {

constexpr QuoteChar curly(QuoteFamily f, Facing facing, bool low = false) {
  return {f, QuoteStyle::Curly, facing, low};
}

// Characters after which a straight mark opens; a comma or colon too, as in the unspaced `said:"We` or `said,"We`.
bool opens_before(char32_t c) {
  return c == 0 || is_space(c) || c == '(' || c == '[' || c == '{' || c == '-' || c == 0x2014 || c == '/' ||
         c == ':' || c == ',' ||
         c == 0x201C || c == 0x2018 || c == '"' || c == '\'';
}

// A straight mark standing alone after the end of a quoted phrase closes it: "… the term 'outreach,' " he said.
bool closes_after_space(std::string_view t, std::size_t b) {
  std::size_t p = b;
  while (p > 0 && b - p < 4 && (t[p - 1] == ' ' || t[p - 1] == '\t')) --p;
  if (p == 0 || p == b) return false;
  const char c = t[p - 1];
  if (c == ',' || c == '.' || c == '?' || c == '!' || c == '\'') return true;
  return p >= 3 && t.substr(p - 3, 3) == "\xE2\x80\x99";  // ’
}

// The character before byte b (0 at the start of the text).
char32_t char_before(std::string_view t, std::size_t b) {
  if (b == 0) return 0;
  std::size_t p = b - 1;
  while (p > 0 && (static_cast<unsigned char>(t[p]) & 0xC0) == 0x80) --p;
  char32_t c;
  decode_at(t, p, c);
  return c;
}

}  // namespace

bool read_quote_char(std::string_view text, std::size_t i, Guillemets g, QuoteChar& q) {
  if (i >= text.size()) return false;
  char32_t cp;
  decode_at(text, i, cp);
  const char next = i + 1 < text.size() ? text[i + 1] : '\0';
  const Facing either_way = g == Guillemets::EitherWay ? Facing::Either : Facing::Open;
  const Facing closing_either_way = g == Guillemets::EitherWay ? Facing::Either : Facing::Close;
  using enum QuoteFamily;
  switch (cp) {
    case 0x201C: q = curly(Double, Facing::Open); return true;            // “
    case 0x201E: q = curly(Double, Facing::Open, true); return true;      // „
    case 0x201D: q = curly(Double, Facing::Close); return true;           // ”
    case 0xAB: q = curly(Double, either_way); return true;                // «
    case 0xBB: q = curly(Double, closing_either_way); return true;        // »
    case 0x2018: q = curly(Single, Facing::Open); return true;            // ‘
    case 0x201A: q = curly(Single, Facing::Open, true); return true;      // ‚
    case 0x2019: q = curly(Single, Facing::Close); return true;           // ’
    case 0x2039: q = curly(Single, either_way); return true;              // ‹
    case 0x203A: q = curly(Single, closing_either_way); return true;      // ›
    case '"': q = {Double, QuoteStyle::Straight, Facing::Either}; return true;
    case '`':  // `` opens in typewriter style; a lone backtick is no mark
      q = {Double, QuoteStyle::Typewriter, Facing::Open};
      return next == '`';
    case '\'':
      if (next == '\'') q = {Double, QuoteStyle::Typewriter, closing_either_way};  // ''
      else q = {Single, QuoteStyle::Straight, Facing::Either};
      return true;
    default: return false;
  }
}

Facing facing_in_paragraph(const QuoteChar& q, const OpenQuote& state, bool ends_line) {
  if (q.facing == Facing::Close) return Facing::Close;
  if (q.facing == Facing::Open) {
    const bool german_close = q.style == QuoteStyle::Curly && !q.low && state.open && state.low;
    return german_close ? Facing::Close : Facing::Open;
  }
  return state.open || ends_line ? Facing::Close : Facing::Open;
}

Facing facing_by_spacing(const QuoteChar& q, std::string_view text, std::size_t begin, std::size_t end) {
  const char32_t before = char_before(text, begin);
  char32_t after = 0;
  if (end < text.size()) decode_at(text, end, after);
  // Nothing can close at the start of a line, so a mark there opens, even a ” before a space ("\n” … what I learned").
  const bool line_start = before == 0 || before == '\n';
  const bool can_open = opens_before(before) && after != 0 && (!is_space(after) || line_start);
  const bool can_close =
      !is_space(before) && before != 0 && (after == 0 || is_space(after) || !is_word_char(after));
  if (q.facing == Facing::Open) return can_close && !can_open ? Facing::Close : Facing::Open;
  if (q.facing == Facing::Close) return can_open && !can_close ? Facing::Open : Facing::Close;
  if (can_open && !can_close) return Facing::Open;
  if (can_close && !can_open) return Facing::Close;
  if (is_space(before) && closes_after_space(text, begin)) return Facing::Close;
  return Facing::Either;
}

}  // namespace newsmark::text
