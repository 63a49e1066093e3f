// Quarters and halves: `Q3`, `the third quarter`, `third-quarter`, `the first half of 2009`, `the fourth quarter of last
// year`, and `the quarter` / `the latest quarter` (in reports, the last quarter completed before the article).
#include "recognise/dates/internal.h"
#include "util/small.h"

namespace newsmark::dates {

namespace {
// `of 2009`, `of this year`, `of last year` after a quarter: sets its year, or its year's shift.
void attach_year(const Ctx& c, Cand& k) {
  if (!c.is(k.e, "of")) return;
  if (const int y = c.year_number(k.e + 1); y > 0) {
    k.y = y;
    k.e += 2;
  } else if (const Word* s = c.at(k.e + 1); s && s->has_shift && c.is(k.e + 2, "year")) {
    k.unit = Unit::Year;
    k.shift = s->shift;
    k.explicit_shift = true;
    k.e += 3;
  }
}
// Reporting periods named against another: `the year-ago quarter`, `the year-earlier period`, `year-earlier profit`:
// the quarter last named a year back, found at resolution; else the last quarter completed a year back.
bool period_back(const Ctx& c, std::size_t t, Cand& k) {
  std::size_t at = t;
  if (c.is(at, "the")) ++at;
  if (c.is(at, "comparable") || c.is(at, "same")) ++at;
  const bool back = c.is(at, "year-ago") || c.is(at, "year-earlier");
  if (!back) return false;
  k.e = static_cast<uint32_t>(at + 1);
  // `the year-ago third quarter`: the quarter named, a year before the one the dct would give.
  if (const Word* o = c.at(at + 1); o && o->number_kind == 2 && o->number <= 4 && c.is(at + 2, "quarter")) {
    k.e = static_cast<uint32_t>(at + 3);
    k.q = o->number;
    k.unit = Unit::Year;
    k.shift = -1;
    k.explicit_shift = true;
    k.gran = Granularity::Quarter;
    return true;
  }
  if (c.is(at + 1, "quarter") || c.is(at + 1, "period")) ++k.e;
  k.anaphoric = true;
  k.anaphor_years = -1;
  k.unit = Unit::Quarter;
  k.shift = -5;
  k.explicit_shift = true;
  k.gran = Granularity::Quarter;
  k.rule = "reported-quarter";
  return true;
}
// `fiscal-first` -> 1 .. `fiscal-fourth` -> 4; 0 otherwise.
int fiscal_ordinal(const Ctx& c, std::size_t t) {
  std::string_view before;
  const Word* o = c.after_hyphen(t, &before);
  if (!o || o->number_kind != 2 || o->number > 4 || before != "fiscal") return 0;
  return o->number;
}
bool period_word(const Ctx& c, std::size_t t) { return c.is(t, "quarter") || c.is(t, "period"); }
// The period a report compares with, named against the quarter last named: `the same quarter`, `the corresponding
// period last year`, `last year's quarter`, `the quarter a year ago`, `the 1988 period`. Without a
// quarter named before, the date named last (a year back when the phrase says so), else the last quarter completed,
// or the year stated.
bool same_period(const Ctx& c, std::size_t t, Cand& k) {
  std::size_t e = 0;
  int years = 0;
  if (c.is(t, "the") && c.year_number(t + 1) > 0 && period_word(c, t + 2)) {
    k.y = c.year_number(t + 1);
    e = t + 3;
  } else if (c.is(t, "the") && (c.is(t + 1, "same") || c.is(t + 1, "corresponding") || c.is(t + 1, "comparable")) &&
             period_word(c, t + 2)) {
    e = t + 3;
  } else if (c.is(t, "the") && c.is(t + 1, "quarter") && year_back(c, t + 2)) {
    e = t + 2;
  } else if (c.is(t, "last") && c.is(t + 1, "year") && t + 2 < c.n &&
             c.doc.tokens[t + 2].kind == text::TokenKind::Possessive && period_word(c, t + 3)) {
    e = t + 4;
    years = -1;
  } else {
    return false;
  }
  if (!k.y && !years)
    if (const std::size_t n = year_back(c, e)) {
      e += n;
      years = -1;
    }
  k.e = static_cast<uint32_t>(e);
  k.anaphoric = true;
  k.anaphor_years = years;
  if (!k.y) {
    k.from_previous = true;  // with no quarter named, the date named last
    k.unit = Unit::Quarter;
    k.shift = years ? -5 : -1;
    k.explicit_shift = true;
  }
  k.gran = Granularity::Quarter;
  k.rule = "reported-quarter";
  return true;
}
bool latest_period(const Ctx& c, std::size_t t) {
  return c.is(t, "latest") || c.is(t, "current") || c.is(t, "recent");
}
}  // namespace

std::size_t year_back(const Ctx& c, std::size_t t) {
  if (c.is(t, "a") && c.is(t + 1, "year") && (c.is(t + 2, "ago") || c.is(t + 2, "earlier"))) return 3;
  std::size_t at = t;
  if (c.is(at, "of")) ++at;
  if (c.is(at, "the") && (c.is(at + 1, "last") || c.is(at + 1, "previous") || c.is(at + 1, "prior"))) ++at;
  else if (!c.is(at, "last")) return 0;
  return c.is(at + 1, "year") && !(at + 2 < c.n && c.doc.tokens[at + 2].kind == text::TokenKind::Possessive)
             ? at + 2 - t
             : 0;
}

void recognise_quarters(const Ctx& c, std::vector<Cand>& out) {
  std::size_t floor = 0;  // candidates found so far end here: no new one starts inside them
  for (const uint32_t at : c.triggers) {
    if (at < floor) continue;
    const std::size_t t = at;
    if (c.doc.tokens[t].kind != text::TokenKind::Word) continue;
    Cand k;
    k.b = static_cast<uint32_t>(t);
    k.rule = "quarter";
    const auto s = c.w(t);
    const Word* w = c.at(t);
    if (!w && s.size() != 2 && s.find('-') == std::string_view::npos && !c.is(t, "the")) continue;
    std::string_view before;
    if (s.size() == 2 && (s[0] == 'Q' || s[0] == 'H') && s[1] >= '1' && s[1] <= (s[0] == 'Q' ? '4' : '2')) {
      (s[0] == 'Q' ? k.q : k.half) = s[1] - '0';
      k.e = static_cast<uint32_t>(t + 1);
      if (const int y = c.year_number(t + 1); y > 0) {
        k.y = y;
        k.e = static_cast<uint32_t>(t + 2);
      }
    } else if (w && w->number_kind == 2 && w->number <= 4 && (c.is(t + 1, "quarter") || c.is(t + 1, "half"))) {
      (c.is(t + 1, "quarter") ? k.q : k.half) = w->number;
      k.e = static_cast<uint32_t>(t + 2);
    } else if (c.is(t, "last") && c.is(t - 1, "the") && c.is(t + 1, "half")) {
      k.half = 2;  // `the last half of 1989`
      k.e = static_cast<uint32_t>(t + 2);
    } else if ((c.is(t, "first") || c.is(t, "last")) && c.is(t + 1, "two") && c.is(t + 2, "quarters")) {
      k.half = c.is(t, "first") ? 1 : 2;  // `the first two quarters of 1990`
      k.e = static_cast<uint32_t>(t + 3);
    } else if (const int fq = fiscal_ordinal(c, t); fq > 0 && c.is(t + 1, "quarter")) {
      k.q = fq;  // `the fiscal-first quarter`: the company's own first quarter, placed like a calendar one
      k.e = static_cast<uint32_t>(t + 2);
    } else if (const Word* u = c.after_hyphen(t, &before); u && (u->unit == Unit::Quarter || c.w(t).ends_with("-half"))) {
      const Word* o = c.lex.find(before);
      if (!o || o->number_kind != 2 || o->number > 4) continue;
      (u->unit == Unit::Quarter ? k.q : k.half) = o->number;
      k.e = static_cast<uint32_t>(t + 1);
    } else if (period_back(c, t, k) || same_period(c, t, k)) {
      out.push_back(k);
      floor = k.e;
      continue;
    } else if (c.is(t, "the") && (c.is(t + 1, "quarter") || (latest_period(c, t + 1) && (c.is(t + 2, "quarter") ||
                                                                                       c.is(t + 2, "period"))))) {
      k.e = static_cast<uint32_t>(c.is(t + 1, "quarter") ? t + 2 : t + 3);
      k.unit = Unit::Quarter;
      k.shift = c.is(t + 1, "current") ? 0 : -1;
      k.explicit_shift = true;
      k.gran = Granularity::Quarter;
      k.rule = "reported-quarter";
      out.push_back(k);
      floor = k.e;
      continue;
    } else {
      continue;
    }
    if (k.half && k.half > 2) continue;
    k.gran = Granularity::Quarter;
    if (t > 0 && c.is(t - 1, "the")) k.b = static_cast<uint32_t>(t - 1);
    if (!k.y) attach_year(c, k);
    // `the first half of the game`, `the last half of the '80s`: a part of something else (not `the third quarter of
    // $2 million`, an amount).
    if (!k.y && !k.explicit_shift && c.is(k.e, "of") && k.e + 1 < c.n &&
        c.doc.tokens[k.e + 1].kind == text::TokenKind::Word)
      continue;
    out.push_back(k);
    floor = k.e;
  }
}

}  // namespace newsmark::dates

#include "util/small_end.h"
