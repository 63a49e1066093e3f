#include "recognise/countries_rules.h"

#include <algorithm>
#include <iterator>
#include <string>

#include "lexicon/function_words.h"
#include "recognise/people_lexicon.h"
#include "util/small.h"

namespace newsmark::recognise {
namespace {

using text::TokenKind;

bool is_word(const text::Document& doc, std::size_t t) { return doc.tokens[t].kind == TokenKind::Word; }
bool capitalised(const text::Document& doc, std::size_t t) {
  return is_word(doc, t) && doc.tokens[t].has(text::kCapitalized);
}
bool plural(std::string_view w) { return w.size() > 2 && w.back() == 's' && w[w.size() - 2] != 's'; }

// How many tokens a possessive at t takes: 's, or ' and s after a dotted acronym (D.C.'s); 0 for none.
std::size_t possessive_at(const text::Document& doc, std::size_t t) {
  const std::size_t n = doc.tokens.size();
  if (t < n && doc.tokens[t].kind == TokenKind::Possessive) return 1;
  if (t + 1 < n && doc.word(t) == "'" && !doc.tokens[t].has(text::kSpaceBefore) && doc.word(t + 1) == "s" &&
      !doc.tokens[t + 1].has(text::kSpaceBefore))
    return 2;
  return 0;
}

// Whether token t is glued to the one before it (no space), as "$" in "US$".
bool glued(const text::Document& doc, std::size_t t) { return !doc.tokens[t].has(text::kSpaceBefore); }

// Any country word starts at t.
bool country_word_at(const CountryLexicon& lex, const text::Document& doc, std::size_t t) {
  if (t >= doc.tokens.size() || !capitalised(doc, t) || !lex.may_start(doc.word(t))) return false;
  return lex.match_at(doc, t).tokens > 0;
}

// The country word sits inside a company's or a paper's name: Air Canada, Bank of Japan, Singapore Airlines.
// "the U.S. Open", "the U.S. Amateur Championship": an alias heading a longer proper name is part of that name, unless
// the word after it belongs to a government ("U.S. Treasury", "U.S. Agriculture Department"), is an office ("U.S.
// President"), a person's given name, a date or another country.
bool alias_heads_longer_name(const CountryLexicon& lex, const text::Document& doc, const CountryCandidate& c) {
  const std::size_t n = doc.tokens.size();
  // The full stop of "U.S." may stand as a token of its own.
  const std::size_t after = c.end < n && doc.word(c.end) == "." && !doc.tokens[c.end].has(text::kSpaceBefore) ? c.end + 1
                                                                                                             : c.end;
  if (c.phrase.form != CountryForm::Alias || after >= n || !is_word(doc, after) || !capitalised(doc, after)) return false;
  // "in the U.S. The talks …": a name never runs on into the next sentence.
  if (after >= doc.sentence_at(c.first).end) return false;
  const auto& next = doc.tokens[after];
  // A new line, or a headline in capitals or title case, starts something else.
  if (next.has(text::kLineBefore) || next.has(text::kAllCaps) || next.has(text::kHeadline))
    return false;
  const auto& people = people_lexicon();
  if (people.titles.longest(doc, after).tokens || people.given.longest(doc, after).tokens) return false;
  if (const auto np = people.nonpersons.longest(doc, after);
      np.tokens && static_cast<NonPerson>(np.values[0]) == NonPerson::Time)
    return false;
  // The government's own words may stand several words on: "U.S. Agriculture Department", "U.S. Justice Department".
  for (std::size_t t = after; t < n && t < after + 4 && capitalised(doc, t); ++t)
    if (lex.government_noun.has(doc.folded_word(t))) return false;
  return !country_word_at(lex, doc, after);
}

bool in_company_name(const CountryLexicon& lex, const text::Document& doc, const CountryCandidate& c) {
  if (lex.org_before.ends_before(doc, c.first)) return true;
  // Garuda Indonesia, Ford Australia: a country's name after another capitalised name word
  if ((c.phrase.form == CountryForm::Name || c.phrase.form == CountryForm::Alias) &&
      follows_first_name(lex, doc, c.first))
    return true;
  for (std::size_t t = c.end; t < doc.tokens.size() && t < c.end + 4 && capitalised(doc, t); ++t) {
    if (doc.tokens[t].has(text::kLineBefore)) break;
    if (lex.org_after.has(doc.word(t))) return true;
    // "BRITISH MASTERS": a word in capitals right after the country word is looked up as the list writes it, in title
    // case (further on, a line in capitals runs into other words: "BEAT SAN MARINO IN WORLD CUP QUALIFIER").
    if (t == c.end && doc.tokens[t].has(text::kAllCaps)) {
      std::string titled(doc.folded_word(t));
      if (titled[0] >= 'a' && titled[0] <= 'z') titled[0] = static_cast<char>(titled[0] - 'a' + 'A');
      if (lex.org_after.has(titled)) return true;
    }
  }
  return false;
}

// A capital stands for its government when it acts or speaks, is dealt with, owns political things, or has
// government people in it (Moscow said, talks with Moscow, Moscow's demands, officials in Washington).
bool capital_acts(const CountryLexicon& lex, const text::Document& doc, std::size_t first, std::size_t end) {
  const std::size_t n = doc.tokens.size();
  if (const std::size_t p = possessive_at(doc, end)) {
    // Moscow's demands, Moscow's aggressive stance; any other possession is the city's (Washington's attorney board)
    const std::size_t noun = end + p;
    if (noun < n && lex.government_noun.has(doc.word(noun))) return true;
    return noun + 1 < n && is_word(doc, noun) && !capitalised(doc, noun) && lex.government_noun.has(doc.word(noun + 1));
  }
  // "Moscow said"; not "an official in Baghdad said", where the capital is the place of the one who speaks.
  if (end < n && lex.government_after.starts_at(doc, end) && !(first >= 1 && doc.word(first - 1) == "in")) return true;
  if (lex.government_before.ends_before(doc, first)) return true;
  // "officials in Moscow"; not "a U.N. official in Baghdad", whom another body's name claims.
  if (first >= 2 && doc.word(first - 1) == "in" && lex.government_people.has(doc.word(first - 2)) &&
      !(first >= 3 && capitalised(doc, first - 3) && !doc.tokens[first - 3].has(text::kLineBefore) &&
        doc.sentence_at(first - 3).begin != first - 3))
    return true;
  for (const auto& [before, after] : lex.government_frames)
    if (first >= 1 && end < n && doc.word(first - 1) == before && doc.word(end) == after) return true;
  return false;
}

// The capital that ends right before token t, as [first, t), if any (the "Moscow" of "Moscow and Washington").
bool capital_ending_at(const CountryLexicon& lex, const text::Document& doc, std::size_t t, std::size_t& first) {
  for (std::size_t k = 1; k <= 3 && k <= t; ++k) {
    const std::size_t s = t - k;
    if (!capitalised(doc, s) || !lex.may_start(doc.word(s))) continue;
    const auto m = lex.gazetteer.longest(doc, s);
    if (m.tokens == k && m.values[0] != CountryLexicon::kBlocked &&
        lex.phrases[m.values[0]].form == CountryForm::Capital) {
      first = s;
      return true;
    }
  }
  return false;
}

// Otherwise it is the city (in Paris, central London, London Heathrow). Two capitals joined by "and" or "or" are two
// governments when either acts, or when the pair is neither a place (in Warsaw and Prague) nor part of a list.
bool capital_as_government(const CountryLexicon& lex, const text::Document& doc, const CountryCandidate& c) {
  const std::size_t n = doc.tokens.size();
  if (c.end < n && capitalised(doc, c.end) && !doc.tokens[c.end].has(text::kLineBefore)) return false;
  if (capital_acts(lex, doc, c.first, c.end)) return true;
  auto conj = [&](std::size_t t) { return t < n && (doc.word(t) == "and" || doc.word(t) == "or"); };
  auto free_pair = [&](std::size_t first) { return !lex.place_before.ends_before(doc, first); };
  if (conj(c.end) && c.end + 1 < n && capitalised(doc, c.end + 1) && lex.may_start(doc.word(c.end + 1))) {
    const auto m = lex.gazetteer.longest(doc, c.end + 1);
    if (m.tokens && m.values[0] != CountryLexicon::kBlocked && lex.phrases[m.values[0]].form == CountryForm::Capital)
      return free_pair(c.first) || capital_acts(lex, doc, c.end + 1, c.end + 1 + m.tokens);
  }
  std::size_t other = 0;
  if (c.first >= 2 && conj(c.first - 1) && capital_ending_at(lex, doc, c.first - 1, other))
    return free_pair(other) || capital_acts(lex, doc, other, c.first - 1);
  return false;
}

}  // namespace

bool follows_first_name(const CountryLexicon& lex, const text::Document& doc, std::size_t first) {
  if (first == 0 || !capitalised(doc, first - 1)) return false;
  // A headline in capitals capitalises every word: "ROMANIA BEAT LITHUANIA" holds no first name; in a line where every
  // word is capitalised only a known given name is one ("AUSTRALIA V SRI LANKA", but "Michael Jordan Returns").
  if (doc.tokens[first].has(text::kAllCaps) && doc.tokens[first - 1].has(text::kAllCaps)) return false;
  if (doc.tokens[first - 1].has(text::kHeadline) && !people_lexicon().given.longest(doc, first - 1).tokens) return false;
  const auto prev = doc.word(first - 1);
  if (const auto h = prev.rfind('-');
      h != std::string_view::npos && h + 1 < prev.size() && prev[h + 1] >= 'a' && prev[h + 1] <= 'z')
    return false;  // Jerusalem-born Jordanian
  return !doc.tokens[first].has(text::kLineBefore) && !lex.not_first_name.has(doc.word(first - 1)) &&
         !lexicon::function_word(doc, first - 1) &&
         !country_word_at(lex, doc, first - 1);  // Polish American, Moscow Kyiv
}

bool looks_like_person(const CountryLexicon& lex, const text::Document& doc, std::size_t first, std::size_t end) {
  const std::size_t n = doc.tokens.size();
  if (follows_first_name(lex, doc, first)) return true;  // Michael Jordan, Mr Chad
  // "Jordan Peterson"; not where every word is capitalised ("ISRAEL BEAT BULGARIA", "Israel Beat Bulgaria").
  if (end < n && capitalised(doc, end) && !doc.tokens[end].has(text::kLineBefore) &&
      doc.tokens[end].has(text::kSpaceBefore) && !doc.tokens[end].has(text::kHeadline) &&
      !(doc.tokens[end].has(text::kAllCaps) && doc.tokens[end - 1].has(text::kAllCaps)))
    return true;
  return false;
}

std::size_t DocumentClues::near(std::size_t a, List list, std::size_t t) {
  const Ambiguity& amb = lex_.ambiguities[a];
  const Clues& clues = list == kNot ? amb.not_doc : list == kCountry ? amb.doc_country : amb.other_doc;
  if (list == kPerson ? !amb.person : clues.empty()) return 0;
  if (counts_.empty()) counts_.resize(lex_.ambiguities.size() * kLists);
  auto& blocks = counts_[a * kLists + list];
  const std::size_t n = doc_.tokens.size();
  if (blocks.empty()) blocks.assign(n / kBlock + 1, -1);
  const std::size_t b = t / kBlock;
  std::size_t total = 0;
  for (std::size_t i = b > kReach ? b - kReach : 0; i <= b + kReach && i < blocks.size(); ++i) {
    if (blocks[i] < 0) {
      blocks[i] = 0;
      for (std::size_t k = i * kBlock; k < n && k < (i + 1) * kBlock; ++k)
        blocks[i] +=
            list == kPerson ? doc_.word(k) == amb.word && follows_first_name(lex_, doc_, k) : clues.starts_at(doc_, k);
    }
    total += static_cast<std::size_t>(blocks[i]);
  }
  return total;
}

bool DocumentClues::used_as_person(std::size_t a, std::size_t t) { return near(a, kPerson, t) > 0; }

bool DocumentClues::not_country(std::size_t a, std::size_t t) {
  const std::size_t against = near(a, kNot, t);
  return against > 0 && against > near(a, kCountry, t);
}

bool DocumentClues::other_country(std::size_t a, std::size_t t) { return near(a, kOther, t) > 0; }

bool accept_country(const CountryLexicon& lex, const text::Document& doc, CountryCandidate& c, DocumentClues& clues) {
  const std::size_t n = doc.tokens.size();
  if (c.end < n && glued(doc, c.end) && lex.currency.has(doc.word(c.end))) return false;  // US$ 40
  if (c.end < n && lex.currency_name.has(doc.word(c.end))) return false;                  // US dollar
  if (in_company_name(lex, doc, c) || alias_heads_longer_name(lex, doc, c)) return false;
  const Ambiguity* amb =
      c.phrase.ambiguity >= 0 ? &lex.ambiguities[static_cast<std::size_t>(c.phrase.ambiguity)] : nullptr;
  if (amb) {
    if (amb->drop) return false;
    if (amb->shout && c.first > 0 && c.end < n && doc.tokens[c.first - 1].has(text::kAllCaps) &&
        doc.tokens[c.end].has(text::kAllCaps))
      return false;  // LET US GO
    if (amb->person && looks_like_person(lex, doc, c.first, c.end)) return false;
    if (amb->name_of && c.first >= 2 && doc.word(c.first - 1) == "of" && capitalised(doc, c.first - 2)) return false;
    if (c.end < n && amb->speaker.starts_at(doc, c.end)) return false;
    if (amb->not_before.ends_before(doc, c.first)) return false;
    if (c.end < n && amb->not_after.starts_at(doc, c.end)) return false;
  }
  if (c.phrase.form == CountryForm::Demonym && !plural(doc.word(c.end - 1)) && follows_first_name(lex, doc, c.first))
    return false;  // Mark Cuban; a surname is never plural (Many Americans)
  if (c.phrase.form == CountryForm::Capital &&
      (looks_like_person(lex, doc, c.first, c.end) || !capital_as_government(lex, doc, c)))
    return false;  // George Washington; in Moscow
  // What the text around says is looked up last, as it costs most.
  if (amb) {
    const auto a = static_cast<std::size_t>(c.phrase.ambiguity);
    if (amb->person && clues.used_as_person(a, c.first)) return false;
    if (clues.not_country(a, c.first)) return false;
    if (clues.other_country(a, c.first)) c.phrase.country = amb->other_country;
  }
  return true;
}

}  // namespace newsmark::recognise

#include "util/small_end.h"
