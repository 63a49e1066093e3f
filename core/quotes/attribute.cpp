#include "quotes/attribute.h"

#include <algorithm>
#include <array>

#include "lexicon/function_words.h"
#include "quotes/cues.h"
#include "util/small.h"

namespace newsmark::quotes {
namespace {

using K = SieveKind;
using R = QuoteRule;

// Run order is the table's order: the surest patterns first, then frames in the sentence, then continuations, and
// last the threshold. A sieve only ever sees quotes no earlier sieve resolved. Each confidence is what a reader is
// shown: a speaker carried over from another quote (continuation) is never shown surer than 0.7, nor one found
// through a pronoun surer than kPronounConfidenceCap.
constexpr std::array kSieves = {
    // "— Jane Doe (@jdoe) May 3, 2022" signing a block: the post's author.
    Sieve{"embedded_post", R::EmbeddedPost, 0.95, K::Embedded, sieve::embedded_post},
    // "“WALLACE: …”": a transcript turn names its speaker in capitals before a colon.
    Sieve{"transcript", R::Transcript, 0.9, K::Quote, sieve::transcript},
    // "“…,” X said", "“…,” said X", "“…,” he said": the cue right after the closing mark.
    Sieve{"cue_after_quote", R::ExplicitAfterQuote, 0.95, K::Quote, sieve::cue_after_quote},
    // "“…,” a narrator in the ad asks": everything between the mark and the cue is the speaker.
    Sieve{"speaker_cue_after_quote", R::ExplicitAfterQuote, 0.95, K::Quote, sieve::speaker_cue_after_quote},
    // "“…,” Scott Pruitt, the attorney general of Oklahoma, said": the name before an apposition.
    Sieve{"apposition_cue_after_quote", R::ExplicitAfterQuote, 0.9, K::Quote, sieve::apposition_cue_after_quote},
    // "X said: “…”", "X told reporters, “…”", "X said “…”": the cue just before the opening mark.
    Sieve{"cue_before_quote", R::ExplicitBeforeQuote, 0.93, K::Quote, sieve::cue_before_quote},
    // "X said:" ending the paragraph before a paragraph that is the quote.
    Sieve{"cue_paragraph_before", R::ExplicitBeforeQuote, 0.9, K::Quote, sieve::cue_paragraph_before},
    // "Anna Berg made the following comment:" before a paragraph that is the quote: a person, no verb of saying.
    Sieve{"subject_paragraph_before", R::Colon, 0.6, K::Quote, sieve::subject_paragraph_before},
    // A headline "Rush Limbaugh: Clinton's Request 'Reeks of Fear'".
    Sieve{"headline_name_colon", R::Colon, 0.6, K::Quote, sieve::headline_name_colon},
    // "Pollsters agree - Carl Bialik: “…”": a name set apart by a dash before the colon.
    Sieve{"name_colon_mid_sentence", R::Colon, 0.8, K::Quote, sieve::name_colon_mid_sentence},
    // "Mr Smith: “…”": a short subject and a colon open the sentence.
    Sieve{"short_subject_colon", R::Colon, 0.75, K::Quote, sieve::short_subject_colon},
    // "With his party worried, President Obama is rolling out a new message: “…”": the sentence's subject.
    Sieve{"sentence_subject_colon", R::Colon, 0.6, K::Quote, sieve::sentence_subject_colon},
    // "“…” — X": a dash and the speaker after the closing mark.
    Sieve{"dash_after", R::Dash, 0.85, K::Quote, sieve::dash_after},
    // "“…”" ending its paragraph, and a line of its own "— Michelle Marks, Philadelphia." after it.
    Sieve{"dash_line_after", R::Dash, 0.85, K::Quote, sieve::dash_line_after},
    // "Republicans have said the same, including Mitt Romney -- “…”": a person named right before a dash, in a sentence
    // about saying, introduces the words after it.
    Sieve{"name_dash_before", R::Dash, 0.8, K::Quote, sieve::name_dash_before},
    // "after her March comment that, “…”", "Barrett’s dictum was, “…”": the possessor of a noun naming something said,
    // with no verb between it and the quote.
    Sieve{"speech_noun_before", R::ReportedFrame, 0.75, K::Quote, sieve::speech_noun_before},
    // "often labeled as a “witch hunt” by Democrats": the agent after a passive verb of saying or naming.
    Sieve{"passive_agent", R::ReportedFrame, 0.8, K::Quote, sieve::passive_agent},
    // "Ms Truss said there was “no justification” for…": a speech verb frames the quote earlier in its sentence.
    Sieve{"speech_frame_before", R::ReportedFrame, 0.85, K::Quote, sieve::speech_frame_before},
    // "cited", "dismissed", "is promising": another reporting verb frames it.
    Sieve{"report_frame_before", R::ReportedFrame, 0.7, K::Quote, sieve::report_frame_before},
    // "“no justification” for it, she said.": the frame follows in the same sentence.
    Sieve{"speech_frame_after", R::ReportedFrame, 0.8, K::Quote, sieve::speech_frame_after},
    // "“Go back to your seat,” Tom Hall barked.": a name or pronoun and any finite verb after the closing mark, though the
    // verb is in no list, beats continuation from an earlier speaker.
    Sieve{"name_verb_after_quote", R::ExplicitAfterQuote, 0.7, K::Quote, sieve::name_verb_after_quote},
    // "“This is fantastic!” beamed Donald Hartley of Madison": any finite verb inverted before a name, too.
    Sieve{"verb_name_after_quote", R::ExplicitAfterQuote, 0.7, K::Quote, sieve::verb_name_after_quote},
    // “…” And that's all he has “…” ― Name: a signature after a paragraph's last quote signs its earlier quotes.
    Sieve{"signature", R::Continuation, 0.7, K::Pass, nullptr, sieve::signature},
    // The pieces of one quote running across paragraphs share whatever either end found.
    Sieve{"pieces", R::Continuation, 0.7, K::Pass, nullptr, sieve::pieces},
    // "according to X" in the quote's sentence.
    Sieve{"according_to", R::AccordingTo, 0.85, K::Quote, sieve::according_to},
    // A quote with no cue after a quote with a speaker, in its paragraph or opening the next one.
    Sieve{"adjacent", R::Continuation, 0.7, K::Pass, nullptr, sieve::adjacent},
    // "…, Schiff said. “…”": a quote opening a sentence goes on from the speech frame of the sentence before.
    Sieve{"previous_sentence", R::PreviousSentence, 0.6, K::Quote, sieve::previous_sentence},
    // "Rubio bemoaned a climate in which people “literally hate each other”": with no frame at all, the person the
    // quote's sentence is about, followed by a verb, is the likeliest speaker; only just sure enough to name.
    Sieve{"subject_of_quote_sentence", R::SentenceSubject, 0.55, K::Quote, sieve::subject_of_quote_sentence},
    // "The ad claims “Jeb is the conservative you can trust”": the subject is no person, but the words are its own; the
    // weakest guess that still names a speaker.
    Sieve{"clause_subject_of_quote", R::SentenceSubject, 0.5, K::Quote, sieve::clause_subject_of_quote},
    // "Valastro praised Christie’s leadership. / “We need someone …”": a quote opening its sentence with no frame goes
    // to the person the sentence before is about; a guess from the narrative, so the least sure of all.
    Sieve{"subject_sentence_before", R::PreviousSentence, 0.5, K::Quote, sieve::subject_sentence_before},
    // "“…,” Graham said. He continued, “…”": "he" or "she" the people stage could not resolve stands for the speaker
    // of the nearest earlier quote in its paragraph or the one before, when that speaker is named by a noun phrase.
    Sieve{"pronoun_speaker", R::PronounAfterQuote, 0.6, K::Pass, nullptr, sieve::pronoun_speaker},
    // Below this confidence no speaker is named: the quote keeps its source and cue, and says it does not know.
    Sieve{"threshold", R::None, 0.5, K::Threshold},
    // Reported speech without marks (reported.cpp): "X said (that) CLAUSE", "CLAUSE, X said", "according to X, …".
    Sieve{"reported_speech", R::ReportedSpeech, 0.7, K::Reported},
    // A reporting verb that is no cue for a quotation: "the report found that …", "cited …".
    Sieve{"reported_content", R::ReportedContent, 0.6, K::Reported},
};

// How far before a quote a pronoun's speaker is looked for when the resolved person is one the quote itself names.
constexpr uint32_t kSpeakerLookback = 200;

// "“We will beat Donald Trump,” he said": a pronoun speaking a quote stands for someone the quote does not name. The
// nearest person before the quote whose gender fits, else nobody.
void speaker_outside_quote(const QuoteContext& c, const Span& s, Attribution& a) {
  if (!a.source.pronoun || a.person < 0) return;
  bool named_inside = false;
  for (uint32_t t = s.begin; t < s.end && !named_inside; ++t) named_inside = c.token_person[t] == a.person;
  if (!named_inside) return;
  const Gender g = pronoun_gender(lexicon::function_word(c.doc.folded_word(a.source.begin)));
  int32_t found = -1;
  for (uint32_t t = s.open, n = 0; t-- > 0 && n < kSpeakerLookback && found < 0; ++n) {
    const int32_t p = c.token_person[t];
    if (p >= 0 && p != a.person && static_cast<std::size_t>(p) < c.people.size() &&
        gender_fits(g, c.people[static_cast<std::size_t>(p)].gender))
      found = p;
  }
  a.person = found;
  if (found < 0) a.confidence = kUnresolvedPronounConfidence, a.named = false;
}

}  // namespace

Gender pronoun_gender(uint32_t f) {
  return (f & lexicon::kMale) ? Gender::Male : (f & lexicon::kFemale) ? Gender::Female : Gender::Unknown;
}

bool gender_fits(Gender pronoun, Gender person) {
  return pronoun == Gender::Unknown || person == Gender::Unknown || pronoun == person;
}

std::span<const Sieve> sieves() { return kSieves; }

double threshold() {
  return std::find_if(kSieves.begin(), kSieves.end(), [](const Sieve& s) { return s.kind == K::Threshold; })->confidence;
}

const Sieve& sieve_for(QuoteRule rule) {
  return *std::find_if(kSieves.begin(), kSieves.end(), [rule](const Sieve& s) { return s.rule == rule; });
}

namespace {
// "The town released a statement Wednesday", "A report released last year": a date closing a phrase is when, not who;
// the phrase ends before it, the words that set it ("early", "on") and a participle it leaves dangling ("released").
// A phrase that is only a date is left whole, and names_someone refuses it.
Phrase without_trailing_date(const QuoteContext& c, Phrase p) {
  if (p.pronoun || p.empty() || c.token_person[p.end - 1] != kDateToken) return p;
  uint32_t e = p.end;
  while (e > p.begin && c.token_person[e - 1] == kDateToken) --e;
  const auto lower = [&](uint32_t t) {
    return c.doc.tokens[t].kind == text::TokenKind::Word && !c.doc.tokens[t].has(text::kCapitalized);
  };
  while (e > p.begin && lower(e - 1) &&
         (lexicon::is_function(c.doc.folded_word(e - 1), lexicon::kPreposition) || c.doc.folded_word(e - 1) == "early" ||
          c.doc.folded_word(e - 1) == "late"))
    --e;
  if (e > p.begin + 1 && lower(e - 1) && is_past_form(c.doc.folded_word(e - 1))) --e;
  if (e > p.begin) p.end = e;
  return p;
}

// "The council opposed an increase. “…,” it recommended.": "it" stands for what its sentence, or the one before,
// is about: a noun phrase or a name (not a pronoun), which readers see as the speaker; with none, "it" names no one.
Phrase it_antecedent(const QuoteContext& c, Phrase it) {
  it.pronoun = true;
  const uint32_t sentence = c.doc.sentence_index(it.begin);
  // Its own sentence's subject first ("The group is denouncing what it calls “…”"), then the one before.
  for (uint32_t back = 0; back <= 1 && back <= sentence; ++back) {
    const auto& prev = c.doc.sentences[sentence - back];
    if (prev.end <= prev.begin) continue;
    const uint32_t end = back == 0 ? it.begin : std::min(prev.end - 1, prev.begin + kFrameWindow);
    if (end < prev.begin + 2 || end - prev.begin > kFrameWindow) continue;
    bool quoted = false;  // words before "it" inside quote marks are nobody's subject
    for (uint32_t t = prev.begin; back == 0 && t < end && !quoted; ++t) quoted = quote_mark(c.doc.word(t));
    if (quoted) continue;
    const Phrase subject = sentence_subject(c.doc, end, prev.begin);
    if (subject.empty() || subject.pronoun || c.doc.folded_word(subject.begin) == "it") continue;
    // "Two said: …": a lone closed-class word stands for no one that "it" could name.
    if (subject.end == subject.begin + 1 && lexicon::function_word(c.doc.folded_word(subject.begin))) continue;
    if (!c.doc.tokens[subject.begin].has(text::kCapitalized) && !determiner(c.doc.folded_word(subject.begin))) continue;
    it.refers_begin = subject.begin;
    it.refers_end = subject.end;
    break;
  }
  return it;
}

}  // namespace

Attribution stamp(const QuoteContext& c, const Sieve& sieve, const Found& found) {
  Attribution a;
  a.source = without_trailing_date(c, found.source);
  a.cue_begin = found.cue_begin;
  a.cue_end = found.cue_end;
  a.person = person_of(c.doc, c.token_person, a.source);
  if (a.person < 0) a.person = described_person(c.doc, c.token_person, a.source);  // "the nurse said"
  if (a.person < 0 && !a.source.pronoun && a.source.end == a.source.begin + 1 &&
      c.doc.folded_word(a.source.begin) == "it")
    a.source = it_antecedent(c, a.source);
  a.rule = sieve.rule;
  a.confidence = sieve.confidence;
  if (a.source.pronoun) {
    if (a.rule == R::ExplicitAfterQuote) a.rule = R::PronounAfterQuote;
    if (a.rule == R::ExplicitBeforeQuote) a.rule = R::PronounBeforeQuote;
    a.confidence = std::min(a.confidence, kPronounConfidenceCap);
  }
  // A pronoun nobody resolved, or words that name no one ("The", "Earlier"), name no speaker: keep the source and
  // cue, admit the speaker is unknown.
  if (names_nobody(a.source, a.person) || !names_someone(c.doc, c.token_person, a.source))
    a.confidence = kUnresolvedPronounConfidence;
  a.named = a.confidence >= threshold();
  return a;
}

std::vector<Attribution> attribute(const QuoteContext& c) {
  std::vector<Attribution> out(c.spans.size());
  for (const Sieve& sieve : kSieves) {
    switch (sieve.kind) {
      case K::Quote:
      case K::Embedded:
        for (std::size_t i = 0; i < c.spans.size(); ++i) {
          if (out[i].resolved() || c.spans[i].embedded != (sieve.kind == K::Embedded)) continue;
          // A sieve that found no one who can speak leaves the quote to the sieves after it.
          const auto found = sieve.find(c, c.spans[i]);
          if (!found) continue;
          const Attribution a = stamp(c, sieve, *found);  // its source without a trailing date
          if (!names_someone(c.doc, c.token_person, a.source)) continue;
          out[i] = a;
          speaker_outside_quote(c, c.spans[i], out[i]);
        }
        break;
      case K::Pass: sieve.pass(c, out, sieve); break;
      case K::Threshold:
        for (auto& a : out) a.named = a.resolved() && a.confidence >= sieve.confidence;  // after every pass
        break;
      case K::Reported: break;
    }
  }
  return out;
}

}  // namespace newsmark::quotes

#include "util/small_end.h"
