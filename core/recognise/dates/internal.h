// What the date recognisers share: the word lists read from core/data/dates-*.tsv, the candidate they produce, the
// token view they scan, and the calendar arithmetic resolution needs.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis.h"
#include "lexicon/gazetteer.h"
#include "lexicon/key_table.h"
#include "text/document.h"
#include "text/fold.h"

namespace newsmark::dates {

enum class Unit : uint8_t { None, Day, Week, Fortnight, Month, Quarter, Year, Decade, Century, Weekend };
enum Mod : uint8_t { kNoMod = 0, kStart = 1, kMid = 2, kEnd = 3 };

// What the lists say about one lower-case word; a word may belong to several classes (`last` is a shift and a cue).
struct Word {
  int8_t month = 0;  // 1..12
  bool month_abbrev = false, ambiguous = false;
  int8_t weekday = 0;  // ISO 1..7
  bool weekday_plural = false;
  int8_t season = 0;  // 1 SP, 2 SU, 3 FA, 4 WI
  int16_t number = -1;
  uint8_t number_kind = 0;  // 1 cardinal, 2 ordinal, 3 vague
  int16_t decade = -1;      // a decade in words: `nineties` 199
  Unit unit = Unit::None;
  bool unit_plural = false;
  int8_t tense = 0;  // -1 past, +1 future, 2 listed as not a tense cue, 3 a reporting verb (a weak past cue)
  bool has_shift = false;
  int8_t shift = 0;
  uint8_t mod = kNoMod;
  bool month_cue = false, set_cue = false;
  bool be_form = false, modifier_before = false, clause = false;  // tense helpers (dates-cues.tsv)
  bool intent = false;  // a future cue only before `to` (set to, plans to)
  uint8_t part_of_day = 0;  // 1 MO, 2 AF, 3 EV, 4 NI
  bool deictic_start = false;    // a phrase of dates-deictic.tsv starts with it
  bool deictic_alone = false;    // ... and it is a phrase by itself
  bool trigger = false;          // a date may start with it, so recognisers look at it
  std::string_view set_value;    // dates-sets.tsv: the set it names (`daily` P1D)
};

struct Deictic {
  bool ref = false;         // a reference value (PRESENT_REF ...) rather than a day
  bool adjective = false;   // only before a lower-case noun
  std::string_view value;   // the reference value
  int days = 0;             // days from the dct
  uint8_t part_of_day = 0;
};

// A holiday's rule (dates-holidays.tsv): a fixed day, the Nth weekday of a month, or days from Easter.
struct Holiday {
  enum Kind : uint8_t { kFixed, kNth, kEaster } kind = kFixed;
  int month = 0, day = 0;          // kFixed
  int weekday = 0, nth = 0;        // kNth (nth -1: the last)
  int offset = 0;                  // days added (kNth, kEaster)
  bool named_day = false;          // ends in Day or Eve: a date even before a noun
};
long holiday_in(const Holiday& h, int year);  // days since 1970-01-01

class Lexicon {
 public:
  static const Lexicon& get();
  const Word* find(std::string_view lower) const;
  // The same look-up as a number: 0 when the word is in no list, else 1 + its index, below kMaxIndex (word() reads it).
  uint32_t index_of(std::string_view lower) const { return index_.find(0, lower); }
  // The same for token t of doc, folded, from the hash the document holds.
  uint32_t index_of(const text::Document& doc, std::size_t t) const {
    return index_.find_hashed(0, doc.folded_hash(t), doc.folded_word(t));
  }
  const Word* word(uint32_t index) const { return index ? &words_[index - 1] : nullptr; }
  static constexpr uint32_t kMaxIndex = UINT16_MAX;
  // A cheap test before hashing: could a listed word have this length and these first two letters?
  bool may_list(std::string_view w) const {
    if (w.size() < 1 || w.size() >= kMaxLen) return false;
    const unsigned f = (static_cast<unsigned char>(w[0]) | 0x20) - 'a';
    const unsigned g = w.size() > 1 ? (static_cast<unsigned char>(w[1]) | 0x20) - 'a' : 26;
    return f < 26 && g <= 26 && (first_[w.size()][f] >> g & 1u);
  }
  lexicon::Gazetteer deictic;          // phrases of dates-deictic.tsv, values index deictic_values
  std::vector<Deictic> deictic_values;
  lexicon::Gazetteer holidays;          // phrases of dates-holidays.tsv, values index holiday_rules
  std::vector<Holiday> holiday_rules;

