#include "pipeline.h"

#include "text/document.h"
// [include:dates]
// [include:countries]
#include "recognise/countries.h"
// [include:people]
#include "entities/people.h"
// [include:quotes]
#include "quotes/quotes.h"

namespace newsmark {

void run_pipeline(std::string_view utf8, const Options& options, Analysis& out) {
  const text::Document doc = text::make_document(utf8);

  // 1. Document date: the caller's wins, then the text's own header.
  if (!options.dct.empty()) {
    out.dct = Dct{options.dct, DctSource::Option, std::nullopt};
  } else if (doc.header) {
    out.dct = Dct{doc.header->value, DctSource::Header, Offsets{doc.js(doc.header->begin), doc.js(doc.header->end)}};
  }

  // 2. Recognisers, independent of each other.
  // [stage:dates]
  // [stage:countries]
  out.countries = recognise::find_countries(doc);
  // [stage:people]
  const entities::People people = entities::find_people(doc);
  entities::to_analysis(doc, people, out.people);

  // 3. Quotes: find the spans, then attribute them with the sieves; speakers are marked on people.
  // [stage:quotes]
  {
    // Every token of a person mention (names, titles, resolved pronouns) points at its entity, for attribution.
    std::vector<int32_t> token_person(doc.tokens.size(), -1);
    for (const auto& m : people.mentions)
      for (uint32_t t = m.begin; t < m.end; ++t) token_person[t] = m.entity;
    quotes::find_quotes(doc, token_person, out.people, out.quotes);
  }
}

}  // namespace newsmark
