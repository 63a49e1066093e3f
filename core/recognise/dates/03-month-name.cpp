// Month names: `January 7, 2022`, `Jan. 7`, `7 January 2022`, `7th of January`, `January 2022`, `mid-January`,
// `early March`, `last May`, `in March`. A month alone must be capitalised; an abbreviation needs a day or year beside
// it; an ambiguous name (May, March: dates-ambiguous.tsv) needs a day, a year or a cue word before it.
#include <optional>

#include "recognise/dates/internal.h"
#include "util/small.h"

namespace newsmark::dates {

namespace {
// The token after a month name and its optional full stop (`Jan.`).
std::size_t after_month(const Ctx& c, std::size_t t) {
  return c.punct(t + 1, '.') && c.joined(t + 1) ? t + 2 : t + 1;
}

// The month word at t, capitalised, or inside a hyphenated modifier (`mid-January`, `early-March`) with that
// modifier in *mod; null when t holds none.
const Word* month_at(const Ctx& c, std::size_t t, Mod* mod) {
  const Word* w = c.at(t);
  if (w && w->month) return c.cap(t) ? w : nullptr;
  std::string_view prefix;
  w = c.after_hyphen(t, &prefix);
  if (!w || !w->month || w->month_abbrev) return nullptr;
  const Word* p = c.lex.find(prefix);
  if (!p || !p->mod) return nullptr;
  *mod = static_cast<Mod>(p->mod);
  return w;
}

// The day and year around the month at t: `Month day[, year]`, `Month[,] year`, `day Month`, `day of Month`. Moves
// k.b and *e over them; whether any was found.
bool day_or_year_around(const Ctx& c, std::size_t t, Cand& k, std::size_t* e) {
  bool dated = false;
  if (const int d = c.day_number(*e); d > 0 && c.year_number(*e) < 0) {
    k.d = d;
    k.gran = Granularity::Day;
    dated = true;
    ++*e;
    const std::size_t y_at = c.punct(*e, ',') ? *e + 1 : *e;
    if (const int y = c.year_number(y_at); y > 0) {
      k.y = y;
      *e = y_at + 1;
    }
  } else if (std::size_t y_end = 0; c.year_at(c.punct(*e, ',') ? *e + 1 : *e, &y_end) > 0) {
    k.y = c.year_at(c.punct(*e, ',') ? *e + 1 : *e, &y_end);
    dated = true;
    *e = y_end;
  }
  std::size_t before = t;
  if (before >= 2 && c.is(before - 1, "of") && c.day_number(before - 2) > 0) before -= 1;
  if (!k.d && before >= 1 && c.day_number(before - 1) > 0 && c.year_number(before - 1) < 0) {
    k.d = c.day_number(before - 1);
    k.gran = Granularity::Day;
    k.b = static_cast<uint32_t>(before - 1);
    dated = true;
    if (!k.y) *e = t + 1;  // `7 Jan.`: the full stop ends the sentence
  }
  if (!dated && *e == t + 2) *e = t + 1;  // a full stop after a bare month ends the sentence
  return dated;
}

// Whether a month with no day or year is a date: not an abbreviation, and an ambiguous name (May, March) only after a
// cue word or as an adjective of time.
bool bare_month(const Ctx& c, std::size_t t, const Word& w) {
  if (w.month_abbrev) return false;
  const Word* p = t > 0 ? c.at(t - 1) : nullptr;
  // `and`/`or` only link a month to another date, too weak for `May` (`and May be damned`).
  const bool cued = t > 0 && p && (p->month_cue || p->mod || p->has_shift) &&
                    !(w.ambiguous && (c.is(t - 1, "and") || c.is(t - 1, "or")));
  // `the March accession`: a determiner and a lower-case noun make the month an adjective of time.
  const bool attributive = t > 0 && (c.is(t - 1, "the") || c.is(t - 1, "a")) && t + 1 < c.n &&
                           c.doc.tokens[t + 1].kind == text::TokenKind::Word && !c.cap(t + 1) &&
                           !(c.at(t + 1) && (c.at(t + 1)->month_cue || c.at(t + 1)->be_form));
  return !w.ambiguous || cued || attributive;
}

// A cue before the month is part of it: `early March`, `last May`, `this September`.
void cue_before_month(const Ctx& c, std::size_t t, Mod mod, Cand& k) {
  if (k.b != t || t == 0) return;
  if (const Word* p = c.at(t - 1); p && p->mod && !mod && !c.is(t - 1, "earlier") && !c.is(t - 1, "later")) {
    k.b = static_cast<uint32_t>(t - 1);
  } else if (p && p->has_shift && !k.y && !c.is(t - 1, "current")) {
    k.b = static_cast<uint32_t>(t - 1);
    k.shift = p->shift;
    k.explicit_shift = true;
  }
}

// June last year, March of next year: the year is moved from the dct's.
void year_shift_after(const Ctx& c, Cand& k, std::size_t* e) {
  if (k.y || k.explicit_shift) return;
  const std::size_t s = c.is(*e, "of") ? *e + 1 : *e;
  if (const Word* sw = c.at(s); sw && sw->has_shift && c.is(s + 1, "year")) {
    k.unit = Unit::Year;
    k.shift = sw->shift;
    k.explicit_shift = true;
    *e = s + 2;
  }
}

// `April 24 and 25`: the second day is in the same month; not `24 and 25 May` or `24 and 25 days`.
std::optional<Cand> listed_second_day(const Ctx& c, const Cand& k) {
  const std::size_t e = k.e;
  if (!k.d || k.y || !(c.is(e, "and") || c.is(e, "or")) || c.day_number(e + 1) <= 0 || c.year_number(e + 1) >= 0)
    return std::nullopt;
  const Word* after = c.at(e + 2);
  if (after && (after->month || after->unit != Unit::None)) return std::nullopt;
  Cand second = k;
  second.b = static_cast<uint32_t>(e + 1);
  second.e = static_cast<uint32_t>(e + 2);
  second.d = c.day_number(e + 1);
  second.rule = "month-name-listed-day";
  return second;
}
}  // namespace

void recognise_month_names(const Ctx& c, std::vector<Cand>& out) {
  std::size_t floor = 0;  // candidates found so far end here: no new one starts inside them
  for (const uint32_t at : c.triggers) {
    if (at < floor) continue;
    const std::size_t t = at;
    Mod mod = kNoMod;
    const Word* w = month_at(c, t, &mod);
    if (!w) continue;
    Cand k;
    k.b = static_cast<uint32_t>(t);
    k.m = w->month;
    k.gran = Granularity::Month;
    k.rule = "month-name";
    std::size_t e = mod ? t + 1 : after_month(c, t);
    const bool dated = !mod && day_or_year_around(c, t, k, &e);
    if (!dated && !mod && !bare_month(c, t, *w)) continue;
    cue_before_month(c, t, mod, k);
    year_shift_after(c, k, &e);
    k.e = static_cast<uint32_t>(e);
    out.push_back(k);
    floor = e;
    if (const auto second = listed_second_day(c, k)) {
      out.push_back(*second);
      floor = second->e;
    }
  }
}

}  // namespace newsmark::dates

#include "util/small_end.h"
