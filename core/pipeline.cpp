#include "pipeline.h"

#include "entities/people.h"
#include "quotes/quotes.h"
#include "recognise/countries.h"
#include "recognise/dates.h"
#include "text/document.h"

namespace newsmark {

void run_pipeline(std::string_view utf8, const Options& options, Analysis& out, StageHook hook) {
  const text::Document doc = text::make_document(utf8);
  hook("document");

  // 1. Dates, with the document date first: the caller's wins, then the text's own header, then a dateline.
  dates::Result found_dates = dates::find_dates(doc, options);
  out.dct = std::move(found_dates.dct);
  out.dates = std::move(found_dates.mentions);
  hook("dates");

  // 2. Countries and people, independent of each other.
  out.countries = recognise::find_countries(doc);
  hook("countries");
  const entities::People people = entities::find_people(doc);
  entities::to_analysis(doc, people, out.people);
  hook("people");

  // 3. Quotes: find the spans, then attribute them with the sieves. Every token of a person mention (names, titles,
  // resolved pronouns) points at its entity for attribution; speakers are marked `quoted` on people.
  std::vector<int32_t> token_person(doc.tokens.size(), -1);
  for (const auto& m : people.mentions)
    for (uint32_t t = m.begin; t < m.end; ++t) token_person[t] = m.entity;
  quotes::find_quotes(doc, token_person, out.people, out.quotes);
  hook("quotes");
}

}  // namespace newsmark
