// The words the reported stage reads, each looked up once: the closing, parenthetical and forward
// frames, the clause limits and the unsourced scans all ask of the same tokens, and the look-ups were most of the
// stage's time. The answers live in a fixed table by token index, so memory stays the same however long a sentence
// runs (a token asked again after 1,024 others is looked up again).
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

class ReportedLookups {
 public:
  explicit ReportedLookups(const text::Document& doc) : doc_(doc), slots_(kSlots) {}

  // word_roles at t.
  uint32_t role(uint32_t t) const {
    const WordMatch& m = word(t);
    return m.tokens == 1 ? m.roles : 0;
  }
  // The reporting verb at k, if any.
  std::optional<ReportingVerb> verb(uint32_t k) const;
  // Whether a verb of saying or reporting stands at t: cue_length or any_report_verb.
  bool frame(uint32_t t) const;

 private:
  static constexpr uint32_t kSlots = 1024;  // a power of two, far wider than a frame window (kFrameWindow each side)

  struct Looked {
    uint32_t token = ~0u;  // whose answers these are
    int16_t cue = -1;      // -1 until looked up (a cue is a few tokens)
    bool word_known = false, report_known = false, verb_known = false;
    WordMatch word;
    ReportVerb report;
    ReportingVerb verb;
  };
  // The slot of token t, emptied when it held another token (no look-up asks of a second token meanwhile).
  Looked& slot(uint32_t t) const {
    Looked& l = slots_[t & (kSlots - 1)];
    if (l.token != t) l = Looked{}, l.token = t;
    return l;
  }
  // reported_word, cue_length and any_report_verb at t, each looked up at most once while t keeps its slot.
  const WordMatch& word(uint32_t t) const;
  uint32_t cue(uint32_t t) const;
  const ReportVerb& report(uint32_t t) const;

  const text::Document& doc_;
  mutable std::vector<Looked> slots_;
};

}  // namespace newsmark::quotes::reported
