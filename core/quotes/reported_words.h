// The words the reported stage reads besides the report verbs, with their roles (core/data/reported-words.tsv): one
// list and one loader for hedges, questions, headline kickers and the words that show a verb reports nothing.
#pragma once
#include <cstdint>

#include "quotes/cues.h"
#include "text/document.h"

namespace newsmark::quotes::reported {

enum WordRole : uint32_t {
  kHedge = 1u << 0,       // "seemed to"
  kExpected = 1u << 1,    // "is expected to"
  kAdverb = 1u << 2,      // "reportedly"
  kQuestion = 1u << 3,    // a passive "asked"
  kOpener = 1u << 4,      // "when" asked
  kAsks = 1u << 5,        // asked "whether"
  kTopic = 1u << 6,       // asked "about"
  kKicker = 1u << 7,      // "Breaking:"
  kNotContent = 1u << 8,  // backed "by"
  kNounAfter = 1u << 9,   // attacks "in" Paris
  kReportObject = 1u << 10,  // "talked about" the minimum wage
  kReportClause = 1u << 11,  // "acknowledged" he had lost
  kJudged = 1u << 12,        // is widely "seen as" a moderate
  kCompound = 1u << 13,      // a "think" "tank": the noun a verb form before it describes
};

struct WordMatch {
  uint32_t tokens = 0;  // the longest entry starting here, in tokens; 0 when none
  uint32_t roles = 0;   // every role of that entry ("if" opens "if asked" and is asked in "asked if")
};

WordMatch reported_word(const text::Document& doc, uint32_t t);

// The roles of a one-word entry at t, or 0.
inline uint32_t word_roles(const text::Document& doc, uint32_t t) {
  const WordMatch m = reported_word(doc, t);
  return m.tokens == 1 ? m.roles : 0;
}

// A report verb at t from quote-report-verbs.tsv or from this stage's own forms (reported-words.tsv), read as a verb
// where report_verb would read it: in verb case, not after a determiner, not an -s form before "of". `word` is
// reported_word(doc, t) when the caller has already looked it up.
ReportVerb any_report_verb(const text::Document& doc, uint32_t t, const WordMatch* word = nullptr);

}  // namespace newsmark::quotes::reported
