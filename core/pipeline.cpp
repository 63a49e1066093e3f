#include "pipeline.h"

#include "entities/people.h"
#include "quotes/quotes.h"
#include "quotes/source.h"
#include "recognise/countries.h"
#include "recognise/dates.h"
#include "text/document.h"

namespace newsmark {
namespace {

// Tokens of a date or time mention that no person covers name no one ("on Friday described", "July 25 (UPI) —"): the
// quote stage never takes them for a speaker.
void mark_date_tokens(const std::vector<text::TokenRange>& dates, std::vector<int32_t>& token_person) {
  for (const auto& d : dates)
    for (uint32_t t = d.begin; t < d.end && t < token_person.size(); ++t)
      if (token_person[t] < 0) token_person[t] = quotes::kDateToken;
}

}  // namespace

void run_pipeline(std::string_view utf8, const Options& options, Analysis& out, StageHook hook) {
  const text::Document doc = text::make_document(utf8);
  hook("document");

  // 1. Dates, with the document date first: the caller's wins, then the text's own header, then a dateline.
  dates::Result found_dates = dates::find_dates(doc, options);
  out.dct = std::move(found_dates.dct);
  out.dates = std::move(found_dates.mentions);
  const std::vector<text::TokenRange> date_tokens = std::move(found_dates.tokens);
  hook("dates");

  // 2. Countries and people, independent of each other.
  out.countries = recognise::find_countries(doc);
  hook("countries");
  // 3. Quotes: find the spans, then attribute them with the sieves. Every token of a person mention (names, titles,
  // resolved pronouns) points at its entity for attribution; speakers are marked `quoted` on people. The people
  // stage's own records go before the quote stage runs, which holds the call's peak of memory.
  std::vector<int32_t> token_person;
  {
    const entities::People people = entities::find_people(doc);
    entities::to_analysis(doc, people, out.people);
    hook("people");
    token_person.assign(doc.tokens.size(), -1);
    for (const auto& m : people.mentions)
      for (uint32_t t = m.begin; t < m.end; ++t) token_person[t] = m.entity;
  }
  mark_date_tokens(date_tokens, token_person);
  quotes::find_quotes(doc, token_person, out.people, out.quotes);
  hook("quotes");
}

}  // namespace newsmark
