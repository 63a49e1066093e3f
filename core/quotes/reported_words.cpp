#include "quotes/reported_words.h"

#include <string_view>

#include "lexicon/gazetteer.h"
#include "util/tsv.h"
#include "util/small.h"

namespace newsmark::data {
extern const std::string_view reported_words_tsv;
}  // namespace newsmark::data

namespace newsmark::quotes::reported {
namespace {

WordRole role_named(std::string_view r) {
  constexpr std::string_view kNames[] = {"hedge", "expected", "adverb",      "question",  "opener",
                                         "asks",  "topic",    "kicker",      "not-content", "noun-after",
                                         "report-object", "report-clause", "judged", "compound"};
  for (uint32_t i = 0; i < std::size(kNames); ++i)
    if (r == kNames[i]) return static_cast<WordRole>(1u << i);
  return WordRole{};
}

const lexicon::Gazetteer& words() {
  static const auto g = [] {
    lexicon::Gazetteer g;
    util::for_each_record(data::reported_words_tsv, [&](const auto& f) {
      if (f.size() < 3) return;
      const WordRole role = role_named(f[2]);
      util::for_each_item(f[1], [&](std::string_view form) { g.add(form, role, lexicon::Case::kFold); });
    });
    return g;
  }();
  return g;
}

}  // namespace

WordMatch reported_word(const text::Document& doc, uint32_t t) {
  if (doc.tokens[t].kind != text::TokenKind::Word) return {};
  const auto m = words().longest(doc, t);
  WordMatch out{static_cast<uint32_t>(m.tokens), 0};
  for (const uint32_t v : m.values) out.roles |= v;
  return out;
}

ReportVerb any_report_verb(const text::Document& doc, uint32_t t, const WordMatch* word) {
  if (const ReportVerb rv = report_verb(doc, t); rv.tokens) return rv;
  const auto& tok = doc.tokens[t];
  if (tok.kind != text::TokenKind::Word || (tok.has(text::kCapitalized) && !tok.has(text::kHeadline))) return {};
  const WordMatch m = word ? *word : reported_word(doc, t);
  if (!(m.roles & (kReportObject | kReportClause))) return {};
  // "the feel of", "its stated aim": after a determiner the form is a noun or an adjective
  if (t > 0 && doc.tokens[t - 1].kind == text::TokenKind::Word && determiner(doc.folded_word(t - 1))) return {};
  // "lists of donors": an -s form before "of" is a plural noun
  if (m.tokens == 1 && doc.word(t).ends_with("s") && t + 1 < doc.tokens.size() && doc.word(t + 1) == "of") return {};
  return {m.tokens, (m.roles & kReportObject) ? ReportRole::Object : ReportRole::Clause};
}

}  // namespace newsmark::quotes::reported

#include "util/small_end.h"
