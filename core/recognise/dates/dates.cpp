#include "recognise/dates.h"

#include "recognise/dates/internal.h"

namespace newsmark::dates {

namespace {
using Recogniser = void (*)(const Ctx&, std::vector<Cand>&);
// The order matters only for ties between equally long candidates: the earlier recogniser wins.
constexpr Recogniser kRecognisers[] = {
    recognise_iso,      recognise_numeric,  recognise_month_names, recognise_years,
    recognise_weekdays, recognise_deictic,  recognise_relative,    recognise_quarters,
    recognise_seasons,  recognise_times,    recognise_durations_sets,
};
}  // namespace

Result find_dates(const text::Document& doc, const Options& options) {
  Result r;
  const Ctx c(doc, Lexicon::get());
  std::vector<Cand> cands;
  for (const Recogniser f : kRecognisers) f(c, cands);
  merge_adjacent(c, cands);
  remove_overlaps(c, cands);
  r.dct = document_date(c, cands, options.dct);
  Ymd dct;
  const bool have_dct = r.dct && parse_ymd(r.dct->value, dct);
  const auto tense = tenses(c, cands);
  r.mentions.reserve(cands.size() + 1);
  // The header's date is the article's own date, written in the text: a mention like any other.
  if (doc.header)
    r.mentions.push_back({Offsets{doc.js(doc.header->begin), doc.js(doc.header->end)}, doc.header->value, DateKind::Date,
                          Granularity::Day, false});
  for (std::size_t i = 0; i < cands.size(); ++i) {
    const Cand& k = cands[i];
    DateMention m;
    m.at = Offsets{doc.js_begin(k.b), doc.js_end(k.e - 1)};
    m.value = resolve(k, have_dct ? &dct : nullptr, tense[i], m.relative);
    m.kind = k.kind;
    m.granularity = k.kind == DateKind::Duration || k.kind == DateKind::Set ? Granularity::None : k.gran;
    r.mentions.push_back(std::move(m));
  }
  return r;
}

}  // namespace newsmark::dates
