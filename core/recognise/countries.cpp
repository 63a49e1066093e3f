#include "recognise/countries.h"

#include <cstring>

#include "recognise/countries_lexicon.h"
#include "recognise/countries_rules.h"

namespace newsmark::recognise {
namespace {

using text::TokenKind;

bool has_hyphen(std::string_view w) { return w.find('-') != std::string_view::npos; }

// The next hyphen before a capital letter at or after byte i, where a lower-case word can hold a country
// (pro-Russian): one memchr pass over the text costs far less than looking inside every word.
std::size_t next_capital_part(std::string_view s, std::size_t i) {
  while (i < s.size()) {
    const void* p = std::memchr(s.data() + i, '-', s.size() - i);
    if (!p) break;
    const std::size_t h = static_cast<std::size_t>(static_cast<const char*>(p) - s.data());
    if (h + 1 < s.size() && s[h + 1] >= 'A' && s[h + 1] <= 'Z') return h;
    i = h + 1;
  }
  return s.size();
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
          const uint32_t start = doc.js(doc.norm.to_text[base + b]);
          const uint32_t end = last ? doc.js_end(t) : doc.js(doc.norm.to_text[base + e]);
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
  const std::string_view norm = doc.norm.s;
  std::size_t capital_part = next_capital_part(norm, 0);
  for (std::size_t t = 0; t < n; ++t) {
    // Every country word starts with a capital letter; handles, hashtags, URLs and e-mails are other token kinds.
    const text::Token& tok = doc.tokens[t];
    if (tok.kind != TokenKind::Word) continue;
    if (!tok.has(text::kCapitalized)) {
      if (capital_part < tok.begin) capital_part = next_capital_part(norm, tok.begin);
      if (capital_part < tok.end) find_in_parts(lex, doc, t, out);  // pro-Russian
      continue;
    }
    const auto m = lex.may_start(doc.word(t)) ? lex.gazetteer.longest(doc, t) : lexicon::Gazetteer::Match{};
    if (!m.tokens) {
      if (has_hyphen(doc.word(t))) find_in_parts(lex, doc, t, out);
      continue;
    }
    const uint32_t value = m.values[0];
    const std::size_t end = t + m.tokens;
    if (value != CountryLexicon::kBlocked) {
      CountryCandidate c{t, end, lex.phrases[value]};
      if (accept_country(lex, doc, c, clues))
        out.add(c.phrase.country, c.phrase.form, doc.js_begin(t), doc.js_end(end - 1));
    }
    t = end - 1;
  }
  return out.take();
}

}  // namespace newsmark::recognise