 private:
  Lexicon();
  // One step per kind of data file (an entry per word, then the phrase tables), then which words may start a date.
  Word& entry(std::string_view w);
  void read_calendar_words();  // months, weekdays, seasons, numbers, units, sets
  void read_cues();            // dates-cues.tsv
  void read_deictic();         // dates-deictic.tsv
  void read_holidays();        // dates-holidays.tsv
  void mark_triggers();
  static constexpr std::size_t kMaxLen = 24;
  uint32_t first_[kMaxLen][26] = {};  // per length and first letter, a bit per second letter (26: none)
  // Every listed word, found through the flat table every stage uses (lexicon/key_table.h), valued by 1 + its index
  // in `words_`: looked up once per token, it must be fast. A reference entry() returns lasts until its next call.
  lexicon::KeyTable index_;
  std::vector<Word> words_;
};

// One date found by a recogniser: what the text states, and how the rest is to be inferred from the dct.
struct Cand {
  uint32_t b = 0, e = 0;  // tokens, end exclusive
  DateKind kind = DateKind::Date;
  Granularity gran = Granularity::None;
  int y = 0, m = 0, d = 0;  // stated parts; 0 when not stated
  int wd = 0;               // weekday 1..7 when one is named
  int q = 0, half = 0, season = 0;
  int decade = -1, century = -1;  // 199 for the 1990s, 19 for the 1900s
  int hour = -1, minute = 0;
  uint8_t part_of_day = 0;
  int holiday = 0;  // 1 + index into Lexicon::holiday_rules
  // Relative parts: `unit` moved `shift` times from the dct (last week, 3 days ago); or a named month, weekday,
  // quarter or season placed by an explicit shift (last March) or else by the tense of the sentence (in March).
  Unit unit = Unit::None;
  int shift = 0;
  bool explicit_shift = false;
  // `a year earlier`, `the year-ago quarter`, `the latest period`: the last quarter named, moved by anaphor_years,
  // when one was named shortly before; otherwise the unit and shift above.
  bool anaphoric = false;
  int anaphor_years = 0;
  // `the following year`, `later that day`: `unit` moved `shift` times from the date mentioned last, when there is one.
  bool from_previous = false;
  std::string literal;  // a value fixed by the recogniser (PRESENT_REF, P3Y, XXXX-WXX-1)
  const char* rule = "";
};

// The token view the recognisers scan, with each token's list entry looked up once.
struct Ctx {
  const text::Document& doc;
  const Lexicon& lex;
  // Per token, its list entry as Lexicon::index_of numbers it (0: in no list): two bytes a token where a pointer took
  // four in wasm and eight natively.
  std::vector<uint16_t> words;
  std::vector<uint32_t> triggers;  // the tokens a date may start at, in order: the only ones recognisers visit
  std::size_t n = 0;
  char date_order = 0;  // numeric dates: 'd' day first, 'm' month first, 0 inferred from the text

