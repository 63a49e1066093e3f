#include "lexicon/speech_verbs.h"

#include "lexicon/inflect.h"
#include "util/tsv.h"
#include "util/small.h"

namespace newsmark::data {
extern const std::string_view speech_verbs_tsv;
}  // namespace newsmark::data

namespace newsmark::lexicon {

void for_each_speech_verb(void (*f)(std::string_view form, bool reports, void* ctx), void* ctx) {
  util::for_each_record(data::speech_verbs_tsv, [&](const auto& fields) {
    if (fields.size() < 2) return;
    const bool reports = fields.size() > 2 && fields[2] == "clause";
    // "*" stands for the lemma's regular forms; anything else is a form as written (irregular or restricted verbs).
    util::for_each_item(fields[1], [&](std::string_view form) {
      if (form != "*") return f(form, reports, ctx);
      for (const auto& generated : regular_forms(fields[0])) f(generated, reports, ctx);
    });
  });
}

const Gazetteer& speech_verbs() {
  static const Gazetteer g = [] {
    Gazetteer g;
    for_each_speech_verb(
        [](std::string_view form, bool reports, void* ctx) {
          static_cast<Gazetteer*>(ctx)->add(form, reports ? kReports : kSpeech, Case::kFold);
        },
        &g);
    return g;
  }();
  return g;
}

}  // namespace newsmark::lexicon

#include "util/small_end.h"
