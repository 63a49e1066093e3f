#include "quotes/reported_unsourced.h"

#include <string_view>

#include "lexicon/function_words.h"
#include "quotes/cues.h"
#include "quotes/reported_clause.h"
#include "quotes/reported_words.h"
#include "quotes/source.h"
#include "util/small.h"

namespace newsmark::quotes::reported {
namespace {

constexpr uint32_t kQuestionReach = 12;  // "Asked by ABC's George Stephanopoulos on Sunday whether …"
constexpr uint32_t kMinAskedWords = 2;    // "asked about her weaknesses"
constexpr uint32_t kMaxAskedObject = 6;   // "asked the campaigns of the remaining candidates why"

bool any_taken(const std::vector<bool>& taken, uint32_t b, uint32_t e) {
  for (uint32_t t = b; t < e; ++t)
    if (taken[t]) return true;
  return false;
}

// An "asked" with no subject of its own: opening the sentence, after "when"/"after", after a form of "be" ("was
// asked"), or after a comma as a participle ("Carson, asked about his claims, said").
bool passive_asked(const text::Document& doc, const text::TokenRange& sent, uint32_t k) {
  if (k == sent.begin) return true;
  const auto prev = doc.folded_word(k - 1);
  return (word_roles(doc, k - 1) & kOpener) || be_form(prev) || prev == ",";
}

void question_at(const QuoteContext& c, const text::TokenRange& sent, uint32_t k, std::vector<bool>& taken,
                 std::vector<Reported>& out) {
  const auto& doc = c.doc;
  if (!passive_asked(doc, sent, k)) return;
  // What is asked opens within reach, after the asker ("by X") and a setting ("on Fox News") if any.
  uint32_t b = k + 1;
  while (b < sent.end && b - k < kQuestionReach && !(word_roles(doc, b) & (kAsks | kTopic)) && doc.word(b) != ",") ++b;
  if (b >= sent.end || !(word_roles(doc, b) & (kAsks | kTopic))) return;
  Phrase asker;
  if (doc.folded_word(k + 1) == "by") {
    asker = phrase_after(doc, k + 2, b);
    if (asker.empty() || !plausible_speaker(doc, c.token_person, asker)) return;
  } else if (b > k + 1 && !lexicon::is_function(doc.folded_word(k + 1), lexicon::kPreposition) &&
             !(b == k + 2 && doc.folded_word(k + 1).ends_with("ly"))) {  // "Asked specifically what …"
    return;  // "asked the senator whether …" has an object: the asker is the sentence's own subject
  }
  if (word_roles(doc, b) & kTopic) ++b;
  // The question runs to the comma before the answer's frame ("Asked whether X, which friends described as
  // miserable, mattered, Trump said no"); with no frame after it, to the first comma.
  uint32_t e = b;
  while (e < sent.end && doc.word(e) != "," && doc.word(e) != ";") ++e;
  uint32_t frame = e;
  while (frame < sent.end && !(cue_length(doc, frame) && introduces_clause(doc, frame)) && doc.word(frame) != ";") ++frame;
  if (frame < sent.end && doc.word(frame) != ";")
    for (uint32_t t = frame; t-- > e;)
      if (doc.word(t) == ",") {
        e = t;
        break;
      }
  e = trim_end(doc, b, e);
  if (word_count(doc, b, e) < kMinAskedWords || mostly_quoted(taken, b, e)) return;
  const Attribution a = asker.empty() ? Attribution{} : attributed(c, QuoteRule::ReportedSpeech, asker, k, k + 1);
  out.push_back({b, e, a});
  for (uint32_t t = k; t < e; ++t) taken[t] = true;
}

// A hedge verb takes "to", "that", "like" or an adjective: "appeared on Fox News" (a preposition) or "appeared." is
// no hedge.
bool hedging(const text::Document& doc, const text::TokenRange& sent, uint32_t k) {
  if (k + 1 >= sent.end || doc.tokens[k + 1].kind != text::TokenKind::Word) return false;
  const auto next = doc.folded_word(k + 1);
  if (next == "to" || next == "that" || next == "like") return true;
  return !lexicon::is_function(next, lexicon::kPreposition | lexicon::kDeterminer | lexicon::kConjunction);
}

// A passive participle: "is expected", "are widely seen as", "is not considered".
bool after_be(const text::Document& doc, const text::TokenRange& sent, uint32_t k) {
  if (k <= sent.begin) return false;
  uint32_t p = k - 1;
  const auto adverb = doc.folded_word(p);
  if (p > sent.begin && (lexicon::is_function(adverb, lexicon::kAdverb) || adverb.ends_with("ly") || adverb == "not")) --p;
  return be_form(doc.folded_word(p));
}

// "is seen as", "are widely considered unclean": not "was viewed by millions", where a preposition follows, nor "was
// seen leaving", where only "as" makes "seen" a judgement.
bool judged(const text::Document& doc, const text::TokenRange& sent, uint32_t k) {
  if (k + 1 >= sent.end || !after_be(doc, sent, k)) return false;
  const auto next = doc.folded_word(k + 1);
  return next == "as" || (is_past_form(doc.folded_word(k)) && doc.tokens[k + 1].kind == text::TokenKind::Word &&
                          !lexicon::is_function(next, lexicon::kPreposition));
}

// "is expected to", "are widely expected to", "is not expected to".
bool expected(const text::Document& doc, const text::TokenRange& sent, uint32_t k) {
  return k + 1 < sent.end && doc.folded_word(k + 1) == "to" && after_be(doc, sent, k);
}

// Where the hedged clause starts: after "It seems (that)", or at its subject, after the nearest comma, colon or
// conjunction before the verb that leaves a subject of its own ("In the past few days, the politician seemed …";
// "Hizbollah, which has lost …, seems unlikely …" keeps the relative clause inside the subject).
uint32_t hedged_begin(const text::Document& doc, const text::TokenRange& sent, uint32_t k) {
  if (k > sent.begin && doc.folded_word(k - 1) == "it" &&
      (k - 1 == sent.begin || doc.tokens[k - 2].kind == text::TokenKind::Punct)) {
    uint32_t b = k + 1;
    while (b < sent.end && doc.tokens[b].kind == text::TokenKind::Punct) ++b;
    return b < sent.end && doc.folded_word(b) == "that" ? b + 1 : b;
  }
  for (uint32_t t = k; t-- > sent.begin;) {
    const auto w = doc.folded_word(t);
    const bool boundary = w == "," || w == ";" || w == ":" || is_dash(w) ||
                          lexicon::is_function(w, lexicon::kConjunction | lexicon::kRelative);
    if (!boundary) continue;
    const uint32_t s = t + 1;
    if (word_count(doc, s, k) == 0) continue;
    const auto first = doc.folded_word(s);
    if (lexicon::is_function(first, lexicon::kRelative | lexicon::kConjunction)) continue;
    if (word_count(doc, s, k) == 1 && lexicon::is_function(first, lexicon::kAdverb)) continue;  // "Democrats, too,"
    return s;
  }
  return sent.begin;
}

}  // namespace

uint32_t question_after_object(const text::Document& doc, uint32_t b, uint32_t end) {
  for (uint32_t t = b; t < end && t - b <= kMaxAskedObject; ++t) {
    const uint32_t r = word_roles(doc, t);
    if (r & kTopic) return t > b ? t + 1 : b;
    if (r & kAsks) return t;
    if (doc.tokens[t].kind != text::TokenKind::Word) break;
  }
  return b;
}

bool passive_expectation(const text::Document& doc, const text::TokenRange& sent, uint32_t k) {
  return (word_roles(doc, k) & kExpected) && expected(doc, sent, k);
}

void find_questions(const QuoteContext& c, const text::TokenRange& sent, const ReportedLookups& words,
                    std::vector<bool>& taken, std::vector<Reported>& out) {
  for (uint32_t k = sent.begin; k + 1 < sent.end; ++k)
    if (!taken[k] && (words.role(k) & kQuestion)) question_at(c, sent, k, taken, out);
}

void find_hedges(const QuoteContext& c, const text::TokenRange& sent, const ReportedLookups& words,
                 const std::vector<bool>& taken, std::vector<Reported>& out) {
  const auto& doc = c.doc;
  for (uint32_t k = sent.begin; k < sent.end; ++k) {
    const uint32_t r = taken[k] ? 0 : words.role(k);
    if (!(r & (kHedge | kExpected | kAdverb | kJudged))) continue;
    // A capital is a name ("Seems Like Old Times") unless the adverb opens the sentence ("Reportedly, he …").
    if (doc.tokens[k].has(text::kCapitalized) && !(r & kAdverb && k == sent.begin)) continue;
    const bool found =
        (r & kAdverb) || ((r & kHedge) && hedging(doc, sent, k)) || ((r & kExpected) && expected(doc, sent, k)) ||
        ((r & kJudged) && judged(doc, sent, k));
    if (!found) continue;
    uint32_t b = hedged_begin(doc, sent, k);
    if (k == sent.begin)  // "Reportedly, he made …": the clause follows the adverb
      for (b = k + 1; b < sent.end && doc.tokens[b].kind == text::TokenKind::Punct;) ++b;
    const uint32_t e = trim_end(doc, b, clause_end(doc, words, k, sent.end));
    if (b >= e || word_count(doc, b, e) < kMinClauseWords || any_taken(taken, b, e)) continue;
    out.push_back({b, e, Attribution{}});
    return;  // one unsourced clause per sentence: the hedge governs the sentence
  }
}

}  // namespace newsmark::quotes::reported

#include "util/small_end.h"
