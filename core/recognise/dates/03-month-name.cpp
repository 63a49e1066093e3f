// Month names: `January 7, 2022`, `Jan. 7`, `7 January 2022`, `7th of January`, `January 2022`, `mid-January`,
// `early March`, `last May`, `in March`. A month alone must be capitalised; an abbreviation needs a day or year beside
// it; an ambiguous name (May, March: dates-ambiguous.tsv) needs a day, a year or a cue word before it.
#include "recognise/dates/internal.h"
#include "recognise/dates/small.h"

namespace newsmark::dates {

namespace {
// The token after a month name and its optional full stop (`Jan.`).
std::size_t after_month(const Ctx& c, std::size_t t) {
  return c.punct(t + 1, '.') && c.joined(t + 1) ? t + 2 : t + 1;
}
}  // namespace

void recognise_month_names(const Ctx& c, std::vector<Cand>& out) {
  std::size_t floor = 0;  // candidates found so far end here: no new one starts inside them
  for (const uint32_t at : c.triggers) {
    if (at < floor) continue;
    const std::size_t t = at;
    const Word* w = c.at(t);
    std::string_view prefix;
    Mod mod = kNoMod;
    if (!w || !w->month) {
      // mid-January, early-March: the modifier is part of the token.
      w = c.after_hyphen(t, &prefix);
      if (!w || !w->month || w->month_abbrev) continue;
      const Word* p = c.lex.find(prefix);
      if (!p || !p->mod) continue;
      mod = static_cast<Mod>(p->mod);
    } else if (!c.cap(t)) {
      continue;
    }
    Cand k;
    k.b = static_cast<uint32_t>(t);
    k.m = w->month;
    k.gran = Granularity::Month;
    k.rule = "month-name";
    std::size_t e = mod ? t + 1 : after_month(c, t);
    bool dated = false;
    if (!mod) {
      // Month day[, year]
      if (const int d = c.day_number(e); d > 0 && c.year_number(e) < 0) {
        k.d = d;
        k.gran = Granularity::Day;
        dated = true;
        ++e;
        const std::size_t y_at = c.punct(e, ',') ? e + 1 : e;
        if (const int y = c.year_number(y_at); y > 0) {
          k.y = y;
          e = y_at + 1;
        }
      } else if (std::size_t y_end = 0; c.year_at(c.punct(e, ',') ? e + 1 : e, &y_end) > 0) {
        k.y = c.year_at(c.punct(e, ',') ? e + 1 : e, &y_end);
        dated = true;
        e = y_end;
      }
      // day Month [year], day of Month
      std::size_t before = t;
      if (before >= 2 && c.is(before - 1, "of") && c.day_number(before - 2) > 0) before -= 1;
      if (!k.d && before >= 1 && c.day_number(before - 1) > 0 && c.year_number(before - 1) < 0) {
        k.d = c.day_number(before - 1);
        k.gran = Granularity::Day;
        k.b = static_cast<uint32_t>(before - 1);
        dated = true;
        if (!k.y) e = t + 1;  // `7 Jan.`: the full stop ends the sentence
      }
      if (!dated && e == t + 2) e = t + 1;  // a full stop after a bare month ends the sentence
    }
    if (!dated && !mod) {
      if (w->month_abbrev) continue;
      const Word* p = t > 0 ? c.at(t - 1) : nullptr;
      // `and`/`or` only link a month to another date, too weak for `May` (`and May be damned`).
      const bool cued = t > 0 && p && (p->month_cue || p->mod || p->has_shift) &&
                        !(w->ambiguous && (c.is(t - 1, "and") || c.is(t - 1, "or")));
      // `the March accession`: a determiner and a lower-case noun make the month an adjective of time.
      const bool attributive = t > 0 && (c.is(t - 1, "the") || c.is(t - 1, "a")) && t + 1 < c.n &&
                               c.doc.tokens[t + 1].kind == text::TokenKind::Word && !c.cap(t + 1) &&
                               !(c.at(t + 1) && (c.at(t + 1)->month_cue || c.at(t + 1)->be_form));
      if (w->ambiguous && !cued && !attributive) continue;
    }
    // A cue before the month is part of it: `early March`, `last May`, `this September`.
    if (k.b == t && t > 0) {
      if (const Word* p = c.at(t - 1); p && p->mod && !mod && !c.is(t - 1, "earlier") && !c.is(t - 1, "later")) {
        k.b = static_cast<uint32_t>(t - 1);
      } else if (p && p->has_shift && !k.y && !c.is(t - 1, "current")) {
        k.b = static_cast<uint32_t>(t - 1);
        k.shift = p->shift;
        k.explicit_shift = true;
      }
    }
    // June last year, March of next year: the year is moved from the dct's.
    if (!k.y && !k.explicit_shift) {
      const std::size_t s = c.is(e, "of") ? e + 1 : e;
      if (const Word* sw = c.at(s); sw && sw->has_shift && c.is(s + 1, "year")) {
        k.unit = Unit::Year;
        k.shift = sw->shift;
        k.explicit_shift = true;
        e = s + 2;
      }
    }
    k.e = static_cast<uint32_t>(e);
    out.push_back(k);
    floor = e;
    // `April 24 and 25`: the second day is in the same month.
    if (k.d && !k.y && (c.is(e, "and") || c.is(e, "or")) && c.day_number(e + 1) > 0 && c.year_number(e + 1) < 0) {
      const Word* after = c.at(e + 2);
      if (after && (after->month || after->unit != Unit::None)) continue;  // `24 and 25 May`, `24 and 25 days`
      Cand second = k;
      second.b = static_cast<uint32_t>(e + 1);
      second.e = static_cast<uint32_t>(e + 2);
      second.d = c.day_number(e + 1);
      second.rule = "month-name-listed-day";
      out.push_back(second);
      floor = second.e;
    }
  }
}

}  // namespace newsmark::dates

#include "recognise/dates/small_end.h"
