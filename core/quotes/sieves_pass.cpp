// The passes that carry a speaker from one quote to another: signatures, pieces of one quote, adjacent quotes.
#include <algorithm>

#include "lexicon/function_words.h"
#include "quotes/attribute.h"
#include "quotes/cues.h"
#include "quotes/source.h"
#include "util/small.h"

namespace newsmark::quotes::sieve {
namespace {

// The attribution of another quote, taken over by `sieve` and no surer than its confidence.
Attribution continued(const Attribution& from, const Sieve& sieve) {
  Attribution a = from;
  a.rule = sieve.rule;
  a.confidence = std::min(sieve.confidence, a.confidence);
  return a;
}

}  // namespace

// One pass from the end, carrying the signature of the nearest later quote in the paragraph.
void signature(const QuoteContext& c, std::vector<Attribution>& out, const Sieve& sieve) {
  int32_t signed_by = -1;
  for (std::size_t i = c.spans.size(); i-- > 0;) {
    if (i + 1 < c.spans.size() && c.spans[i + 1].paragraph != c.spans[i].paragraph) signed_by = -1;
    if (c.spans[i].embedded) continue;
    if (out[i].resolved()) {
      signed_by = out[i].rule == QuoteRule::Dash ? static_cast<int32_t>(i) : -1;
      continue;
    }
    if (signed_by >= 0) out[i] = continued(out[static_cast<std::size_t>(signed_by)], sieve);
  }
}

// Two rounds, so that a speaker found at either end reaches a piece two links away.
void pieces(const QuoteContext& c, std::vector<Attribution>& out, const Sieve& sieve) {
  for (int round = 0; round < 2; ++round) {
    for (std::size_t i = 0; i < c.spans.size(); ++i) {
      const auto& s = c.spans[i];
      if (s.continues >= 0 && !out[i].resolved() && out[s.continues].resolved())
        out[i] = continued(out[s.continues], sieve);
      if (s.continued_from >= 0 && !out[i].resolved() && out[s.continued_from].resolved())
        out[i] = continued(out[s.continued_from], sieve);
    }
  }
}

namespace {
// "“…,” Ebeling said, and her husband cut in. “…”": a verb of saying between the quotes whose own subject names
// someone else hands the next quote to that sentence's frame, not to the earlier speaker.
bool another_speaks_between(const QuoteContext& c, const Attribution& prev, uint32_t from, uint32_t to) {
  for (uint32_t t = from; t < to && t - from <= kFrameWindow; ++t) {
    if (t >= prev.cue_begin && t < prev.cue_end) continue;
    if (!cue_length(c.doc, t)) continue;
    const Phrase p = phrase_before(c.doc, t, std::max(from, c.doc.sentence_at(t).begin));
    if (p.empty() || p.pronoun || !names_someone(c.doc, c.token_person, p)) continue;
    // Only a main clause speaks for itself: one opening its sentence or joined by "and" ("as the crowd roared" and
    // "after Jones assured Trump" do not).
    const bool main = p.begin == c.doc.sentence_at(p.begin).begin ||
                      (p.begin > from && lexicon::is_function(c.doc.folded_word(p.begin - 1), lexicon::kCoordinating));
    if (!main || (p.begin < prev.source.end && prev.source.begin < p.end)) continue;
    const int32_t person = person_of(c.doc, c.token_person, p);
    if (person != prev.person || person < 0) return true;
  }
  return false;
}
}  // namespace

void adjacent(const QuoteContext& c, std::vector<Attribution>& out, const Sieve& sieve) {
  for (std::size_t i = 1; i < c.spans.size(); ++i) {
    if (out[i].resolved() || c.spans[i].embedded) continue;
    const auto& prev = c.spans[i - 1];
    if (prev.embedded || !out[i - 1].resolved() || prev.paragraph + 1 < c.spans[i].paragraph) continue;
    // Only a paragraph that holds nothing but quotes continues the previous speaker across a paragraph break.
    if (prev.paragraph != c.spans[i].paragraph && c.spans[i].open != c.doc.paragraphs[c.spans[i].paragraph].begin)
      continue;
    if (another_speaks_between(c, out[i - 1], prev.past(), c.spans[i].open)) continue;
    out[i] = continued(out[i - 1], sieve);
    // "“…,” Trump added. He then had a question for the crowd. “Who’s going to pay?”": the nearest mention of the
    // same speaker between the two quotes, opening its sentence, is this quote's source.
    const auto& s = c.spans[i];
    if (out[i].person < 0) continue;
    for (uint32_t t = s.open; t-- > prev.past();) {
      if (c.token_person[t] != out[i].person) continue;
      uint32_t b = t;  // the mention's first token: "Mr. Hall"
      while (b > prev.past() && c.token_person[b - 1] == out[i].person) --b;
      if (c.doc.sentence_at(b).begin != b) break;
      out[i].source = Phrase{b, t + 1, b == t && frame_word(c.doc, t) == FrameWord::Pronoun};
      break;
    }
  }
}

namespace {
// "Come", "Once" open sentences in capitals; a name is also capitalised where no sentence starts: at t itself or at an
// earlier token of the same word, not too far back.
bool capitalised_mid_sentence(const QuoteContext& c, uint32_t t) {
  constexpr uint32_t kLookback = 2000;
  const auto w = c.doc.folded_word(t);
  for (uint32_t k = t + 1, n = 0; k-- > 0 && n <= kLookback; ++n)
    if (c.doc.tokens[k].has(text::kCapitalized) && c.doc.sentences[c.doc.sentence_index(k)].begin != k &&
        c.doc.folded_word(k) == w && !(k > 0 && quote_mark(c.doc.word(k - 1))))
      return true;
  return false;
}

// With no named quote in reach: a name the sentence before the pronoun opens with ("Hall struck a defiant tone.
// “…,” he declared."), when the text writes it as a name; empty otherwise.
Phrase name_opening_sentence_before(const QuoteContext& c, uint32_t pronoun, uint32_t paragraph) {
  constexpr uint32_t kParagraphReach = 1;
  const uint32_t si = c.doc.sentence_index(pronoun);
  if (si == 0) return {};
  const auto& before = c.doc.sentences[si - 1];
  if (before.end <= before.begin || c.doc.paragraph_index(before.begin) + kParagraphReach < paragraph) return {};
  const Phrase subject = sentence_subject(c.doc, std::min(before.end - 1, before.begin + kFrameWindow), before.begin);
  if (subject.empty() || subject.pronoun || person_of(c.doc, c.token_person, subject) >= 0 ||
      !person_or_name(c.doc, c.token_person, subject) || !capitalised_mid_sentence(c, subject.end - 1))
    return {};
  return subject;
}
}  // namespace

void pronoun_speaker(const QuoteContext& c, std::vector<Attribution>& out, const Sieve& sieve) {
  // How many paragraphs back the antecedent's quote may stand: the paragraph before, as a reader keeps it in mind.
  constexpr uint32_t kParagraphReach = 1;
  // The nearest earlier quote with a named speaker, kept as the loop goes (one pass, whatever the number of quotes).
  std::size_t j = c.spans.size();
  for (std::size_t i = 0; i < c.spans.size(); ++i) {
    if (i > 0 && out[i - 1].resolved() && out[i - 1].named) j = i - 1;
    Attribution& a = out[i];
    if (!a.resolved() || !names_nobody(a.source, a.person)) continue;
    const uint32_t f = lexicon::function_word(c.doc.folded_word(a.source.begin));
    if (!(f & (lexicon::kMale | lexicon::kFemale)) || (f & lexicon::kPlural)) continue;
    // That quote's speaker, if it is near, is what "he" or "she" most likely stands for.
    Phrase antecedent;
    int32_t person = -1;
    if (j < i && c.spans[j].paragraph + kParagraphReach >= c.spans[i].paragraph) {
      const Attribution& prev = out[j];
      if (prev.source.pronoun) continue;  // a pronoun the people stage did resolve would have resolved this one too
      const Gender g = prev.person >= 0 && static_cast<std::size_t>(prev.person) < c.people.size()
                           ? c.people[static_cast<std::size_t>(prev.person)].gender : Gender::Unknown;
      if (!gender_fits(pronoun_gender(f), g)) continue;
      antecedent = prev.source, person = prev.person;
    } else {
      antecedent = name_opening_sentence_before(c, a.source.begin, c.spans[i].paragraph);
      if (antecedent.empty()) continue;
    }
    if (person >= 0) a.person = person;
    a.source.refers_begin = antecedent.begin;
    a.source.refers_end = antecedent.end;
    a.confidence = std::min(sieve.confidence, kPronounConfidenceCap);
  }
}

}  // namespace newsmark::quotes::sieve

#include "util/small_end.h"
