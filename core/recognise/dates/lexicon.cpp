#include <charconv>
#include <cstdlib>

#include "recognise/dates/internal.h"
#include "util/tsv.h"
#include "util/small.h"

namespace newsmark::data {
extern const std::string_view dates_months_tsv, dates_ambiguous_tsv, dates_weekdays_tsv, dates_seasons_tsv,
    dates_numbers_tsv, dates_units_tsv, dates_cues_tsv, dates_deictic_tsv, dates_sets_tsv, dates_holidays_tsv;
}

namespace newsmark::dates {

namespace {
int to_int(std::string_view s) {
  int v = 0;
  if (!s.empty() && s[0] == '+') s.remove_prefix(1);
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}
uint8_t part_of_day(std::string_view code) {
  if (code == "MO") return 1;
  if (code == "AF") return 2;
  if (code == "EV") return 3;
  if (code == "NI") return 4;
  return 0;
}
Unit unit_of(std::string_view code) {
  if (code == "D") return Unit::Day;
  if (code == "W") return Unit::Week;
  if (code == "F") return Unit::Fortnight;
  if (code == "M") return Unit::Month;
  if (code == "Q") return Unit::Quarter;
  if (code == "Y") return Unit::Year;
  if (code == "DE") return Unit::Decade;
  if (code == "CE") return Unit::Century;
  if (code == "WE") return Unit::Weekend;
  return Unit::None;
}
}  // namespace

const Lexicon& Lexicon::get() {
  static const Lexicon lex;
  return lex;
}

const Word* Lexicon::find(std::string_view lower) const {
  return word(index_of(lower));
}

Lexicon::Lexicon() {
  read_calendar_words();
  read_cues();
  read_deictic();
  read_holidays();
  mark_triggers();
}

Word& Lexicon::entry(std::string_view w) {
  if (const uint32_t i = index_.find(0, w)) return words_[i - 1];
  if (w.size() < kMaxLen && w[0] >= 'a' && w[0] <= 'z') {
    const unsigned g = w.size() > 1 && w[1] >= 'a' && w[1] <= 'z' ? static_cast<unsigned>(w[1] - 'a') : 26;
    first_[w.size()][w[0] - 'a'] |= 1u << g;
  }
  // Ctx keeps the index in two bytes a token; the lists hold about a thousand words, far below.
  if (words_.size() + 1 >= kMaxIndex) std::abort();
  index_.insert(0, w, static_cast<uint32_t>(words_.size() + 1));
  return words_.emplace_back();
}

void Lexicon::read_calendar_words() {
  util::for_each_record(data::dates_months_tsv, [&](const auto& f) {
    if (f.size() < 3) return;
    Word& w = entry(f[0]);
    w.month = static_cast<int8_t>(to_int(f[1]));
    w.month_abbrev = f[2] == "abbrev";
  });
  util::for_each_record(data::dates_ambiguous_tsv, [&](const auto& f) {
    if (f.size() >= 2) entry(f[0]).ambiguous = true;
  });
  util::for_each_record(data::dates_weekdays_tsv, [&](const auto& f) {
    if (f.size() < 3) return;
    Word& w = entry(f[0]);
    w.weekday = static_cast<int8_t>(to_int(f[1]));
    w.weekday_plural = f[2] == "plural";
  });
  util::for_each_record(data::dates_seasons_tsv, [&](const auto& f) {
    if (f.size() < 2) return;
    static constexpr std::string_view kCodes[] = {"SP", "SU", "FA", "WI"};
    for (int i = 0; i < 4; ++i)
      if (f[1] == kCodes[i]) entry(f[0]).season = static_cast<int8_t>(i + 1);
  });
  util::for_each_record(data::dates_numbers_tsv, [&](const auto& f) {
    if (f.size() < 3) return;
    Word& w = entry(f[0]);
    if (f[2] == "decade") {
      w.decade = static_cast<int16_t>(to_int(f[1]));
      return;
    }
    w.number = static_cast<int16_t>(to_int(f[1]));
    w.number_kind = f[2] == "cardinal" ? 1 : f[2] == "ordinal" ? 2 : 3;
  });
  util::for_each_record(data::dates_units_tsv, [&](const auto& f) {
    if (f.size() < 3) return;
    Word& w = entry(f[0]);
    w.unit = unit_of(f[1]);
    w.unit_plural = f[2] == "plural";
  });
  util::for_each_record(data::dates_sets_tsv, [&](const auto& f) {
    if (f.size() >= 2) entry(f[0]).set_value = f[1];
  });
}

void Lexicon::read_cues() {
  util::for_each_record(data::dates_cues_tsv, [&](const auto& f) {
    if (f.size() < 3) return;
    Word& w = entry(f[0]);
    if (f[1] == "tense") w.tense = f[2] == "future" ? 1 : f[2] == "past" ? -1 : f[2] == "report" ? 3 : 2;
    else if (f[1] == "shift") { w.has_shift = true; w.shift = static_cast<int8_t>(to_int(f[2])); }
    else if (f[1] == "modifier") w.mod = f[2] == "START" ? kStart : f[2] == "MID" ? kMid : kEnd;
    else if (f[1] == "month-cue") w.month_cue = true;
    else if (f[1] == "part-of-day") w.part_of_day = part_of_day(f[2]);
    else if (f[1] == "set") w.set_cue = true;
    else if (f[1] == "be") w.be_form = true;
    else if (f[1] == "modifier-before") w.modifier_before = true;
    else if (f[1] == "clause") w.clause = true;
    else if (f[1] == "intent") w.intent = true;
  });
}

void Lexicon::read_deictic() {
  util::for_each_record(data::dates_deictic_tsv, [&](const auto& f) {
    if (f.size() < 3) return;
    Deictic d;
    d.ref = f[1] == "ref" || f[1] == "adj";
    d.adjective = f[1] == "adj";
    if (d.ref) d.value = f[2];
    else d.days = to_int(f[2]);
    if (f.size() > 3) d.part_of_day = part_of_day(f[3]);
    deictic.add(f[0], static_cast<uint32_t>(deictic_values.size()), lexicon::Case::kFold);
    const auto space = f[0].find(' ');
    Word& first = entry(f[0].substr(0, space));
    first.deictic_start = true;
    if (space == std::string_view::npos) first.deictic_alone = true;
    for (std::size_t at = space; at != std::string_view::npos;) {
      const auto next = f[0].find(' ', at + 1);
      entry(f[0].substr(at + 1, next == std::string_view::npos ? std::string_view::npos : next - at - 1));
      at = next;
    }
    deictic_values.push_back(d);
  });
}

void Lexicon::read_holidays() {
  util::for_each_record(data::dates_holidays_tsv, [&](const auto& f) {
    if (f.size() < 2) return;
    Holiday h;
    const std::string_view rule = f[1];
    // Numbers after the rule's name, split at spaces (and the dash of MM-DD).
    int v[4] = {0, 0, 0, 0};
    std::string_view args = rule.substr(std::min(rule.find(' '), rule.size()));
    for (int i = 0; i < 4 && !args.empty(); ++i) {
      while (!args.empty() && args[0] == ' ') args.remove_prefix(1);
      std::size_t end = args.find(' ');
      if (i == 0 && rule.starts_with("fixed")) end = args.find('-');
      v[i] = to_int(args.substr(0, end));
      args = end == std::string_view::npos ? std::string_view{} : args.substr(end + 1);
    }
    if (rule.starts_with("fixed")) { h.kind = Holiday::kFixed; h.month = v[0]; h.day = v[1]; }
    else if (rule.starts_with("nth")) { h.kind = Holiday::kNth; h.month = v[0]; h.weekday = v[1]; h.nth = v[2]; h.offset = v[3]; }
    else { h.kind = Holiday::kEaster; h.offset = v[0]; }
    h.named_day = f[0].ends_with("Day") || f[0].ends_with("Eve");
    holidays.add(f[0], static_cast<uint32_t>(holiday_rules.size()), lexicon::Case::kExact);
    holiday_rules.push_back(h);
    // The first word, lower-cased, makes the token a trigger.
    std::string first(f[0].substr(0, f[0].find(' ')));
    for (auto& ch : first) ch = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
    entry(first).trigger = true;
  });
}

void Lexicon::mark_triggers() {
  for (const char* clock : {"noon", "midday", "midnight"}) entry(clock).trigger = true;
  for (auto& w : words_)
    w.trigger = w.trigger || w.month || w.weekday || w.season || w.number_kind || w.decade >= 0 || w.has_shift || w.set_cue ||
                !w.set_value.empty() || w.deictic_start;
}

Ctx::Ctx(const text::Document& d, const Lexicon& l) : doc(d), lex(l), n(d.tokens.size()) {
  words.resize(n, 0);
  triggers.reserve(n / 8);
  for (std::size_t t = 0; t < n; ++t) {
    const auto kind = d.tokens[t].kind;
    if (kind == text::TokenKind::Number) {
      triggers.push_back(static_cast<uint32_t>(t));
      continue;
    }
    if (kind != text::TokenKind::Word) continue;
    const auto s = d.word(t);
    // The document's folded copy is the lower-case form every listed word is written in.
    const Word* w = nullptr;
    if (l.may_list(s)) {
      words[t] = static_cast<uint16_t>(l.index_of(d, t));
      w = l.word(words[t]);
    }
    // Hyphenated words (mid-January, third-quarter, year-ago) and Q3/H1 start dates too.
    if ((w && w->trigger) || d.tokens[t].hyphen ||
        (s.size() == 2 && (s[0] == 'Q' || s[0] == 'H')))
      triggers.push_back(static_cast<uint32_t>(t));
  }
}

int Ctx::integer(std::size_t t, int* digits) const {
  if (t >= n || doc.tokens[t].kind != text::TokenKind::Number) return -1;
  const auto s = doc.word(t);
  if (s.empty() || s.size() > 9) return -1;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  if (digits) *digits = static_cast<int>(s.size());
  return v;
}

int Ctx::day_number(std::size_t t) const {
  if (t >= n || doc.tokens[t].kind != text::TokenKind::Number) return -1;
  auto s = doc.word(t);
  if (s.size() >= 3) {
    const auto suf = s.substr(s.size() - 2);
    if (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") s.remove_suffix(2);
  }
  if (s.empty() || s.size() > 2) return -1;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v >= 1 && v <= 31 ? v : -1;
}

int Ctx::year_number(std::size_t t) const {
  int digits = 0;
  const int v = integer(t, &digits);
  return digits == 4 && v >= 1000 && v <= 2199 ? v : -1;
}

namespace {
// A cardinal number word from 1 to 99 (`six`, `ninety`, `ninety-six`), or -1.
int spoken_number(const Ctx& c, std::size_t t) {
  if (t >= c.n || c.doc.tokens[t].kind != text::TokenKind::Word) return -1;
  const Word* w = c.at(t);
  if (w && w->number_kind == 1 && w->number >= 1 && w->number <= 90 && !c.is(t, "a") && !c.is(t, "an")) return w->number;
  std::string_view before;
  const Word* unit = c.after_hyphen(t, &before);
  if (!unit || unit->number_kind != 1 || unit->number < 1 || unit->number > 9) return -1;
  const Word* tens = c.lex.find(before);
  if (!tens || tens->number_kind != 1 || tens->number < 20 || tens->number > 90 || tens->number % 10) return -1;
  return tens->number + unit->number;
}
}  // namespace

int Ctx::spoken_year(std::size_t t, std::size_t* len) const {
  const int century = spoken_number(*this, t);
  if (century == 2 && is(t + 1, "thousand")) {
    // `two thousand` is a count unless `year` stands before it or a year's last digits follow it.
    const int rest = spoken_number(*this, t + 2);
    if (rest > 0 && rest < 100) {
      *len = 3;
      return 2000 + rest;
    }
    if (t == 0 || !is(t - 1, "year")) return -1;
    *len = 2;
    return 2000;
  }
  if (century < 18 || century > 20) return -1;  // not `eleven thirty`, a time
  if (is(t + 1, "hundred")) {
    *len = 2;
    return century * 100;
  }
  if (is(t + 1, "oh") || is(t + 1, "o")) {
    const int unit = spoken_number(*this, t + 2);
    if (unit < 1 || unit > 9) return -1;
    *len = 3;
    return century * 100 + unit;
  }
  const int rest = spoken_number(*this, t + 1);
  if (rest < 10) return -1;
  *len = 2;
  return century * 100 + rest;
}

int Ctx::year_at(std::size_t t, std::size_t* end) const {
  if (const int y = year_number(t); y > 0) {
    *end = t + 1;
    return y;
  }
  std::size_t len = 0;
  const int y = spoken_year(t, &len);
  if (y > 0) *end = t + len;
  return y;
}

const Word* Ctx::after_hyphen(std::size_t t, std::string_view* before) const {
  if (t >= n || doc.tokens[t].kind != text::TokenKind::Word || !doc.tokens[t].hyphen) return nullptr;
  // The folded copy keeps every byte where it is, so both parts come out in lower case.
  const auto s = doc.folded_word(t);
  const auto dash = s.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash + 1 >= s.size()) return nullptr;
  if (before) *before = s.substr(0, dash);
  return lex.find(s.substr(dash + 1));
}

}  // namespace newsmark::dates

#include "util/small_end.h"
