#include "recognise/people_lists.h"

#include <algorithm>

#include "recognise/countries_lexicon.h"

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
  const auto m = country_lexicon().gazetteer.longest(doc, t + 1);
  const uint32_t close = t + 1 + static_cast<uint32_t>(m.tokens);
  return m.tokens && m.values[0] != CountryLexicon::kBlocked && close < doc.tokens.size() && doc.word(close) == ")";
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
  const auto m = country_lexicon().gazetteer.longest(doc, b);
  return m.tokens && m.values[0] != CountryLexicon::kBlocked && b + m.tokens == t - 1;
}

// "fellow American James Heath", "Australian Rodney Eyles": a nationality word right before the name.
bool after_demonym(const text::Document& doc, uint32_t t) {
  if (t == 0) return false;
  const auto& lx = country_lexicon();
  for (uint32_t b = t - 1, k = 0; k < 3 && b != UINT32_MAX; --b, ++k) {
    const auto m = lx.gazetteer.longest(doc, b);
    if (m.tokens && b + m.tokens == t)
      return m.values[0] != CountryLexicon::kBlocked && lx.phrases[m.values[0]].form == CountryForm::Demonym;
    if (b == 0) break;
  }
  return false;
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
  // person_end[t]: a person's mention ends at t (exclusive); person_begin[t]: one starts at t.
  std::vector<uint8_t> covered(n, 0), person_end(n + 1, 0), person_begin(n + 1, 0);
  for (const auto& m : names) {
    for (uint32_t t = m.begin; t < m.end; ++t) covered[t] = 1;
    person_end[m.end] = person_begin[m.begin] = 1;
  }
  std::vector<Candidate> cands;
  for (uint32_t i = 0; i < n;) {
    if (covered[i] || !w.name_word(i)) {
      ++i;
      continue;
    }
    const Run r = w.collect(i, false);
    // A title beside a name ("Tom Enders , Chief Executive Officer") is no second person.
    bool clash = false;
    for (uint32_t t = r.begin; t < r.end; ++t) clash = clash || covered[t] || w.title_at(t).tokens > 0;
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
    const uint32_t j = before_parenthesis(doc, c.begin);
    if (j == 0 || !joins(doc.word(j - 1)) || j < 2) return false;
    return person_end[before_parenthesis(doc, j - 1)] != 0;
  };
  const auto right_is_person = [&](const Candidate& c) {
    const uint32_t j = after_parenthesis(doc, c.run.end);
    return j + 1 < n && joins(doc.word(j)) && person_begin[j + 1] != 0;
  };
  const auto accept = [&](Candidate& c) {
    c.person = true;
    person_end[c.run.end] = person_begin[c.begin] = 1;
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
    const bool anchored = !single_words && (country_in_brackets(doc, c.run.end) ||
                                            role_in_brackets(w, doc, c.run.end) || after_team_lead(doc, c.begin) ||
                                            after_demonym(doc, c.begin));
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
