// Years in date context (`in 2014`, `since 2014`, `the 2014 election`, `fiscal 1989`), decades (`the 1990s`, `'90s`,
// `the early 1980s`) and centuries (`the 20th century`). A bare four-digit number is a count unless a cue says
// otherwise (`2014 people`, `£2,014`), and `2014-15` is two years, 2014 and 2015.
#include "lexicon/function_words.h"
#include <optional>

#include "recognise/dates/internal.h"
#include "util/small.h"

namespace newsmark::dates {

namespace {
bool determiner(const Ctx& c, std::size_t t) {
  return c.doc.tokens[t].kind == text::TokenKind::Word && lexicon::is_function(c.doc, t, lexicon::kDeterminer);
}

// `1990s` -> 199, `'90s` -> 199; -1 when the token is no decade.
int decade_of(std::string_view s) {
  if (s.size() == 5 && s[4] == 's') {
    for (int i = 0; i < 4; ++i)
      if (s[i] < '0' || s[i] > '9') return -1;
    if (s[3] != '0') return -1;
    return (s[0] - '0') * 100 + (s[1] - '0') * 10 + (s[2] - '0');
  }
  if (s.size() == 4 && s[0] == '\'' && s[3] == 's' && s[2] == '0' && s[1] >= '0' && s[1] <= '9')
    return (s[1] >= '3' ? 190 : 200) + (s[1] - '0');
  return -1;
}

// `70s` without its apostrophe: a decade only after `the` (`the 70s and 80s`), not an age (`in his 70s`).
int bare_decade(const Ctx& c, std::size_t t) {
  const auto s = c.w(t);
  if (s.size() != 3 || s[2] != 's' || s[1] != '0' || s[0] < '1' || s[0] > '9') return -1;
  const bool after_the = c.is(t - 1, "the") || ((c.is(t - 1, "and") || c.is(t - 1, "or") || c.punct(t - 1, ',')) &&
                                                 c.w(t - 2).size() == 3 && c.is(t - 3, "the"));
  return after_the ? 190 + (s[0] - '0') : -1;
}

// `the nineties` -> 199: a decade in words, only after `the` (`in their twenties` is an age).
int decade_word(const Ctx& c, std::size_t t) {
  const Word* w = c.at(t);
  return w && w->decade >= 0 && c.is(t - 1, "the") ? w->decade : -1;
}
// `mid-1990s`, `early-1980s`: a modifier joined to a decade.
int modified_decade(std::string_view s) {
  const auto dash = s.find('-');
  if (dash == std::string_view::npos) return -1;
  const auto before = s.substr(0, dash);
  if (!(before == "mid" || before == "Mid" || before == "early" || before == "Early" || before == "late" ||
        before == "Late"))
    return -1;
  return decade_of(s.substr(dash + 1));
}

// '82: a year written short, after a cue (`since '82`).
int short_year(const Ctx& c, std::size_t t) {
  const auto s = c.w(t);
  if (s.size() != 3 || s[0] != '\'' || s[1] < '0' || s[1] > '9' || s[2] < '0' || s[2] > '9') return -1;
  const Word* p = c.at(t - 1);
  if (!p || !p->month_cue) return -1;
  const int v = (s[1] - '0') * 10 + (s[2] - '0');
  return v >= 30 ? 1900 + v : 2000 + v;
}
// The second year of a range after `from`'s dash: `58` of 1957-58 (1958), `00` of 1999-00 (2000), `2010` of
// 2009-2010; 0 when the number cannot end a range of up to twenty years.
int range_end(const Ctx& c, int from, std::size_t t) {
  int digits = 0;
  const int v = c.integer(t, &digits);
  int to = 0;
  if (digits == 4) to = v;
  else if (digits == 2) to = from / 100 * 100 + v + (v < from % 100 ? 100 : 0);
  return to > from && to - from <= 20 ? to : 0;
}
// mid-2011, late-1990: a modifier joined to a year by a hyphen.
int mid_year(const Ctx& c, std::size_t t, std::string_view& before) {
  const auto s = c.w(t);
  const auto dash = s.find('-');
  if (dash == std::string_view::npos || s.size() != dash + 5) return -1;
  before = s.substr(0, dash);
  if (!(before == "mid" || before == "Mid" || before == "early" || before == "Early" || before == "late" ||
        before == "Late"))
    return -1;
  int y = 0;
  for (char ch : s.substr(dash + 1)) {
    if (ch < '0' || ch > '9') return -1;
    y = y * 10 + (ch - '0');
  }
  return y >= 1000 && y <= 2199 ? y : -1;
}
}  // namespace

namespace {
// `nineteen ninety-six`: said so, it can only be a year (with `the year` before it in the span).
std::optional<Cand> spoken_year_at(const Ctx& c, std::size_t t) {
  std::size_t len = 0;
  if (c.doc.tokens[t].kind != text::TokenKind::Word || c.spoken_year(t, &len) <= 0) return std::nullopt;
  Cand k;
  k.b = static_cast<uint32_t>(c.is(t - 1, "year") && c.is(t - 2, "the") ? t - 2 : t);
  k.e = static_cast<uint32_t>(t + len);
  k.y = c.spoken_year(t, &len);
  k.gran = Granularity::Year;
  k.rule = "year-spoken";
  return k;
}

// The decade at t (`1980s`, `'80s`, `the eighties`, `mid-1990s`), or -1.
int decade_at(const Ctx& c, std::size_t t) {
  int dec = decade_of(c.w(t));
  if (dec < 0) dec = bare_decade(c, t);
  if (dec < 0 && c.doc.tokens[t].kind == text::TokenKind::Word) dec = modified_decade(c.w(t));
  if (dec < 0 && c.doc.tokens[t].kind == text::TokenKind::Word) dec = decade_word(c, t);
  return dec;
}

// A numeral year y at t, with what makes it one: a cue before it (`in 2014`), a noun it names (`the 2014 election`), a
// list (`2012 and 2014`) or an event's name (`Euro 2016`). Fills k, and a range's second year (`2014-15`) in
// *second; false when the number is no year here.
bool written_year(const Ctx& c, std::size_t t, int y, Cand& k, std::optional<Cand>* second) {
  // 2014-15, 1957-58, 2009-2010: a range written as one is two years; anything else after the dash (a score, a code)
  // makes it no year at all.
  const bool dashed = c.punct(t + 1, '-') && c.joined(t + 1) && c.joined(t + 2) && c.integer(t + 2) >= 0;
  const int to = dashed ? range_end(c, y, t + 2) : 0;
  if (dashed && !to) return false;
  if (t > 0 && c.doc.tokens[t - 1].kind == text::TokenKind::Symbol) return false;  // £2014
  const Word* prev = c.at(t - 1);
  const bool cued = prev && prev->month_cue;
  // the 2014 election, its 1989 results, the company's 1990 earnings
  const std::size_t after = to ? t + 3 : t + 1;
  // ... and with a word between (`his unsuccessful 1996 campaign`)
  const auto names_before = [&](std::size_t d) {
    return determiner(c, d) || c.doc.tokens[d].kind == text::TokenKind::Possessive;
  };
  const bool between = t > 1 && c.doc.tokens[t - 1].kind == text::TokenKind::Word && !c.cap(t - 1) &&
                       names_before(t - 2) && !c.cap(after);
  const bool named = t > 0 && (names_before(t - 1) || between) && after < c.n &&
                     c.doc.tokens[after].kind == text::TokenKind::Word;
  const bool listed = t >= 2 && (c.punct(t - 1, ',') || c.is(t - 1, "and") || c.is(t - 1, "or")) &&
                      c.year_number(t - 2) > 0;
  // An event named with its year: `WWDC 2005`, `Euro 2016` (a capitalised word, not the sentence's first).
  const bool event = t > 1 && y >= 1900 && y <= 2099 && c.doc.tokens[t - 1].kind == text::TokenKind::Word &&
                     c.cap(t - 1) && !c.doc.tokens[t - 1].has(text::kLineBefore) && !c.punct(t - 2, '.') &&
                     !(after < c.n && c.doc.tokens[after].kind == text::TokenKind::Word && c.cap(after) &&
                       !c.doc.tokens[after].has(text::kLineBefore));  // not inside a name (`Russell 2000 Index`)
  if (!cued && !named && !listed && !event) return false;
  if (after < c.n && (c.punct(after, '%') || c.is(after, "percent"))) return false;
  k.y = y;
  k.gran = Granularity::Year;
  k.rule = "year";
  if (c.is(t - 1, "fiscal")) k.b = static_cast<uint32_t>(t - 1);
  if (to) {
    Cand s = k;
    s.b = static_cast<uint32_t>(t + 2);
    s.e = static_cast<uint32_t>(t + 3);
    s.y = to;
    s.rule = "year-range";
    *second = s;
  }
  return true;
}

// `the 19th century`: fills k; false when t holds no ordinal of a century.
bool century_at(const Ctx& c, std::size_t t, Cand& k) {
  if (t + 1 >= c.n || !c.is(t + 1, "century")) return false;
  const auto s = c.w(t);
  if (s.size() < 3 || s.size() > 4) return false;
  int v = 0;
  for (char ch : s.substr(0, s.size() - 2)) {
    if (ch < '0' || ch > '9') return false;
    v = v * 10 + (ch - '0');
  }
  if (v < 1 || v > 21) return false;
  k.century = v - 1;
  k.gran = Granularity::Century;
  k.e = static_cast<uint32_t>(t + 2);
  k.rule = "century";
  return true;
}
}  // namespace

void recognise_years(const Ctx& c, std::vector<Cand>& out) {
  std::size_t floor = 0;  // candidates found so far end here: no new one starts inside them
  for (const uint32_t at : c.triggers) {
    if (at < floor) continue;
    const std::size_t t = at;
    if (const auto spoken = spoken_year_at(c, t)) {
      out.push_back(*spoken);
      floor = spoken->e;
      continue;
    }
    const auto kind = c.doc.tokens[t].kind;
    if (kind != text::TokenKind::Number && (kind != text::TokenKind::Word ||
                                            (c.w(t).find('-') == std::string_view::npos && decade_word(c, t) < 0)))
      continue;
    Cand k;
    k.b = static_cast<uint32_t>(t);
    k.e = static_cast<uint32_t>(t + 1);
    if (const int dec = decade_at(c, t); dec >= 0) {
      k.decade = dec;
      k.gran = Granularity::Decade;
      k.rule = "decade";
    } else if (const int y = c.year_number(t); y > 0) {
      std::optional<Cand> second;
      if (!written_year(c, t, y, k, &second)) continue;
      if (second) {
        out.push_back(k);
        out.push_back(*second);
        continue;
      }
    } else if (const int sy = short_year(c, t); sy > 0) {
      k.y = sy;
      k.gran = Granularity::Year;
      k.rule = "year";
    } else if (std::string_view before; kind == text::TokenKind::Word && mid_year(c, t, before) > 0) {
      k.y = mid_year(c, t, before);
      k.gran = Granularity::Year;
      k.rule = "year";
    } else if (!century_at(c, t, k)) {
      continue;
    }
    // `the early 1980s`, `late 2014`: the modifier joins the span.
    const Word* prev = c.at(t - 1);
    if (k.b == t && prev && prev->mod && !c.is(t - 1, "earlier") && !c.is(t - 1, "later")) k.b = static_cast<uint32_t>(t - 1);
    out.push_back(k);
  }
}

}  // namespace newsmark::dates

#include "util/small_end.h"
