#include "text/segment.h"

#include <algorithm>
#include <string>

#include "lexicon/key_table.h"
#include "text/chars.h"
#include "text/quote_marks.h"
#include "text/utf8.h"
#include "util/tsv.h"

namespace newsmark::data {
extern const std::string_view abbreviations_tsv;
extern const std::string_view sentence_starters_txt;
}  // namespace newsmark::data

namespace newsmark::text {
namespace {

enum class Abbrev { None, Title, Number, Ordinary, Final };

// The abbreviations (valued by their Abbrev) and the sentence starters (valued 1), under their own tags.
enum Tag : uint32_t { kAbbreviation, kStarter };

const lexicon::KeyTable& lists() {
  static const auto table = [] {
    lexicon::KeyTable t;
    util::for_each_record(data::abbreviations_tsv, [&](const auto& f) {
      if (f.size() < 2) return;
      const Abbrev kind = f[1] == "title" ? Abbrev::Title : f[1] == "number" ? Abbrev::Number
                          : f[1] == "final" || f[1] == "month" ? Abbrev::Final : Abbrev::Ordinary;
      t.find_or_insert(kAbbreviation, f[0], static_cast<uint32_t>(kind));
      if (!f[0].empty() && f[0][0] >= 'a' && f[0][0] <= 'z') {
        std::string capitalised(f[0]);
        capitalised[0] = static_cast<char>(capitalised[0] - 32);
        t.find_or_insert(kAbbreviation, capitalised, static_cast<uint32_t>(kind));
      }
    });
    util::for_each_record(data::sentence_starters_txt, [&](const auto& f) { t.insert(kStarter, f[0], 1); });
    return t;
  }();
  return table;
}

Abbrev abbreviation(std::string_view w) { return static_cast<Abbrev>(lists().find(kAbbreviation, w)); }

bool is_bracket_close(std::string_view w) {
  return w == ")" || w == "]" || w == "}" || w == "\xE3\x80\x8D" || w == "\xE3\x80\x8F";  // 」』
}

// Full stops of scripts written without spaces (。！？) end a sentence whatever follows.
bool is_wide_stop(std::string_view w) {
  return w == "\xE3\x80\x82" || w == "\xEF\xBC\x81" || w == "\xEF\xBC\x9F";
}

// Question mark and full stop of Arabic script (؟ ۔).
bool is_arabic_stop(std::string_view w) { return w == "\xD8\x9F" || w == "\xDB\x94"; }

// Which way the double mark at token t faces, by text::facing_in_paragraph; the marks normalising makes " without
// the quote classifier knowing them (‟ ″) face either way like a straight one.
Facing quote_mark(const Document& doc, std::size_t t, const OpenQuote& q) {
  QuoteChar c;
  if (!read_quote_char(doc.text, doc.text_begin(t), Guillemets::EitherWay, c)) c = {};
  const bool ends_line = t + 1 >= doc.tokens.size() || doc.tokens[t + 1].has(kLineBefore);
  return facing_in_paragraph(c, q, ends_line);
}

bool opens(const Document& doc, std::size_t t, const OpenQuote& q) {
  return doc.word(t) == "\"" && quote_mark(doc, t, q) == Facing::Open;
}

bool closes(const Document& doc, std::size_t t, const OpenQuote& q) {
  return doc.word(t) == "\"" && quote_mark(doc, t, q) == Facing::Close;
}

void track(const Document& doc, std::size_t t, OpenQuote& q) {
  if (doc.norm.s[doc.tokens[t].begin] != '"') return;  // most tokens, quickly
  const Facing f = quote_mark(doc, t, q);
  if (f == Facing::Open) {
    QuoteChar c;
    q = {true, read_quote_char(doc.text, doc.text_begin(t), Guillemets::EitherWay, c) && c.low};
  } else if (f == Facing::Close) {
    q = {};
  }
}

// A closing quote or bracket after the full stop belongs to the sentence it ends: attached to the stop, or, in
// tokenised text (`. "`), a mark that faces backwards.
bool closes_sentence(const Document& doc, std::size_t t, const OpenQuote& q) {
  const auto w = doc.word(t);
  if (!doc.tokens[t].has(kSpaceBefore)) return is_bracket_close(w) || w == "\"" || w == "'";
  if (doc.tokens[t].has(kLineBefore)) return false;
  if (closes(doc, t, q)) return true;
  QuoteChar c;
  return w == "'" && read_quote_char(doc.text, doc.text_begin(t), Guillemets::EitherWay, c) &&
         c.facing == Facing::Close;  // ’
}

bool has_inner_capital(std::string_view w) {
  for (std::size_t i = 1; i < w.size(); ++i)
    if (w[i] >= 'A' && w[i] <= 'Z') return true;
  return false;
}

// After the stop (or dotted acronym) at t and its closing marks, does the token at `next` start a new sentence? It
// must be set apart by a space and look like a start (a capital, a digit, an opening mark, a handle or link, a letter
// of a caseless script), and the stop must not belong to an abbreviation or an initial.
bool next_starts_sentence(const Document& doc, uint32_t t, uint32_t next, const OpenQuote& q) {
  const auto& toks = doc.tokens;
  const Token& n = toks[next];
  if (!n.has(kSpaceBefore)) return false;
  const auto nw = doc.word(next);
  char32_t first = 0;
  decode_at(nw, 0, first);
  const bool quote_opens = opens(doc, next, q) || nw == "'" || nw == "(";
  const bool starts = n.has(kCapitalized) || is_ascii_digit(first) || quote_opens || is_caseless_letter(first) ||
                      n.kind == TokenKind::Handle || n.kind == TokenKind::Url ||
                      (n.kind == TokenKind::Word && has_inner_capital(nw));  // iPhone, eBay
  if (!starts) return false;
  const bool starter = lists().find(kStarter, nw) != 0;
  const auto w = doc.word(t);
  if (toks[t].kind == TokenKind::Word) {  // a dotted acronym
    const Abbrev a = abbreviation(w);
    if (a == Abbrev::Title || a == Abbrev::Ordinary) return false;  // e.g. i.e.
    return starter;                                                 // U.S. Embassy, 2 p.m. Eastern
  }
  if (w != "." || toks[t].has(kSpaceBefore) || t == 0 || toks[t - 1].kind != TokenKind::Word) return true;
  const auto prev = doc.word(t - 1);
  char32_t p0 = 0;
  const bool initial = static_cast<std::size_t>(decode_at(prev, 0, p0)) == prev.size() && is_upper(p0);
  if (initial) return starter;  // J. K. Rowling, but Plan B. The
  switch (abbreviation(prev)) {
    case Abbrev::Title:
    case Abbrev::Ordinary: return false;
    case Abbrev::Number: return !is_ascii_digit(first);  // No. 10
    case Abbrev::Final: return starter;                  // Inc., Jan., St.
    case Abbrev::None: break;
  }
  return true;
}

// A line broken in the middle of a sentence (a line that ends without a stop, continued by a lower-case word) is one
// paragraph even in text whose single line breaks separate paragraphs, e.g. a link's text broken out of an HTML page.
bool runs_on(std::string_view norm, const std::vector<Token>& tokens, uint32_t t) {
  const Token& next = tokens[t];
  if (next.kind != TokenKind::Word || next.has(kCapitalized)) return false;
  const auto w = norm.substr(next.begin, next.end - next.begin);
  char32_t first = 0;
  decode_at(w, 0, first);
  if (!is_lower(first) || has_inner_capital(w)) return false;  // iPhone may open a paragraph
  const char last = norm[tokens[t - 1].end - 1];
  return std::string_view(".!?:;\"')]").find(last) == std::string_view::npos;
}

// In wrapped text a line that stops well short of the width after a sentence end closes a paragraph, and so do a
// line break followed by an indent and a line shorter than half the width (a heading).
bool ends_wrapped_paragraph(std::string_view norm, const std::vector<Token>& tokens, uint32_t t, std::size_t width) {
  const uint32_t end = tokens[t - 1].end;
  const auto line_start = norm.rfind('\n', end - 1);
  const std::size_t len = end - (line_start == std::string_view::npos ? 0 : line_start + 1);
  const char last = norm[end - 1];
  const bool ends_sentence = last == '.' || last == '!' || last == '?' || last == '"' || last == ':';
  const auto gap = norm.substr(end, tokens[t].begin - end);
  const bool indented = gap.size() >= 2 && gap.back() == ' ';
  return (ends_sentence && (len * 10 < width * 8 || indented)) || len * 10 < width * 5;
}

}  // namespace

std::vector<TokenRange> find_paragraphs(std::string_view norm, const std::vector<Token>& tokens) {
  std::vector<TokenRange> out;
  if (tokens.empty()) return out;
  // Hard-wrapped text has no long lines, and many of its lines run on into a next line that starts in lower case.
  std::size_t longest = 0;
  int single_breaks = 0, run_ons = 0;
  for (std::size_t start = 0; start < norm.size();) {
    const auto nl = norm.find('\n', start);
    const std::size_t end = nl == std::string_view::npos ? norm.size() : nl;
    longest = std::max(longest, end - start);
    if (end + 1 < norm.size() && norm[end + 1] != '\n' && end > start) {
      ++single_breaks;
      const char next = norm[end + 1];
      if (next >= 'a' && next <= 'z') ++run_ons;
    }
    start = end + 1;
  }
  const bool hard_wrapped = longest > 0 && longest <= 120 && run_ons >= 2 && run_ons * 4 >= single_breaks;
  uint32_t begin = 0;
  for (uint32_t t = 1; t < tokens.size(); ++t) {
    if (!tokens[t].has(kLineBefore)) continue;
    const auto gap = norm.substr(tokens[t - 1].end, tokens[t].begin - tokens[t - 1].end);
    bool brk = std::count(gap.begin(), gap.end(), '\n') >= 2;
    if (!brk && !runs_on(norm, tokens, t)) brk = !hard_wrapped || ends_wrapped_paragraph(norm, tokens, t, longest);
    if (brk) {
      out.push_back({begin, t});
      begin = t;
    }
  }
  out.push_back({begin, static_cast<uint32_t>(tokens.size())});
  return out;
}

std::vector<TokenRange> find_sentences(const Document& doc) {
  std::vector<TokenRange> out;
  const auto& toks = doc.tokens;
  for (const auto& para : doc.paragraphs) {
    uint32_t begin = para.begin;
    OpenQuote q;
    for (uint32_t t = para.begin; t < para.end; ++t) {
      track(doc, t, q);
      const auto w = doc.word(t);
      const bool dotted = toks[t].kind == TokenKind::Word && w.size() > 2 && w.back() == '.';  // U.S. p.m.
      const bool punct = toks[t].kind == TokenKind::Punct;
      const bool wide = punct && is_wide_stop(w);
      const bool stop = punct && (w[0] == '.' || w[0] == '!' || w[0] == '?' || wide || is_arabic_stop(w));
      if (!stop && !dotted) continue;
      uint32_t end = t + 1;
      OpenQuote after = q;
      while (end < para.end && closes_sentence(doc, end, after)) track(doc, end++, after);
      if (end >= para.end) break;
      if (!wide && !next_starts_sentence(doc, t, end, after)) continue;
      out.push_back({begin, end});
      begin = end;
      t = end - 1;
      q = after;
    }
    if (begin < para.end) out.push_back({begin, para.end});
  }
  return out;
}

}  // namespace newsmark::text
