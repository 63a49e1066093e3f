// One sentence's words as the reported stage reads them, each looked up once: the closing, parenthetical and forward
// frames, the clause limits and the unsourced scans all ask of the same tokens, and the look-ups were most of the
// stage's time.
#pragma once
#include <cstdint>
#include <optional>
#include <vector>

#include "quotes/reported_words.h"
#include "text/document.h"

namespace newsmark::quotes::reported {

// A verb that reports at a token: a speech verb introducing a clause, or another reporting verb ("cited", "found").
struct ReportingVerb {
  uint32_t tokens = 0;
  bool object = false;       // it takes an object, not a clause ("cited the report")
  bool report_only = false;  // no speech verb: it never stands inverted after its clause
};

class SentenceWords {
 public:
  // Starts on sent: every look-up is made at first ask, so a token inside a quotation costs nothing.
  void reset(const text::Document& doc, const text::TokenRange& sent);

  // word_roles at t, a token of the sentence.
  uint32_t role(uint32_t t) const {
    const WordMatch& m = word(t);
    return m.tokens == 1 ? m.roles : 0;
  }
  // The reporting verb at k, a token of the sentence, if any.
  std::optional<ReportingVerb> verb(uint32_t k) const;
  // Whether a verb of saying or reporting stands at t, a token of the sentence: cue_length or any_report_verb.
  bool frame(uint32_t t) const;

 private:
  // reported_word, cue_length and any_report_verb at t, each looked up at most once.
  const WordMatch& word(uint32_t t) const;
  uint32_t cue(uint32_t t) const;
  const ReportVerb& report(uint32_t t) const;

  struct Looked {
    int16_t cue = -1;  // -1 until looked up (a cue is a few tokens)
    bool word_known = false, report_known = false, verb_known = false;
    WordMatch word;
    ReportVerb report;
    ReportingVerb verb;
  };
  const text::Document* doc_ = nullptr;
  uint32_t begin_ = 0;
  mutable std::vector<Looked> looked_;
};

}  // namespace newsmark::quotes::reported
