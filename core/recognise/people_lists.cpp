#include "recognise/people_lists.h"

#include <algorithm>

#include "recognise/countries_lexicon.h"
#include "text/chars.h"
#include "util/small.h"

namespace newsmark::recognise {
namespace {

constexpr uint32_t kMaxParenthesis = 8;  // "( captain )", "( 5th , 61st )", "( Glenn Taylor , 53 )"

bool joins(std::string_view w) { return w == "," || w == "and" || w == "&" || w == ";"; }

// The token before `t` once a parenthesis ending right before it is stepped over; t itself when there is none.
uint32_t before_parenthesis(const text::Document& doc, uint32_t t) {
  if (t == 0 || doc.word(t - 1) != ")") return t;
  for (uint32_t k = t - 1; k-- > 0 && t - k <= kMaxParenthesis;)
    if (doc.word(k) == "(") return k;
  return t;
}

// The token after a parenthesis starting at `t`; t itself when there is none.
uint32_t after_parenthesis(const text::Document& doc, uint32_t t) {
  if (t >= doc.tokens.size() || doc.word(t) != "(") return t;
  for (uint32_t k = t + 1; k < doc.tokens.size() && k - t <= kMaxParenthesis; ++k)
    if (doc.word(k) == ")") return k + 1;
  return t;
}

// "( Armenia )", "( U.S. )": a country alone in brackets, as results give an athlete's nation.
bool country_in_brackets(const text::Document& doc, uint32_t t) {
  if (t + 2 >= doc.tokens.size() || doc.word(t) != "(") return false;
  const uint32_t close = t + 1 + country_lexicon().match_at(doc, t + 1).tokens;
  return close > t + 1 && close < doc.tokens.size() && doc.word(close) == ")";
}

// "( captain )", "( coach )": a role alone in brackets after the name.
bool role_in_brackets(const NameWords& w, const text::Document& doc, uint32_t t) {
  if (t + 2 >= doc.tokens.size() || doc.word(t) != "(") return false;
  const auto m = w.title_at(t + 1);
  return m.tokens && t + 1 + m.tokens < doc.tokens.size() && doc.word(t + 1 + m.tokens) == ")";
}

// "Pakistan : Aamir Sohail , …", "Sri Lanka - Arjuna Ranatunga": a line that opens with a country and a colon or dash
// lists that country's team.
bool after_team_lead(const text::Document& doc, uint32_t t) {
  if (t < 2 || (doc.word(t - 1) != ":" && doc.word(t - 1) != "-")) return false;
  uint32_t b = t - 1;
  while (b > 0 && t - 1 - b < 4 && !doc.tokens[b].has(text::kLineBefore)) --b;
  if (!doc.tokens[b].has(text::kLineBefore) && b != 0) return false;
  const uint32_t tokens = country_lexicon().match_at(doc, b).tokens;
  return tokens && b + tokens == t - 1;
}

// "fellow American James Heath", "Australian Rodney Eyles": a nationality word right before the name.
bool after_demonym(const text::Document& doc, uint32_t t) {
  if (t == 0) return false;
  const auto& lx = country_lexicon();
  for (uint32_t b = t - 1, k = 0; k < 3 && b != UINT32_MAX; --b, ++k) {
    // A demonym is written with a capital: most names follow a lower-case word and need no look-up.
    if (doc.tokens[b].kind != text::TokenKind::Word || !doc.tokens[b].has(text::kCapitalized)) return false;
    const auto m = lx.match_at(doc, b);
    if (m.tokens && b + m.tokens == t) return m.phrase->form == CountryForm::Demonym;
    if (b == 0) break;
  }
  return false;
}

// "Jesper Parnevik of Sweden fired …": a name, then "of" and a country, as results and reports place an athlete.
bool of_country(const text::Document& doc, uint32_t t) {
  if (t + 1 >= doc.tokens.size() || doc.word(t) != "of") return false;
  const uint32_t tokens = country_lexicon().match_at(doc, t + 1).tokens;
  const uint32_t after = t + 1 + tokens;
  return tokens && (after >= doc.tokens.size() || !doc.tokens[after].has(text::kCapitalized));
}

// A scorecard's slots after a name: bowling figures ("10-0-50-0"), "not out", "run out", "lbw", or "c X" / "b X".
bool scorecard_after(const text::Document& doc, uint32_t t) {
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  if (t >= n) return false;
  const auto w = doc.word(t);
  std::size_t parts = 0;  // 10-0-50-0, as one token or as numbers and hyphens
  for (std::size_t b = 0; b <= w.size();) {
    const auto e = std::min(w.find('-', b), w.size());
    if (!text::all_digits(w.substr(b, e - b))) {
      parts = 0;
      break;
    }
    ++parts;
    b = e + 1;
  }
  if (parts == 4) return true;
  // The same figures tokenised as numbers and hyphens.
  if (doc.tokens[t].kind == text::TokenKind::Number && t + 6 < n) {
    bool figures = true;
    for (uint32_t k = 1; k < 7 && figures; ++k)
      figures = k % 2 ? doc.word(t + k) == "-" && !doc.tokens[t + k].has(text::kSpaceBefore)
                      : doc.tokens[t + k].kind == text::TokenKind::Number;
    if (figures) return true;
  }
  if (t + 1 < n && (w == "not" || w == "run") && doc.word(t + 1) == "out") return true;
  if (w == "lbw") return true;
  return (w == "c" || w == "b" || w == "st") && t + 1 < n && doc.tokens[t + 1].has(text::kCapitalized);
}

// "c Croft b Gough 0": a fielder or bowler named by one word in a batting line.
bool scorecard_slot(const text::Document& doc, uint32_t begin, uint32_t end) {
  if (begin == 0 || end >= doc.tokens.size()) return false;
  const auto w = doc.word(begin - 1);
  if (w != "c" && w != "b" && w != "st") return false;
  return doc.tokens[end].kind == text::TokenKind::Number || doc.word(end) == "b";
}

// "8 - Zinzan Brooke", "( 14 - Sergen Yalcin": a shirt number and a dash before a name in a line-up; the token before
// them, else t itself.
uint32_t before_shirt_number(const text::Document& doc, uint32_t t) {
  if (t >= 2 && doc.word(t - 1) == "-" && doc.tokens[t - 2].kind == text::TokenKind::Number) return t - 2;
  return t;
}

// A single word can be a listed surname only next to a list's punctuation or a scorecard's words: most capitalised
// words of running prose are not, and are not collected at all.
bool list_slot(const text::Document& doc, uint32_t t) {
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  if (t == 0 || doc.tokens[t].has(text::kLineBefore) || t + 1 >= n || doc.tokens[t + 1].has(text::kLineBefore))
    return true;
  const auto before = doc.word(t - 1), after = doc.word(t + 1);
  const auto marks = [](std::string_view w) {
    return joins(w) || w == ":" || w == "(" || w == ")" || w == "." || w == "c" || w == "b" || w == "st";
  };
  return marks(before) || marks(after) || after == "not" || after == "run" || after == "lbw" ||
         doc.tokens[t + 1].kind == text::TokenKind::Number;
}

struct Candidate {
  Run run;
  uint32_t begin;  // first token, an initial included
  bool person = false;
};

}  // namespace

void coordinated_names(const NameWords& w, const text::Document& doc, std::vector<NameMention>& names,
                       bool single_words) {
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  // Per token, in one byte (this runs at the people stage's peak of memory): kCovered, a person's mention holds it;
  // kPersonEnd, one ends right before it; kPersonBegin, one starts at it.
  enum : uint8_t { kCovered = 1, kPersonEnd = 2, kPersonBegin = 4 };
  std::vector<uint8_t> at(n + 1, 0);
  const auto covered = [&](uint32_t t) { return (at[t] & kCovered) != 0; };
  const auto mark_person = [&](uint32_t begin, uint32_t end) { at[end] |= kPersonEnd, at[begin] |= kPersonBegin; };
  for (const auto& m : names) {
    for (uint32_t t = m.begin; t < m.end; ++t) at[t] |= kCovered;
    mark_person(m.begin, m.end);
  }
  std::vector<Candidate> cands;
  for (uint32_t i = 0; i < n;) {
    // name_like first: one bit of the token's record turns most tokens away before the list's string tests.
    if (covered(i) || !w.name_like(i) || (single_words && !list_slot(doc, i)) || !w.name_word(i)) {
      ++i;
      continue;
    }
    const Run r = w.collect(i, false);
    // A title beside a name ("Tom Enders , Chief Executive Officer") is no second person.
    bool clash = false;
    for (uint32_t t = r.begin; t < r.end; ++t) clash = clash || covered(t) || w.title_at(t).tokens > 0;
    uint32_t b = r.begin;
    while (b >= 2 && w.initial(b - 2) && w.dot_after(b - 2)) b -= 2;
    const bool single = r.names == 1 && b == r.begin && r.end == r.begin + 1;
    if (!r.empty() && !clash && !r.orgish && !w.orghead_after(r) &&
        (single_words ? single : (r.names >= 2 || b < r.begin)))
      cands.push_back({r, b});
    i = std::max(r.end, i + 1);
  }
  // A list runs both ways from the person it holds: forward over left neighbours, then back over right ones.
  const auto left_is_person = [&](const Candidate& c) {
    const uint32_t j = before_parenthesis(doc, before_shirt_number(doc, c.begin));
    if (j == 0 || !joins(doc.word(j - 1)) || j < 2) return false;
    return (at[before_parenthesis(doc, j - 1)] & kPersonEnd) != 0;
  };
  const auto right_is_person = [&](const Candidate& c) {
    const uint32_t j = after_parenthesis(doc, c.run.end);
    if (j + 1 >= n || !joins(doc.word(j))) return false;
    const uint32_t k = j + 3 < n && doc.tokens[j + 1].kind == text::TokenKind::Number && doc.word(j + 2) == "-" ? j + 3
                                                                                                             : j + 1;
    return (at[k] & kPersonBegin) != 0;
  };
  const auto accept = [&](Candidate& c) {
    c.person = true;
    mark_person(c.begin, c.run.end);
  };
  // One word is a surname only inside a list on both sides: a person on one, the list going on or ending on the other
  // ("Dharmasena , Vaas , Muralitharan .").
  const auto list_goes_on_right = [&](const Candidate& c) {
    const uint32_t j = after_parenthesis(doc, c.run.end);
    return j >= n || joins(doc.word(j)) || doc.word(j) == "." || doc.tokens[j].has(text::kLineBefore);
  };
  const auto list_goes_on_left = [&](const Candidate& c) {
    const uint32_t j = c.begin;
    return j == 0 || joins(doc.word(j - 1)) || doc.word(j - 1) == ":" || doc.tokens[j].has(text::kLineBefore);
  };
  for (auto& c : cands) {
    const bool anchored = (!single_words && (country_in_brackets(doc, c.run.end) ||
                                             role_in_brackets(w, doc, c.run.end) || after_team_lead(doc, c.begin) ||
                                             after_demonym(doc, c.begin) || of_country(doc, c.run.end))) ||
                          scorecard_after(doc, c.run.end) || scorecard_slot(doc, c.begin, c.run.end);
    if (anchored || (left_is_person(c) && (!single_words || list_goes_on_right(c)))) accept(c);
  }
  for (auto it = cands.rbegin(); it != cands.rend(); ++it)
    if (!it->person && right_is_person(*it) && (!single_words || list_goes_on_left(*it))) accept(*it);
  for (const auto& c : cands) {
    if (!c.person) continue;
    NameMention m;
    m.begin = m.name = c.begin;
    m.end = c.run.end;
    m.surname = c.run.surname;
    m.name_end = c.run.name_end;
    m.kind = c.run.names >= 2 || c.begin < c.run.begin ? MentionKind::Name : MentionKind::Surname;
    m.gender = w.given_gender(c.run);
    names.push_back(m);
  }
}

}  // namespace newsmark::recognise

#include "util/small_end.h"
