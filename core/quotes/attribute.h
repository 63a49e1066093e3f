// Attribution as one ordered table of sieves (after CoreNLP's quote attributor, DEFAULT_QMSIEVES + one loop): each
// sieve looks only at quotes still without a speaker and stamps its rule and confidence on those it resolves. The
// table, in run order, is in attribute.cpp; the sieves themselves in sieves_*.cpp.
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "analysis.h"
#include "quotes/embedded.h"
#include "quotes/find.h"
#include "quotes/source.h"
#include "text/document.h"

namespace newsmark::quotes {

struct Attribution {
  Phrase source;              // the in-text mention next to the cue
  uint32_t cue_begin = 0, cue_end = 0;  // the cue's tokens; empty when there is none (continuation)
  int32_t person = -1;        // the person entity the source refers to, or -1
  QuoteRule rule = QuoteRule::None;  // the sieve that decided; None while unresolved
  double confidence = 0;
  bool named = false;         // whether the threshold found it sure enough to name a speaker
  bool resolved() const { return rule != QuoteRule::None; }
};

struct QuoteContext {
  const text::Document& doc;
  const std::vector<Span>& spans;
  const std::vector<int32_t>& token_person;  // person entity of each token (names, titles, resolved pronouns) or -1
  const std::vector<EmbeddedPost>& posts;    // embedded posts, in text order
  const std::vector<Person>& people;         // the person entities token_person points at (their gender)
};

// What a per-quote sieve found: the speaker phrase and the cue that links it to the quote.
struct Found {
  Phrase source;
  uint32_t cue_begin = 0, cue_end = 0;
};

enum class SieveKind : uint8_t {
  Quote,      // runs `find` on each unresolved quote with marks
  Embedded,   // runs `find` on each embedded post
  Pass,       // runs `pass` once over all attributions (continuations); its confidence caps what it copies
  Threshold,  // below its confidence an attribution names no speaker
  Reported,   // stamped by find_reported on reported speech without marks, after the loop
};

struct Sieve {
  std::string_view name;  // the function, for reading and for tests
  QuoteRule rule;
  double confidence;
  SieveKind kind;
  std::optional<Found> (*find)(const QuoteContext&, const Span&) = nullptr;
  void (*pass)(const QuoteContext&, std::vector<Attribution>&, const Sieve&) = nullptr;
};

// Every sieve, in run order: the one place where attribution order and confidence live.
std::span<const Sieve> sieves();

// The threshold entry's confidence: below it an attribution names no speaker.
double threshold();

// The first sieve of the table that stamps `rule`.
const Sieve& sieve_for(QuoteRule rule);

// An unresolved pronoun names no one: its attribution keeps the source and this confidence, below the threshold.
inline constexpr double kUnresolvedPronounConfidence = 0.3;
// A resolved pronoun stands for a speaker through one more inference than a name: never surer than this.
inline constexpr double kPronounConfidenceCap = 0.75;

// The gender a pronoun's function-word flags give ("he" Male, "she" Female, "they" Unknown), and whether a person of
// gender `person` may be what it stands for (an unknown side fits either).
Gender pronoun_gender(uint32_t function_word_flags);
bool gender_fits(Gender pronoun, Gender person);

// An attribution of `found` by `sieve`: the person behind the source, the pronoun variant of the rule, the confidence.
Attribution stamp(const QuoteContext& c, const Sieve& sieve, const Found& found);

// Runs the table in order; returns one Attribution per span.
std::vector<Attribution> attribute(const QuoteContext& ctx);

// The per-quote sieves (sieves_cue.cpp, sieves_frame.cpp) and the passes (sieves_pass.cpp) the table lists.
namespace sieve {
std::optional<Found> embedded_post(const QuoteContext&, const Span&);
std::optional<Found> transcript(const QuoteContext&, const Span&);
std::optional<Found> cue_after_quote(const QuoteContext&, const Span&);
std::optional<Found> speaker_cue_after_quote(const QuoteContext&, const Span&);
std::optional<Found> apposition_cue_after_quote(const QuoteContext&, const Span&);
std::optional<Found> cue_before_quote(const QuoteContext&, const Span&);
std::optional<Found> name_verb_after_quote(const QuoteContext&, const Span&);
std::optional<Found> verb_name_after_quote(const QuoteContext&, const Span&);
std::optional<Found> cue_paragraph_before(const QuoteContext&, const Span&);
std::optional<Found> subject_paragraph_before(const QuoteContext&, const Span&);
std::optional<Found> headline_name_colon(const QuoteContext&, const Span&);
std::optional<Found> name_colon_mid_sentence(const QuoteContext&, const Span&);
std::optional<Found> short_subject_colon(const QuoteContext&, const Span&);
std::optional<Found> sentence_subject_colon(const QuoteContext&, const Span&);
std::optional<Found> dash_after(const QuoteContext&, const Span&);
std::optional<Found> dash_line_after(const QuoteContext&, const Span&);
std::optional<Found> name_dash_before(const QuoteContext&, const Span&);
std::optional<Found> speech_noun_before(const QuoteContext&, const Span&);
// "Trump said Fox executives were calling “every 15 minutes”": words framed at token `inner` inside a clause that an
// earlier verb of saying reports, with only words between, are the outer reporter's; none when there is no such verb.
std::optional<Found> outer_reporter(const QuoteContext&, uint32_t inner);
std::optional<Found> passive_agent(const QuoteContext&, const Span&);
std::optional<Found> speech_frame_before(const QuoteContext&, const Span&);
std::optional<Found> report_frame_before(const QuoteContext&, const Span&);
std::optional<Found> speech_frame_after(const QuoteContext&, const Span&);
std::optional<Found> according_to(const QuoteContext&, const Span&);
std::optional<Found> previous_sentence(const QuoteContext&, const Span&);
std::optional<Found> subject_of_quote_sentence(const QuoteContext&, const Span&);
std::optional<Found> clause_subject_of_quote(const QuoteContext&, const Span&);
std::optional<Found> subject_sentence_before(const QuoteContext&, const Span&);
void signature(const QuoteContext&, std::vector<Attribution>&, const Sieve&);
void pieces(const QuoteContext&, std::vector<Attribution>&, const Sieve&);
void adjacent(const QuoteContext&, std::vector<Attribution>&, const Sieve&);
void pronoun_speaker(const QuoteContext&, std::vector<Attribution>&, const Sieve&);
}  // namespace sieve

}  // namespace newsmark::quotes
