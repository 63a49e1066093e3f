#include "recognise/dates.h"

#include <cstdio>
#include <cstdlib>

#include "recognise/dates/internal.h"
#include "text/header.h"
#include "recognise/dates/small.h"

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
  const bool have_dct = day.has_value();
  if (day) dct = {day->y, day->m, day->d};
  // What the text's own dates are read against: the dct, or the date of a message the text quotes whole.
  Ymd message;
  const Ymd* anchor = have_dct ? &dct : nullptr;
  const auto tense = tenses(c, cands);
  r.mentions.reserve(cands.size() + 1);
  // The header's date is the article's own date, written in the text: a mention like any other.
  if (doc.header)
    r.mentions.push_back({Offsets{doc.js(doc.header->begin), doc.js(doc.header->end)}, doc.header->value, DateKind::Date,
                          Granularity::Day, false, {},
                          label_of(doc.header->value, DateKind::Date,
                                   std::string_view(doc.text).substr(doc.header->begin,
                                                                     doc.header->end - doc.header->begin))});
  // The last quarter named, for `a year earlier` in results (the same quarter a year before).
  int quarter_y = 0, quarter_q = 0;
  uint32_t quarter_at = 0;
  // The last date named to a day, month or year, for `the following year`, `later that day`.
  Ymd prev;
  Granularity prev_gran = Granularity::None;
  uint32_t prev_at = 0;
  for (std::size_t i = 0; i < cands.size(); ++i) {
    const Cand& k = cands[i];
    DateMention m;
    m.at = Offsets{doc.js_begin(k.b), doc.js_end(k.e - 1)};
    m.value = resolve(k, anchor, tense[i], m.relative);
    const bool prev_near = prev_gran != Granularity::None && k.b - prev_at <= kAnaphoraTokens;
    if (k.anaphoric && quarter_q && k.b - quarter_at <= kAnaphoraTokens) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04d-Q%d", (k.y ? k.y : quarter_y) + k.anaphor_years, quarter_q);
      m.value = buf;
    } else if (k.anaphoric && k.from_previous && prev_near) {
      // `the same period last year` after `in February`: that month, a year back.
      m.value = years_from(prev, prev_gran, k.anaphor_years);
    } else if (m.value.size() == 7 && m.value[5] == 'Q') {
      quarter_y = std::atoi(m.value.c_str());
      quarter_q = m.value[6] - '0';
      quarter_at = k.e;
    }
    if (k.from_previous && !k.anaphoric && prev_near)
      if (auto v = from_previous(k, prev, prev_gran); !v.empty()) m.value = std::move(v);
    // A clock time alone (`shot at 10 p.m.`) is on the day last named, when one was.
    if (k.hour >= 0 && !k.y && !k.m && !k.d && !k.wd && k.unit == Unit::None && k.literal.empty() &&
        prev_gran == Granularity::Day && prev_near) {
      Cand same_day = k;
      same_day.unit = Unit::Day;
      m.value = from_previous(same_day, prev, prev_gran);
    }
    if (k.kind == DateKind::Date || k.kind == DateKind::Time) {
      Ymd y;
      Granularity g;
      if (value_date(m.value, y, g) && g == Granularity::Day && quotes_message_of(c, k)) {
        message = y;
        anchor = &message;
      }
      if (value_date(m.value, y, g)) {
        prev = y;
        prev_gran = g;
        prev_at = k.e;
      }
    }
    m.kind = k.kind;
    if (std::string_view(k.rule).starts_with("numeric-")) m.order = std::string_view(k.rule) == "numeric-day-first" ? "dmy" : "mdy";
    m.granularity = k.kind == DateKind::Duration || k.kind == DateKind::Set ? Granularity::None : k.gran;
    m.label = label_of(m.value, m.kind,
                       std::string_view(doc.text).substr(doc.text_begin(k.b), doc.text_end(k.e - 1) - doc.text_begin(k.b)));
    r.mentions.push_back(std::move(m));
  }
  return r;
}

}  // namespace newsmark::dates

#include "recognise/dates/small_end.h"
