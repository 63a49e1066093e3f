#include "pipeline.h"

#include "text/document.h"
// [include:dates]
// [include:countries]
#include "recognise/countries.h"
// [include:people]
// [include:quotes]

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

  // 3. Quotes: find the spans, then attribute them with the sieves; speakers are marked on people.
  // [stage:quotes]
}

}  // namespace newsmark
