#include "pipeline.h"

#include "text/document.h"
// [include:dates]
#include "recognise/dates.h"
// [include:countries]
// [include:people]
// [include:quotes]

namespace newsmark {

void run_pipeline(std::string_view utf8, const Options& options, Analysis& out) {
  const text::Document doc = text::make_document(utf8);

  // 1. Document date: the caller's wins, then the text's own header, then a dateline near the top.
  dates::Result found_dates = dates::find_dates(doc, options);
  out.dct = std::move(found_dates.dct);

  // 2. Recognisers, independent of each other.
  // [stage:dates]
  out.dates = std::move(found_dates.mentions);
  // [stage:countries]
  // [stage:people]

  // 3. Quotes: find the spans, then attribute them with the sieves; speakers are marked on people.
  // [stage:quotes]
}

}  // namespace newsmark
