#include "text/segment.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "text/chars.h"
#include "text/utf8.h"
#include "util/tsv.h"

namespace newsmark::data {
extern const std::string_view abbreviations_tsv;
extern const std::string_view sentence_starters_txt;
}  // namespace newsmark::data

namespace newsmark::text {
namespace {

enum class Abbrev { None, Title, Month, Ordinary, Final };

const std::unordered_map<std::string, Abbrev>& abbreviations() {
  static const auto table = [] {
    std::unordered_map<std::string, Abbrev> t;
    util::for_each_record(data::abbreviations_tsv, [&](const auto& f) {
      if (f.size() < 2) return;
      const Abbrev kind = f[1] == "title" ? Abbrev::Title : f[1] == "month" ? Abbrev::Month
                          : f[1] == "final" ? Abbrev::Final : Abbrev::Ordinary;
      t.emplace(std::string(f[0]), kind);
      std::string upper(f[0]);
      if (!upper.empty() && upper[0] >= 'a' && upper[0] <= 'z') upper[0] = static_cast<char>(upper[0] - 32);
      t.emplace(upper, kind);
    });
    return t;
  }();
  return table;
}

const std::unordered_set<std::string_view>& sentence_starters() {
  static const auto set = [] {
    std::unordered_set<std::string_view> s;
    util::for_each_record(data::sentence_starters_txt, [&](const auto& f) { s.insert(f[0]); });
    return s;
  }();
  return set;
}

Abbrev abbreviation(std::string_view w) {
  const auto& t = abbreviations();
  const auto it = t.find(std::string(w));
  return it == t.end() ? Abbrev::None : it->second;
}

bool is_closing(std::string_view w) { return w == "\"" || w == "'" || w == ")" || w == "]" || w == "}"; }

int newlines_between(std::string_view norm, uint32_t from, uint32_t to) {
  return static_cast<int>(std::count(norm.begin() + from, norm.begin() + to, '\n'));
}

}  // namespace

std::vector<TokenRange> find_paragraphs(std::string_view norm, const std::vector<Token>& tokens) {
  std::vector<TokenRange> out;
  if (tokens.empty()) return out;
  // Hard-wrapped text has no long lines; its wrap width is the longest line.
  std::size_t longest = 0;
  for (std::size_t start = 0; start < norm.size();) {
    const auto nl = norm.find('\n', start);
    const std::size_t end = nl == std::string_view::npos ? norm.size() : nl;
    longest = std::max(longest, end - start);
    start = end + 1;
  }
  const bool hard_wrapped = longest > 0 && longest <= 100;
  uint32_t begin = 0;
  for (uint32_t t = 1; t < tokens.size(); ++t) {
    if (!tokens[t].has(kLineBefore)) continue;
    const int lines = newlines_between(norm, tokens[t - 1].end, tokens[t].begin);
    bool brk = lines >= 2;
    if (!brk && lines == 1) {
      if (!hard_wrapped) {
        brk = true;
      } else {
        // In wrapped text a line that stops well short of the width, after a sentence end, closes a paragraph.
        const auto line_start = norm.rfind('\n', tokens[t - 1].end == 0 ? 0 : tokens[t - 1].end - 1);
        const std::size_t len = tokens[t - 1].end - (line_start == std::string_view::npos ? 0 : line_start + 1);
        const char last = norm[tokens[t - 1].end - 1];
        const bool ends_sentence = last == '.' || last == '!' || last == '?' || last == '"' || last == ':';
        brk = (ends_sentence && len * 10 < longest * 8) || len * 10 < longest * 5;
      }
    }
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
    for (uint32_t t = para.begin; t < para.end; ++t) {
      const auto w = doc.word(t);
      const bool dotted = toks[t].kind == TokenKind::Word && w.size() > 2 && w.back() == '.';  // U.S.
      const bool terminal = toks[t].kind == TokenKind::Punct && (w[0] == '.' || w[0] == '!' || w[0] == '?');
      if (!terminal && !dotted) continue;
      uint32_t end = t + 1;
      // A closing quote or bracket right after the full stop belongs to the sentence it ends.
      while (end < para.end && !toks[end].has(kSpaceBefore) && is_closing(doc.word(end))) ++end;
      if (end >= para.end) break;
      const auto& next = toks[end];
      const auto nw = doc.word(end);
      char32_t first = 0;
      decode_at(nw, 0, first);
      const bool quote_opens = (nw == "\"" || nw == "'" || nw == "(") && next.has(kSpaceBefore);
      const bool starts = next.has(kCapitalized) || is_ascii_digit(first) || quote_opens ||
                          next.kind == TokenKind::Handle;
      if (!starts || !next.has(kSpaceBefore)) continue;
      if (w == "." && t > para.begin && !toks[t].has(kSpaceBefore)) {
        const auto prev = doc.word(t - 1);
        char32_t p0 = 0;
        const bool initial = toks[t - 1].kind == TokenKind::Word &&
                             static_cast<std::size_t>(decode_at(prev, 0, p0)) == prev.size() && is_upper(p0);
        const Abbrev a = abbreviation(prev);
        if (initial) continue;
        if (a == Abbrev::Title || a == Abbrev::Month || a == Abbrev::Ordinary) continue;
        if (a == Abbrev::Final && !sentence_starters().contains(nw)) continue;
      }
      if (dotted && !sentence_starters().contains(nw)) continue;
      out.push_back({begin, end});
      begin = end;
      t = end - 1;
    }
    if (begin < para.end) out.push_back({begin, para.end});
  }
  return out;
}

}  // namespace newsmark::text
