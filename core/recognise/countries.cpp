#include "recognise/countries.h"

#include <algorithm>
#include <cstring>
#include <memory>

#include "recognise/countries_lexicon.h"
#include "recognise/countries_rules.h"
#include "util/small.h"

namespace newsmark::recognise {
namespace {

using text::TokenKind;

// Lower-case words holding a part that starts with a capital letter (pro-Russian), in text order: one memchr pass
// over the text for "-X" costs far less than looking inside every word.
std::vector<uint32_t> words_with_capital_parts(const text::Document& doc) {
  std::vector<uint32_t> out;
  const std::string_view s = doc.norm.s;
  for (std::size_t i = 0; i < s.size();) {
    const void* p = std::memchr(s.data() + i, '-', s.size() - i);
    if (!p) break;
    const auto h = static_cast<uint32_t>(static_cast<const char*>(p) - s.data());
    i = h + 1;
    if (h + 1 >= s.size() || s[h + 1] < 'A' || s[h + 1] > 'Z') continue;
    const auto it = std::upper_bound(doc.tokens.begin(), doc.tokens.end(), h,
                                     [](uint32_t x, const text::Token& tok) { return x < tok.begin; });
    if (it == doc.tokens.begin()) continue;
    const auto t = static_cast<uint32_t>(it - doc.tokens.begin() - 1);
    const text::Token& tok = doc.tokens[t];
    if (tok.kind == TokenKind::Word && !tok.has(text::kCapitalized) && h < tok.end && (out.empty() || out.back() != t))
      out.push_back(t);
  }
  return out;
}

class Collector {
 public:
  explicit Collector(const CountryLexicon& lex) : lex_(lex), slot_(lex.countries.size(), -1) {}

  void add(uint16_t country, CountryForm form, uint32_t start, uint32_t end) {
    int& s = slot_[country];
    if (s < 0) {
      s = static_cast<int>(out_.size());
      out_.push_back({lex_.countries[country].iso, lex_.countries[country].name, {}});
    }
    out_[static_cast<std::size_t>(s)].mentions.push_back({Offsets{start, end}, form});
  }
  std::vector<Country> take() { return std::move(out_); }

 private:
  const CountryLexicon& lex_;
  std::vector<int> slot_;  // country -> index in out_, or -1
  std::vector<Country> out_;
};

// Countries named by the parts of a hyphenated word (Nato-Russia, US-led, pro-Russian). A capital inside one is a
// place (Moscow-based), so it is left out.
void find_in_parts(const CountryLexicon& lex, const text::Document& doc, std::size_t t, Collector& out) {
  const std::string_view w = doc.word(t);
  const uint32_t base = doc.tokens[t].begin;
  for (std::size_t b = 0; b < w.size();) {
    std::size_t e = w.find('-', b);
    const bool last = e == std::string_view::npos;
    if (last) e = w.size();
    const auto part = w.substr(b, e - b);
    if (!part.empty() && part.front() >= 'A' && part.front() <= 'Z') {
      if (const auto values = lex.gazetteer.find(part); !values.empty() && values[0] != CountryLexicon::kBlocked) {
        const CountryPhrase& p = lex.phrases[values[0]];
        const bool dropped = p.ambiguity >= 0 && lex.ambiguities[static_cast<std::size_t>(p.ambiguity)].drop;
        if (p.form != CountryForm::Capital && !dropped) {
          const uint32_t start = doc.js(doc.text_at(base + b));
          const uint32_t end = last ? doc.js_end(t) : doc.js(doc.text_at(base + e));
          out.add(p.country, p.form, start, end);
        }
      }
    }
    if (last) break;
    b = e + 1;
  }
}

}  // namespace

std::vector<Country> find_countries(const text::Document& doc) {
  const CountryLexicon& lex = country_lexicon();
  Collector out(lex);
  DocumentClues clues(lex, doc);
  const std::size_t n = doc.tokens.size();
  // Every country word starts with a capital letter, or is a capitalised part of a lower-case word; handles,
  // hashtags, URLs and e-mails are other token kinds. The capitalised words are gathered without a branch per token,
  // which costs more than the rest of the stage on ordinary text.
  const std::unique_ptr<uint32_t[]> capitalised(new uint32_t[n + 1]);  // left uninitialised: every slot read is written
  std::size_t count = 0;
  for (std::size_t t = 0; t < n; ++t) {
    const text::Token& tok = doc.tokens[t];
    capitalised[count] = static_cast<uint32_t>(t);
    count += (tok.kind == TokenKind::Word) & ((tok.flags & text::kCapitalized) != 0);
  }
  const std::vector<uint32_t> lower = words_with_capital_parts(doc);
  std::size_t next = 0;  // the first token not yet covered by a match
  for (std::size_t i = 0, j = 0; i < count || j < lower.size();) {
    if (j < lower.size() && (i == count || lower[j] < capitalised[i])) {
      if (lower[j] >= next) find_in_parts(lex, doc, lower[j], out);
      ++j;
      continue;
    }
    const std::size_t t = capitalised[i++];
    if (t < next) continue;
    const std::string_view w = doc.word(t);
    lexicon::Gazetteer::Match m;
    // A word in capitals is looked up in any case: the first-word filters hold the names as written.
    const bool shouted = doc.tokens[t].has(text::kAllCaps) && w.size() > 1;
    if (shouted)
      m = lex.shouted.longest(doc, t);
    else if (lex.may_start_longer(w))
      m = lex.gazetteer.longest(doc, t);
    else if (lex.may_start(w))
      m.values = lex.gazetteer.find(doc, t), m.tokens = m.values.empty() ? 0 : 1;
    if (!m.tokens) {
      if (doc.tokens[t].hyphen) find_in_parts(lex, doc, t, out);
      continue;
    }
    const uint32_t value = m.values[0];
    next = t + m.tokens;
    if (value != CountryLexicon::kBlocked) {
      CountryCandidate c{t, next, lex.phrases[value]};
      if (accept_country(lex, doc, c, clues))
        out.add(c.phrase.country, c.phrase.form, doc.js_begin(t), doc.js_end(next - 1));
    }
  }
  return out.take();
}

}  // namespace newsmark::recognise

#include "util/small_end.h"
