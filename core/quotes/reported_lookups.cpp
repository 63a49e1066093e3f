#include "quotes/reported_lookups.h"

#include "lexicon/function_words.h"
#include "quotes/cues.h"
#include "util/small.h"

namespace newsmark::quotes::reported {
namespace {

// "terror attacks in Paris", "his plans.": an -s form followed by a pause or a word of reported-words.tsv's
// `noun-after` is a plural noun, where the verb would take its object ("Trump attacks Clinton").
bool plural_noun(const text::Document& doc, const ReportedLookups& words, uint32_t k, uint32_t n) {
  const auto w = doc.word(k);
  if (n != 1 || !w.ends_with("s") || w.ends_with("ss") || k + 1 >= doc.tokens.size()) return false;
  return doc.tokens[k + 1].kind == text::TokenKind::Punct || (words.role(k + 1) & kNounAfter);
}

// A verb of no list introducing a content clause reports it ("X boasted that …", "she conceded that …"): a lower-case
// past form right before "that", not a closed-class word and not an adjective after "so" ("so tired that").
bool that_clause_verb(const text::Document& doc, uint32_t k) {
  if (k == 0 || k + 1 >= doc.tokens.size() || doc.folded_word(k + 1) != "that") return false;
  const auto& tok = doc.tokens[k];
  const auto w = doc.word(k);
  if (tok.kind != text::TokenKind::Word || tok.has(text::kCapitalized) || w.size() < 4) return false;
  if (!w.ends_with("ed")) return false;  // "-s" forms before "that" are mostly plural nouns ("groups that")
  const auto prev = doc.folded_word(k - 1);
  if (prev == "so" || prev == "such" || determiner(prev) || lexicon::function_word(doc, k)) return false;
  return true;
}

}  // namespace

const WordMatch& ReportedLookups::word(uint32_t t) const {
  Looked& l = slot(t);
  if (!l.word_known) l.word = reported_word(doc_, t), l.word_known = true;
  return l.word;
}

uint32_t ReportedLookups::cue(uint32_t t) const {
  Looked& l = slot(t);
  if (l.cue < 0) l.cue = static_cast<int16_t>(cue_length(doc_, t));
  return static_cast<uint32_t>(l.cue);
}

const ReportVerb& ReportedLookups::report(uint32_t t) const {
  Looked& l = slot(t);
  if (!l.report_known) l.report = any_report_verb(doc_, t, &word(t)), l.report_known = true;
  return l.report;
}

std::optional<ReportingVerb> ReportedLookups::verb(uint32_t k) const {
  Looked& l = slot(k);
  if (!l.verb_known) {
    l.verb_known = true;
    if (const uint32_t n = cue(k); n && introduces_clause(doc_, k)) {
      l.verb = {n, false, false};
    } else if (const ReportVerb& rv = report(k);
               rv.tokens && !(rv.role == ReportRole::Object && plural_noun(doc_, *this, k, rv.tokens)) &&
               !(k + rv.tokens < doc_.tokens.size() && (role(k + rv.tokens) & kCompound))) {
      l.verb = {rv.tokens, rv.role == ReportRole::Object, true};
    } else if (that_clause_verb(doc_, k)) {
      l.verb = {1, false, true};
    }
  }
  return l.verb.tokens ? std::optional<ReportingVerb>(l.verb) : std::nullopt;
}

bool ReportedLookups::frame(uint32_t t) const { return cue(t) || report(t).tokens; }

}  // namespace newsmark::quotes::reported

#include "util/small_end.h"
