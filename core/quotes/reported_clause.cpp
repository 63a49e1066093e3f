#include "quotes/reported_clause.h"

#include <string_view>

#include "lexicon/function_words.h"
#include "quotes/cues.h"
#include "quotes/reported_words.h"
#include "util/small.h"

namespace newsmark::quotes::reported {

constexpr uint32_t kAdverbialReach = 12;  // "said in an interview with the local paper on Friday that …"

// Where the clause starts after a prepositional phrase opening at `b` ("in a statement the talks …", "on Monday
// he …", "in an email that …"): at "that", a subject pronoun, or a determiner after the phrase's noun; 0 when the
// phrase runs on to the end ("said at a news conference last month"), and nothing was reported.
uint32_t clause_after_adverbial(const text::Document& doc, uint32_t b, uint32_t end) {
  for (uint32_t t = b + 1; t < end && t - b < kAdverbialReach; ++t) {
    const auto& tok = doc.tokens[t];
    if (tok.kind == text::TokenKind::Punct && doc.word(t) != "," && doc.word(t) != ".") return 0;
    if (doc.word(t) == "that") return t;
    if (frame_word(doc, t) == FrameWord::Pronoun) return t;
    const auto prev = doc.folded_word(t - 1);
    // (a determiner after "be" is the adverbial's own: "during his speech to be a delegate")
    if (t > b + 1 && determiner(doc.folded_word(t)) && !determiner(prev) &&
        !lexicon::is_function(prev, lexicon::kPreposition | lexicon::kBe))
      return t;
  }
  return 0;
}

namespace {

// A pronoun that opens a relative clause and may stand for the clause's object ("which", "whom"; not "that", which
// after a comma mostly opens what a verb reports).
bool relative_pronoun(std::string_view folded) {
  return folded == "which" || folded == "who" || folded == "whom";
}

constexpr uint32_t kSubjectReach = 6;  // "… and Cruz, as he has in the past, opposed …" reads up to the verb's subject

// "… and Cruz opposed the measure", "… but U.S. officials have said …": a clause with a subject of its own (a name or a
// pronoun) and a frame of its own starts at `s`.
bool subject_and_frame(const text::Document& doc, const ReportedLookups& words, uint32_t s, uint32_t end) {
  if (s >= end || !(doc.tokens[s].has(text::kCapitalized) || frame_word(doc, s) == FrameWord::Pronoun ||
                    lexicon::is_function(doc.folded_word(s), lexicon::kRelative)))
    return false;
  for (uint32_t u = s + 1; u < end && u - s <= kSubjectReach; ++u) {
    if (words.frame(u)) return true;
    if (doc.tokens[u].kind == text::TokenKind::Punct && doc.word(u) != "," && doc.word(u) != ".") return false;
  }
  return false;
}

// Where a relative clause opening at `rel` ends when its pronoun stands for its frame's object ("which some have argued
// was a ploy, was …"); `end` when the relative is the subject ("who announced he …") or no such comma follows.
uint32_t object_relative_end(const text::Document& doc, const ReportedLookups& words, uint32_t rel, uint32_t end) {
  if (!relative_pronoun(doc.folded_word(rel)) || rel + 1 >= end || words.frame(rel + 1) ||
      lexicon::is_function(doc, rel + 1, lexicon::kBe | lexicon::kAuxiliary))
    return end;
  return comma_before_verb(doc, rel + 2, end);
}

// ", Anna Berg said she …": after a comma, a subject and a frame that goes on to a clause of its own (not a
// parenthetical ", Anna Berg said,") start a new report.
bool new_report_after_comma(const text::Document& doc, const ReportedLookups& words, uint32_t s, uint32_t end) {
  if (!subject_and_frame(doc, words, s, end)) return false;
  for (uint32_t u = s + 1; u < end && u - s <= kSubjectReach; ++u)
    if (words.frame(u)) return u + 1 < end && doc.word(u + 1) != "," && doc.word(u + 1) != ".";
  return false;
}

// "…, but …", "…, while …": a conjunction opening a clause of its own.
bool ends_clause(std::string_view w) { return lexicon::is_function(w, lexicon::kContrast); }

}  // namespace

bool object_relative(const text::Document& doc, uint32_t floor, uint32_t subject_begin) {
  return subject_begin >= floor + 2 && doc.word(subject_begin - 2) == "," &&
         relative_pronoun(doc.folded_word(subject_begin - 1));
}

uint32_t comma_before_verb(const text::Document& doc, uint32_t from, uint32_t to) {
  for (uint32_t t = from; t + 1 < to; ++t)
    if (doc.word(t) == "," && lexicon::is_function(doc, t + 1, lexicon::kBe | lexicon::kAuxiliary)) return t;
  return to;
}

// The last verb of saying or reporting in [b, e), a frame of its own, or e when none stands there.
uint32_t last_frame(const ReportedLookups& words, uint32_t b, uint32_t e) {
  for (uint32_t t = e; t-- > b;)
    if (words.frame(t)) return t;
  return e;
}

// Where a reported clause stops: "…, arguing that …", "…, pointing to …", "… and said …" (the next frame's own
// clause); and a semicolon, a spaced dash or "…, but …" when another frame follows in the sentence ("X said A; Y said
// B"). With no frame after it, what follows goes on with the same report ("said immigration is in decline — a decline
// that took hold …").
uint32_t clause_end(const text::Document& doc, const ReportedLookups& words, uint32_t b, uint32_t end) {
  const uint32_t frame = last_frame(words, b + 1, end);  // read once: a pause before it stops the clause
  for (uint32_t t = b + 1; t + 1 < end; ++t) {
    const auto w = doc.word(t);
    const auto next = doc.word(t + 1);
    const bool participle = next.size() > 4 && next.substr(next.size() - 3) == "ing";
    if (w == "," && participle && words.frame(t + 1)) return t;
    if ((w == "and" || w == "but") && (cue_length(doc, t + 1) || subject_and_frame(doc, words, t + 1, end))) return t;
    // "… Jeb Bush, who announced he is suspending …": a relative clause with a frame of its own reports for itself;
    // one whose frame has a subject of its own ("…, which some have argued was a ploy, was …") stands inside the clause,
    // which goes on after it when the sentence's verb follows the next comma.
    if (w == "," && lexicon::is_function(doc.folded_word(t + 1), lexicon::kRelative) &&
        subject_and_frame(doc, words, t + 1, end)) {
      const uint32_t inner_end = object_relative_end(doc, words, t + 1, end);
      if (inner_end == end) return t;
      t = inner_end;
      continue;
    }
    if (w == "," && new_report_after_comma(doc, words, t + 1, end)) return t;
    const bool pause = w == ";" || (is_dash(w) && doc.tokens[t].has(text::kSpaceBefore)) || (w == "," && ends_clause(next));
    if (pause && frame > t && frame < end) return t;
  }
  return end;
}

// A clause that is mostly a quotation already found is that quotation's; one with a quoted fragment is still reported
// speech ("said he had fought in Vietnam “for the nation's rights”").
bool mostly_quoted(const std::vector<bool>& covered, uint32_t b, uint32_t e) {
  uint32_t n = 0;
  for (uint32_t t = b; t < e; ++t) n += covered[t];
  return n * 5 > e - b;
}

uint32_t trim_end(const text::Document& doc, uint32_t b, uint32_t e) {
  while (e > b && doc.tokens[e - 1].kind == text::TokenKind::Punct) --e;
  return e;
}

// Reported speech stamped by its entry of the sieve table.
Attribution attributed(const QuoteContext& c, QuoteRule rule, const Phrase& source, uint32_t cue_b, uint32_t cue_e) {
  return stamp(c, sieve_for(rule), Found{source, cue_b, cue_e});
}

}  // namespace newsmark::quotes::reported

#include "util/small_end.h"