  Ctx(const text::Document& d, const Lexicon& l);
  const Word* at(std::size_t t) const { return t < n ? lex.word(words[t]) : nullptr; }
  std::string_view w(std::size_t t) const { return t < n ? doc.word(t) : std::string_view{}; }
  // The token, folded, equals s. Inline, its length compared first: recognisers ask it of nearly every token.
  bool is(std::size_t t, std::string_view s) const {
    return t < n && doc.tokens[t].end - doc.tokens[t].begin == s.size() && text::equals_folded(doc.word(t), s);
  }
  bool punct(std::size_t t, char c) const {
    return t < n && doc.tokens[t].kind == text::TokenKind::Punct && doc.word(t).size() == 1 && doc.word(t)[0] == c;
  }
  bool joined(std::size_t t) const { return t < n && !doc.tokens[t].has(text::kSpaceBefore); }
  bool cap(std::size_t t) const {
    return t < n && (doc.tokens[t].has(text::kCapitalized) || doc.tokens[t].has(text::kAllCaps));
  }
  // The value of a token made only of digits (up to 9), or -1; `digits` gets their count.
  int integer(std::size_t t, int* digits = nullptr) const;
  // A day of the month: 1..31 written `7`, `07` or `7th`; -1 otherwise.
  int day_number(std::size_t t) const;
  // A year written with four digits, 1000..2199; -1 otherwise.
  int year_number(std::size_t t) const;
  // A year said in words, as transcripts write it: `nineteen ninety-six`, `eighteen twelve`, `nineteen hundred`, `two
  // thousand` (with `year` before it), `two thousand five`; `len` gets its token count. -1 when there is none.
  int spoken_year(std::size_t t, std::size_t* len) const;
  // A year in digits or in words at t; `end` gets the token after it. -1 when there is none.
  int year_at(std::size_t t, std::size_t* end) const;
  // The list entry of the part after a hyphen (`mid-January` -> January), and the part before, both in lower case.
  const Word* after_hyphen(std::size_t t, std::string_view* before) const;
};

// Recognisers, in the order dates.cpp runs them; each appends the candidates it finds.
void recognise_iso(const Ctx&, std::vector<Cand>&);
void recognise_numeric(const Ctx&, std::vector<Cand>&);
void recognise_month_names(const Ctx&, std::vector<Cand>&);
void recognise_years(const Ctx&, std::vector<Cand>&);
void recognise_weekdays(const Ctx&, std::vector<Cand>&);
void recognise_deictic(const Ctx&, std::vector<Cand>&);
void recognise_relative(const Ctx&, std::vector<Cand>&);
void recognise_quarters(const Ctx&, std::vector<Cand>&);
void recognise_seasons(const Ctx&, std::vector<Cand>&);
void recognise_times(const Ctx&, std::vector<Cand>&);
void recognise_durations_sets(const Ctx&, std::vector<Cand>&);
void recognise_holidays(const Ctx&, std::vector<Cand>&);
void recognise_anaphoric(const Ctx&, std::vector<Cand>&);
void recognise_period_ends(const Ctx&, std::vector<Cand>&);

// `a year ago`, `a year earlier`, `last year`, `of the last year`, `the previous year` after a period (`the same
// month a year ago`): the tokens it takes, 0 when there is none.
std::size_t year_back(const Ctx& c, std::size_t t);

// Orders candidates by their first token, keeping the recognisers' order on a tie (sorts indices, moves once).
void sort_by_begin(std::vector<Cand>&);

// Refiners.
void merge_adjacent(const Ctx&, std::vector<Cand>&);
void remove_overlaps(const Ctx&, std::vector<Cand>&);

// The document date: the caller's, else the `date` header, else a full date standing in a dateline, byline or
// Published/Updated line near the top (candidates already refined).
std::optional<Dct> document_date(const Ctx&, const std::vector<Cand>&, std::string_view option);

// The direction each candidate's sentence points: -1 past, +1 future, 0 unknown (one entry per candidate).
std::vector<int8_t> tenses(const Ctx&, const std::vector<Cand>&);

struct Ymd {
  int y = 0, m = 0, d = 0;
};
// The TIMEX3 value of a candidate against the dct (null: none), with `relative` set when the dct was needed.
std::string resolve(const Cand& c, const Ymd* dct, int tense, bool& relative);

// The date a value names and how finely (`1995-05-22` a day, `1995-05` a month, `1995` a year); false for other values.
bool value_date(std::string_view value, Ymd& out, Granularity& gran);
// The value of a `from_previous` candidate moved from a date `prev` named to `gran`; empty when `prev` is too coarse
// for the candidate's unit (`the next day` after `in 1995`).
std::string from_previous(const Cand& c, const Ymd& prev, Granularity gran);
// The date `prev`, named to `gran`, moved by whole years (`the same period last year`).
std::string years_from(const Ymd& prev, Granularity gran, int years);

// Calendar arithmetic on days since 1970-01-01.
long days_from_civil(int y, int m, int d);
Ymd civil_from_days(long z);
int iso_weekday(long days);  // 1 Monday .. 7 Sunday

// What a reader sees for a value (50-label.cpp): "Fri 7 Aug 1998", "the 1980s", "a few weeks", "every day"; `words`,
// the mention's own text, when the value has no shape it knows.
std::string label_of(std::string_view value, DateKind kind, std::string_view words);
std::string iso_week(long days);  // 2022-W02
std::string ymd(int y, int m, int d);  // 2022-01-07

}  // namespace newsmark::dates
