#include "recognise/countries_rules.h"

namespace newsmark::recognise {
namespace {

using text::TokenKind;

bool is_word(const text::Document& doc, std::size_t t) { return doc.tokens[t].kind == TokenKind::Word; }
bool capitalised(const text::Document& doc, std::size_t t) {
  return is_word(doc, t) && doc.tokens[t].has(text::kCapitalized);
}
// Whether token t is glued to the one before it (no space), as "$" in "US$".
bool glued(const text::Document& doc, std::size_t t) { return !doc.tokens[t].has(text::kSpaceBefore); }

// Another gazetteer match of the given form starts at t (the "Washington" in "Moscow and Washington").
bool match_of_form(const CountryLexicon& lex, const text::Document& doc, std::size_t t, CountryForm form) {
  if (t >= doc.tokens.size() || !capitalised(doc, t)) return false;
  const auto m = lex.gazetteer.longest(doc, t);
  return m.tokens && m.values[0] != CountryLexicon::kBlocked && lex.phrases[m.values[0]].form == form;
}

// The country word sits inside a company's or a paper's name: Air Canada, Bank of Japan, Singapore Airlines.
bool in_company_name(const CountryLexicon& lex, const text::Document& doc, const CountryCandidate& c) {
  if (lex.org_before.ends_before(doc, c.first)) return true;
  // Garuda Indonesia, Ford Australia: a country's name after another capitalised name word
  if ((c.phrase.form == CountryForm::Name || c.phrase.form == CountryForm::Alias) && c.first > 0 &&
      capitalised(doc, c.first - 1) && !doc.tokens[c.first].has(text::kLineBefore) &&
      !lex.not_first_name.has(doc.word(c.first - 1)) && !match_of_form(lex, doc, c.first - 1, CountryForm::Name) &&
      !match_of_form(lex, doc, c.first - 1, CountryForm::Alias) &&
      !match_of_form(lex, doc, c.first - 1, CountryForm::Demonym))
    return true;
  for (std::size_t t = c.end; t < doc.tokens.size() && t < c.end + 4 && capitalised(doc, t); ++t) {
    if (doc.tokens[t].has(text::kLineBefore)) break;
    if (lex.org_after.has(doc.word(t))) return true;
  }
  return false;
}

// A capital stands for its government when it acts, speaks, is dealt with, owns political things, or is paired with
// another capital; otherwise it is the city (in Paris, central London, London Heathrow).
bool capital_as_government(const CountryLexicon& lex, const text::Document& doc, const CountryCandidate& c) {
  const std::size_t n = doc.tokens.size();
  if (c.end < n && capitalised(doc, c.end) && !doc.tokens[c.end].has(text::kLineBefore)) return false;
  if (c.end < n && lex.government_after.starts_at(doc, c.end)) return true;
  if (lex.government_before.ends_before(doc, c.first)) return true;
  if (c.end + 1 < n && doc.tokens[c.end].kind == TokenKind::Possessive) {
    // Moscow's demands, Moscow's aggressive stance
    if (lex.government_noun.has(doc.word(c.end + 1))) return true;
    if (c.end + 2 < n && is_word(doc, c.end + 1) && !capitalised(doc, c.end + 1) &&
        lex.government_noun.has(doc.word(c.end + 2)))
      return true;
  }
  if (c.first >= 2 && doc.word(c.first - 1) == "in" && lex.government_people.has(doc.word(c.first - 2))) return true;
  for (const auto& [before, after] : lex.government_frames)
    if (c.first >= 1 && c.end < n && doc.word(c.first - 1) == before && doc.word(c.end) == after) return true;
  // Moscow and Washington, Washington or Beijing
  auto conj = [&](std::size_t t) { return t < n && (doc.word(t) == "and" || doc.word(t) == "or"); };
  if (conj(c.end) && match_of_form(lex, doc, c.end + 1, CountryForm::Capital)) return true;
  if (c.first >= 2 && conj(c.first - 1)) {
    for (std::size_t s = c.first - 2, k = 0; k < 3; --s, ++k) {  // the other capital may have several tokens
      const auto m = lex.gazetteer.longest(doc, s);
      if (m.tokens && s + m.tokens == c.first - 1 && m.values[0] != CountryLexicon::kBlocked &&
          lex.phrases[m.values[0]].form == CountryForm::Capital)
        return true;
      if (s == 0) break;
    }
  }
  return false;
}

}  // namespace

bool looks_like_person(const CountryLexicon& lex, const text::Document& doc, std::size_t first, std::size_t end) {
  const std::size_t n = doc.tokens.size();
  if (first > 0 && capitalised(doc, first - 1) && !doc.tokens[first].has(text::kLineBefore) &&
      !lex.not_first_name.has(doc.word(first - 1)) && !match_of_form(lex, doc, first - 1, CountryForm::Name) &&
      !match_of_form(lex, doc, first - 1, CountryForm::Alias))
    return true;  // Michael Jordan, Mr Chad
  if (end < n && capitalised(doc, end) && !doc.tokens[end].has(text::kLineBefore) && doc.tokens[end].has(text::kSpaceBefore))
    return true;  // Jordan Peterson
  return false;
}

std::size_t DocumentClues::near(std::size_t a, List list, std::size_t t) {
  const Ambiguity& amb = lex_.ambiguities[a];
  const Clues& clues = list == kNot ? amb.not_doc : list == kCountry ? amb.doc_country : amb.other_doc;
  if (clues.empty()) return 0;
  if (counts_.empty()) counts_.resize(lex_.ambiguities.size() * kLists);
  auto& blocks = counts_[a * kLists + list];
  const std::size_t n = doc_.tokens.size();
  if (blocks.empty()) blocks.assign(n / kBlock + 1, -1);
  const std::size_t b = t / kBlock;
  std::size_t total = 0;
  for (std::size_t i = b > kReach ? b - kReach : 0; i <= b + kReach && i < blocks.size(); ++i) {
    if (blocks[i] < 0) {
      blocks[i] = 0;
      for (std::size_t k = i * kBlock; k < n && k < (i + 1) * kBlock; ++k) blocks[i] += clues.starts_at(doc_, k);
    }
    total += static_cast<std::size_t>(blocks[i]);
  }
  return total;
}

bool DocumentClues::not_country(std::size_t a, std::size_t t) {
  const std::size_t against = near(a, kNot, t);
  return against > 0 && against > near(a, kCountry, t);
}

bool DocumentClues::other_country(std::size_t a, std::size_t t) { return near(a, kOther, t) > 0; }

bool accept_country(const CountryLexicon& lex, const text::Document& doc, CountryCandidate& c, DocumentClues& clues) {
  const std::size_t n = doc.tokens.size();
  if (c.end < n && glued(doc, c.end) && lex.currency.has(doc.word(c.end))) return false;  // US$ 40
  if (c.end < n && lex.currency_name.has(doc.word(c.end))) return false;                  // US dollar
  if (in_company_name(lex, doc, c)) return false;
  if (c.phrase.ambiguity >= 0) {
    const auto a = static_cast<std::size_t>(c.phrase.ambiguity);
    const Ambiguity& amb = lex.ambiguities[a];
    if (amb.drop) return false;
    if (amb.shout && c.first > 0 && c.end < n && doc.tokens[c.first - 1].has(text::kAllCaps) &&
        doc.tokens[c.end].has(text::kAllCaps))
      return false;  // LET US GO
    if (amb.person && looks_like_person(lex, doc, c.first, c.end)) return false;
    if (amb.name_of && c.first >= 2 && doc.word(c.first - 1) == "of" && capitalised(doc, c.first - 2)) return false;
    if (c.end < n && amb.speaker.starts_at(doc, c.end)) return false;
    if (amb.not_before.ends_before(doc, c.first)) return false;
    if (c.end < n && amb.not_after.starts_at(doc, c.end)) return false;
    if (clues.not_country(a, c.first)) return false;
    if (clues.other_country(a, c.first)) c.phrase.country = amb.other_country;
  }
  if (c.phrase.form == CountryForm::Capital) {
    if (looks_like_person(lex, doc, c.first, c.end)) return false;  // George Washington
    return capital_as_government(lex, doc, c);
  }
  return true;
}

}  // namespace newsmark::recognise
