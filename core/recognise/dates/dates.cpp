#include "recognise/dates.h"

#include <cstdlib>

#include "recognise/dates/internal.h"
#include "text/header.h"
#include "util/digits.h"
#include "util/small.h"

namespace newsmark::dates {

namespace {
constexpr uint32_t kLeadTokens = 40;  // how near the top a lead-in line introducing a quoted message stands

// `The Times said in an editorial on Monday, Oct. 26:` at the top, and a paragraph after it: the text that follows is
// that message, and its dates are read against the message's own date.
bool quotes_message_of(const Ctx& c, const Cand& k) {
  return k.e < kLeadTokens && c.punct(k.e, ':') && k.e + 1 < c.n && c.doc.tokens[k.e + 1].has(text::kLineBefore);
}
constexpr uint32_t kAnaphoraTokens = 120;  // how far back `a year earlier` looks for the quarter it compares with

using Recogniser = void (*)(const Ctx&, std::vector<Cand>&);
// The order matters only for ties between equally long candidates: the earlier recogniser wins.
constexpr Recogniser kRecognisers[] = {
    recognise_iso,      recognise_numeric,  recognise_month_names, recognise_years,
    recognise_weekdays, recognise_deictic,  recognise_anaphoric,   recognise_relative,    recognise_quarters,
    recognise_seasons,  recognise_times,    recognise_durations_sets, recognise_holidays, recognise_period_ends,
};
}  // namespace

namespace {

// What earlier dates in the text say about later ones: the anchor they are read against (the dct, or the date of a
// message the text quotes whole), the last quarter named (for `a year earlier` in results) and the last date named to
// a day, month or year (for `the following year`, `later that day`, a clock time alone).
class Discourse {
 public:
  explicit Discourse(const Ymd* dct) : anchor_(dct) {}

  // The value of candidate k, read in the light of what came before it.
  std::string value_of(const Cand& k, int8_t tense, bool& relative) {
    std::string value = resolve(k, anchor_, tense, relative);
    const bool prev_near = prev_gran_ != Granularity::None && k.b - prev_at_ <= kAnaphoraTokens;
    if (k.anaphoric && quarter_q_ && k.b - quarter_at_ <= kAnaphoraTokens) {
      value = util::padded((k.y ? k.y : quarter_y_) + k.anaphor_years, 4) + "-Q" + util::padded(quarter_q_);
    } else if (k.anaphoric && k.from_previous && prev_near) {
      // `the same period last year` after `in February`: that month, a year back.
      value = years_from(prev_, prev_gran_, k.anaphor_years);
    } else if (value.size() == 7 && value[5] == 'Q') {
      quarter_y_ = std::atoi(value.c_str());
      quarter_q_ = value[6] - '0';
      quarter_at_ = k.e;
    }
    if (k.from_previous && !k.anaphoric && prev_near)
      if (auto v = from_previous(k, prev_, prev_gran_); !v.empty()) value = std::move(v);
    // A clock time alone (`shot at 10 p.m.`) is on the day last named, when one was.
    if (k.hour >= 0 && !k.y && !k.m && !k.d && !k.wd && k.unit == Unit::None && k.literal.empty() &&
        prev_gran_ == Granularity::Day && prev_near) {
      Cand same_day = k;
      same_day.unit = Unit::Day;
      value = from_previous(same_day, prev_, prev_gran_);
    }
    return value;
  }

  // Remembers a date or time as the last one named, and a quoted message's own date as the new anchor.
  void remember(const Ctx& c, const Cand& k, const std::string& value) {
    if (k.kind != DateKind::Date && k.kind != DateKind::Time) return;
    Ymd y;
    Granularity g;
    if (!value_date(value, y, g)) return;
    if (g == Granularity::Day && quotes_message_of(c, k)) {
      message_ = y;
      anchor_ = &message_;
    }
    prev_ = y;
    prev_gran_ = g;
    prev_at_ = k.e;
  }

 private:
  Ymd message_;
  const Ymd* anchor_;
  int quarter_y_ = 0, quarter_q_ = 0;
  uint32_t quarter_at_ = 0;
  Ymd prev_;
  Granularity prev_gran_ = Granularity::None;
  uint32_t prev_at_ = 0;
};

// The header's date is the article's own date, written in the text: a mention like any other.
DateMention header_mention(const text::Document& doc) {
  return {Offsets{doc.js(doc.header->begin), doc.js(doc.header->end)}, doc.header->value, DateKind::Date,
          Granularity::Day, false, {},
          label_of(doc.header->value, DateKind::Date,
                   std::string_view(doc.text).substr(doc.header->begin, doc.header->end - doc.header->begin))};
}

}  // namespace

Result find_dates(const text::Document& doc, const Options& options) {
  Result r;
  Ctx ctx(doc, Lexicon::get());
  if (!options.date_order.empty()) ctx.date_order = options.date_order[0];
  const Ctx& c = ctx;
  std::vector<Cand> cands;
  for (const Recogniser f : kRecognisers) f(c, cands);
  merge_adjacent(c, cands);
  remove_overlaps(c, cands);
  r.dct = document_date(c, cands, options.dct);
  if (r.dct) r.dct->label = label_of(r.dct->value, DateKind::Date, r.dct->value);
  Ymd dct;
  const auto day = r.dct ? text::parse_ymd(r.dct->value) : std::nullopt;
  if (day) dct = {day->y, day->m, day->d};
  Discourse discourse(day ? &dct : nullptr);
  const auto tense = tenses(c, cands);
  r.mentions.reserve(cands.size() + 1);
  r.tokens.reserve(cands.size() + 1);
  if (doc.header) r.mentions.push_back(header_mention(doc)), r.tokens.push_back({});
  for (std::size_t i = 0; i < cands.size(); ++i) {
    const Cand& k = cands[i];
    DateMention m;
    m.at = Offsets{doc.js_begin(k.b), doc.js_end(k.e - 1)};
    m.value = discourse.value_of(k, tense[i], m.relative);
    discourse.remember(c, k, m.value);
    m.kind = k.kind;
    if (std::string_view(k.rule).starts_with("numeric-")) m.order = std::string_view(k.rule) == "numeric-day-first" ? "dmy" : "mdy";
    m.granularity = k.kind == DateKind::Duration || k.kind == DateKind::Set ? Granularity::None : k.gran;
    m.label = label_of(m.value, m.kind,
                       std::string_view(doc.text).substr(doc.text_begin(k.b), doc.text_end(k.e - 1) - doc.text_begin(k.b)));
    r.mentions.push_back(std::move(m));
    r.tokens.push_back({k.b, k.e});
  }
  return r;
}

}  // namespace newsmark::dates

#include "util/small_end.h"
