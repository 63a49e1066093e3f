#include "quotes/marks.h"

#include "text/chars.h"
#include "text/utf8.h"

namespace newsmark::quotes {
namespace {

enum class Fixed : uint8_t { None, Open, Close, Either };

struct Kind {
  Family family;
  Fixed role;
};

// What the original character says about itself; straight marks say nothing about direction.
bool classify(char32_t cp, char next, Kind& k) {
  switch (cp) {
    case 0x201C: k = {Family::Double, Fixed::Open}; return true;    // “
    case 0x201E: k = {Family::Double, Fixed::Open}; return true;    // „
    case 0xAB: k = {Family::Double, Fixed::Open}; return true;      // «
    case 0x201D: k = {Family::Double, Fixed::Close}; return true;   // ”
    case 0xBB: k = {Family::Double, Fixed::Close}; return true;     // »
    case '"': k = {Family::Double, Fixed::Either}; return true;
    case '`': k = {Family::Double, Fixed::Open}; return next == '`';  // `` opens in typewriter style
    case '\'':
      if (next == '\'') { k = {Family::Double, Fixed::Close}; return true; }  // '' closes it
      k = {Family::Single, Fixed::Either};
      return true;
    case 0x2018: case 0x201A: case 0x2039: k = {Family::Single, Fixed::Open}; return true;   // ‘ ‚ ‹
    case 0x2019: case 0x203A: k = {Family::Single, Fixed::Close}; return true;                // ’ ›
    default: return false;
  }
}

bool opens_before(char32_t c) {  // characters after which a straight mark opens
  return c == 0 || text::is_space(c) || c == '(' || c == '[' || c == '{' || c == '-' || c == 0x2014 || c == '/' ||
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

}  // namespace

std::vector<Mark> find_marks(const text::Document& doc) {
  std::vector<Mark> out;
  const std::string_view t = doc.text;
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
    const auto& tok = doc.tokens[i];
    if (tok.kind != text::TokenKind::Punct) continue;
    const auto w = doc.word(i);
    if (w != "\"" && w != "'") continue;
    const uint32_t b = doc.text_begin(i), e = doc.text_end(i);
    char32_t cp;
    text::decode_at(t, b, cp);
    Kind k;
    if (!classify(cp, b + 1 < t.size() ? t[b + 1] : '\0', k)) continue;
    // Spacing decides straight marks, and disambiguates a curly mark used the other way round (”Swedish” style).
    char32_t before = 0, after = 0;
    if (b > 0) {
      std::size_t p = b - 1;
      while (p > 0 && (static_cast<unsigned char>(t[p]) & 0xC0) == 0x80) --p;
      text::decode_at(t, p, before);
    }
    if (e < t.size()) text::decode_at(t, e, after);
    // Nothing can close at the start of a line, so a mark there opens, even a ” before a space ("\n” … what I learned").
    const bool line_start = before == 0 || before == '\n';
    const bool can_open = opens_before(before) && after != 0 && (!text::is_space(after) || line_start);
    const bool can_close = !text::is_space(before) && before != 0 &&
                           (after == 0 || text::is_space(after) || !text::is_word_char(after));
    Role role;
    if (k.role == Fixed::Open) role = can_close && !can_open ? Role::Close : Role::Open;  // “ closing: "51 percent.“"
    else if (k.role == Fixed::Close) role = can_open && !can_close ? Role::Open : Role::Close;
    else if (can_open && !can_close) role = Role::Open;
    else if (can_close && !can_open) role = Role::Close;
    else if (k.role == Fixed::Either && text::is_space(before) && closes_after_space(t, b)) role = Role::Close;
    else continue;
    const Style style = cp == '"' || (cp == '\'' && k.family == Family::Single) ? Style::Straight
                        : cp == '`' || cp == '\'' ? Style::Typewriter : Style::Curly;
    out.push_back({i, k.family, role, style});
  }
  return out;
}

}  // namespace newsmark::quotes
