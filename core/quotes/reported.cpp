#include "quotes/reported.h"

#include <algorithm>
#include <optional>
#include <string_view>
#include <vector>

#include "quotes/cues.h"
#include "quotes/reported_clause.h"
#include "quotes/reported_headline.h"
#include "quotes/reported_lookups.h"
#include "quotes/reported_unsourced.h"
#include "quotes/reported_words.h"
#include "quotes/source.h"
#include "lexicon/function_words.h"
#include "lexicon/gazetteer.h"
#include "util/small.h"

namespace newsmark::quotes {
namespace {

using namespace reported;

constexpr uint32_t kMinSceneWords = 4;  // an opening adverbial before "X said" is shorter ("At this point, X said")
constexpr uint32_t kMaxObjectTokens = 3;  // "told reporters", "told the BBC"
constexpr uint32_t kMaxFrameTokens = 6;
constexpr uint32_t kMaxClosingFrame = 8;  // ", the Republican leader of the committee said."
constexpr uint32_t kMaxClosingTail = 2;
constexpr uint32_t kMaxParenthetical = 6;  // ", Tom Hall, the mayor, said,"    // ", Trump told POLITICO.", ", she said Friday."    // "said Mr. Hedge, referring to", "the former governor said, citing"


// "The rules she cited were old": a verb followed by an auxiliary sits in a relative clause and reports nothing.
bool auxiliary(std::string_view w) { return lexicon::is_function(w, lexicon::kBe | lexicon::kAuxiliary); }

// A speaker phrase between a comma and an inverted cue is a noun phrase: no verb-like or clause words ("Trump has
// faced", "In"), no lone adverb or participle ("Recently", "Having"), no lone determiner.
bool bare_phrase(const text::Document& doc, const Phrase& p) {
  if (p.pronoun) return true;
  for (uint32_t t = p.begin; t < p.end; ++t) {
    if (doc.tokens[t].kind == text::TokenKind::Punct && doc.word(t) != ".") return false;  // a title's closing mark
    const auto f = frame_word(doc, t);
    // "her friend said": a possessive before the head is part of the noun phrase
    if (f == FrameWord::Pronoun && t + 1 < p.end && lexicon::is_function(doc.folded_word(t), lexicon::kPossessive)) continue;
    // "teachers and union officials said": speakers joined by "and" are one phrase
    if (t > p.begin && t + 1 < p.end && doc.folded_word(t) == "and") continue;
    if (f == FrameWord::Between || f == FrameWord::Boundary || f == FrameWord::Pronoun) return false;
  }
  if (p.end - p.begin == 1) {
    const auto w = doc.folded_word(p.begin);
    if (lexicon::is_function(w, lexicon::kDeterminer | lexicon::kPronoun)) return false;
    if (w.size() > 4 && (w.ends_with("ly") || w.ends_with("ing") || w.ends_with("ed"))) return false;
  }
  return true;
}

// How many tokens "according to X" may name before its comma ("According to the officer in charge of the base that
// night, …").
constexpr uint32_t kAccordingReach = 20;

// "According to X, CLAUSE.", "CLAUSE, according to X." and, in the middle of a sentence, "G4S receives, according to one
// report, $234 million …" (the whole sentence is what X says).
bool according_to(const QuoteContext& c, const text::TokenRange& sent, const std::vector<bool>& covered,
                  std::vector<Reported>& out) {
  const auto& doc = c.doc;
  for (uint32_t k = sent.begin; k + 2 < sent.end; ++k) {
    // "to" first: a string compare turns away nearly every token before the frame-word look-up.
    if (doc.word(k + 1) != "to" || covered[k] || frame_word(doc, k) != FrameWord::According) continue;
    // The source runs to the comma after it, or to the end of the sentence.
    uint32_t comma = k + 2;
    while (comma < sent.end && doc.word(comma) != "," && comma - k < kAccordingReach) ++comma;
    const bool comma_after = comma < sent.end && doc.word(comma) == ",";
    const uint32_t after = comma_after ? comma + 1 : sent.end;
    const bool words_after = comma_after && word_count(doc, after, trim_end(doc, after, sent.end)) >= kMinClauseWords;
    // At the start, or after a short opening adverbial ("In addition, according to the department, …"), the claim is
    // what follows the source.
    const bool opens = k == sent.begin;
    if (!opens && doc.word(k - 1) != ",") return false;
    uint32_t b, e;
    Phrase src;
    if (opens || (words_after && word_count(doc, sent.begin, k) < kMinSceneWords)) {
      if (!comma_after) return false;
      src = Phrase{k + 2, comma, false};
      b = after;
      // "According to Anna Berg, a marine economist at the university, CLAUSE": the apposition is not reported.
      if (b < sent.end && determiner(doc.folded_word(b))) {
        uint32_t next = b;
        while (next < sent.end && doc.word(next) != "," && next - b < 16) ++next;
        if (next < sent.end && doc.word(next) == ",") b = next + 1;
      }
      // An opening adverbial is part of the claim ("Since last November, according to X, forces have killed …").
      if (!opens) b = sent.begin;
      e = trim_end(doc, b, sent.end);
    } else if (words_after) {
      src = phrase_after(doc, k + 2, comma);
      b = sent.begin;
      e = trim_end(doc, b, sent.end);
    } else {
      src = phrase_after(doc, k + 2, sent.end);
      b = sent.begin;
      e = trim_end(doc, b, k - 1);
    }
    const bool marks_inside = mostly_quoted(covered, b, e);
    if (src.empty() || marks_inside || word_count(doc, b, e) < kMinClauseWords) return false;
    out.push_back({b, e, attributed(c, QuoteRule::ReportedSpeech, src, k, k + 2)});
    return true;
  }
  return false;
}

// "In a new Fox News poll released Thursday, CLAUSE": a sentence opening with a document or an event that carries
// words reports what it says.
bool in_document(const QuoteContext& c, const ReportedLookups& words, const text::TokenRange& sent,
                 const std::vector<bool>& covered, std::vector<Reported>& out) {
  const auto& doc = c.doc;
  const uint32_t k = sent.begin;
  if (k + 3 >= sent.end || doc.folded_word(k) != "in") return false;
  const auto first = doc.folded_word(k + 1);
  if (!determiner(first) && doc.tokens[k + 1].kind != text::TokenKind::Word) return false;
  uint32_t comma = k + 1, noun = 0;
  for (; comma < sent.end && doc.word(comma) != "," && comma - k < kAccordingReach; ++comma)
    if (!noun && speech_noun(doc, comma)) noun = comma;
  if (!noun || comma >= sent.end || doc.word(comma) != ",") return false;
  // The phrase opens with a determiner or a name's possessive: "a new poll", "May's Washington Post-ABC News poll".
  bool owned = determiner(first);
  for (uint32_t t = k + 1; t < noun && !owned; ++t) owned = doc.tokens[t].kind == text::TokenKind::Possessive;
  if (!owned) return false;
  const uint32_t b = comma + 1, e = trim_end(doc, b, sent.end);
  // "In his 2002 book, ‘Make Your Kid a Millionaire,’ he …": a title after the noun names the work.
  if (quote_mark(doc.word(b))) return false;
  // "In an interview, the mayor said …": a frame of its own decides who speaks.
  if (word_count(doc, b, e) < kMinClauseWords || mostly_quoted(covered, b, e) || last_frame(words, b, e) != e) return false;
  out.push_back({b, e, attributed(c, QuoteRule::ReportedContent, Phrase{k + 1, comma, false}, k, k + 1)});
  return true;
}

// The subject of a frame "X said (that) CLAUSE"; "X promised … and said …": a coordinated verb shares the sentence's.
Phrase frame_subject(const text::Document& doc, const text::TokenRange& sent, uint32_t k) {
  Phrase subject = phrase_before(doc, k, sent.begin);
  // "Paul Ryan on Tuesday called …": a single word after "on" is the day; the subject is before it.
  if (subject.end - subject.begin == 1 && !subject.pronoun && subject.begin > sent.begin + 1 &&
      doc.folded_word(subject.begin - 1) == "on")
    if (const Phrase before = phrase_before(doc, subject.begin - 1, sent.begin); !before.empty()) return before;
  uint32_t pk = k;  // the word before the verb and its auxiliaries ("who have argued")
  while (pk > sent.begin + 1 && frame_word(doc, pk - 1) == FrameWord::Between) --pk;
  if (!subject.empty() || pk <= sent.begin) return subject;
  const auto prev = doc.folded_word(pk - 1);
  if ((prev == "and" || prev == "but") && doc.tokens[sent.begin].has(text::kCapitalized)) {
    uint32_t e = sent.begin;
    while (e < k - 1 && e - sent.begin < 6 &&
           (doc.tokens[e].has(text::kCapitalized) || doc.tokens[e].kind == text::TokenKind::Possessive))
      ++e;
    if (e > sent.begin) subject = Phrase{sent.begin, e, false};
  }
  return subject;
}

// "was endorsed by": a passive verb's subject is what is talked about, not who talks.
bool passive_with_agent(const text::Document& doc, const text::TokenRange& sent, uint32_t k, uint32_t n) {
  uint32_t before = k;
  while (before > sent.begin && frame_word(doc, before - 1) == FrameWord::Between && !be_form(doc.word(before - 1)))
    --before;
  return before > sent.begin && be_form(doc.word(before - 1)) && k + n < sent.end && doc.word(k + n) == "by";
}

// "is not universally shared on the bench": a participle after a form of "be" is passive, and what follows it is no
// object of anyone's.
bool passive_object(const text::Document& doc, const text::TokenRange& sent, uint32_t k) {
  if (!is_past_form(doc.word(k))) return false;
  uint32_t before = k;
  while (before > sent.begin && (frame_word(doc, before - 1) == FrameWord::Between ||
                                 lexicon::is_function(doc.folded_word(before - 1), lexicon::kAdverb) ||
                                 doc.folded_word(before - 1).ends_with("ly")))
    if (be_form(doc.folded_word(--before))) return true;
  return before > sent.begin && be_form(doc.folded_word(before - 1));
}

enum class Forward { Reported, Skip, TryInverted };

// The clause after a frame "X said (that) CLAUSE" into `found`; Skip when the frame reports nothing here,
// TryInverted when no clause follows and the verb may close an inverted frame instead.
Forward forward_clause(const QuoteContext& c, const ReportedLookups& words, const std::vector<bool>& covered,
                       const text::TokenRange& sent, uint32_t k, const ReportingVerb& v, const Phrase& subject,
                       Reported& found) {
  const auto& doc = c.doc;
  uint32_t b = k + v.tokens;
  const auto cue = doc.word(k);
  if (cue == "told" || cue == "tell" || cue == "tells" || cue == "telling") {
    uint32_t o = b;
    while (o < sent.end && o - b < kMaxObjectTokens && doc.tokens[o].kind == text::TokenKind::Word &&
           doc.word(o) != "that" && !lexicon::is_function(doc.folded_word(o), lexicon::kSetting))
      ++o;
    // "told The Associated Press by phone from her home.": a preposition after the one told opens an adverbial, and
    // the clause, if any, starts after it ("told CNN by phone that …").
    if (o > b && o < sent.end && linking_preposition(doc, o)) {
      const uint32_t start = clause_after_adverbial(doc, o, sent.end);
      if (!start) return Forward::TryInverted;
      o = start;
    }
    b = o;
  } else if (cue == "asked" || cue == "ask" || cue == "asks" || cue == "asking") {
    b = question_after_object(doc, b, sent.end);
  }
  // "said in an email to staff", "wrote in her memoir": a phrase setting the time or place after the verb is an
  // adverbial, and the clause, if any, starts after it.
  // So is a day right after the verb, and the clause starts after it ("said Tuesday his actions are …", "said Sunday
  // in Madison, Wisconsin, that he …"); where no clause shows after the adverbial, the whole is what was said.
  if (b + 1 < sent.end && !v.object && frame_word(doc, b) == FrameWord::Time) {
    uint32_t after = b + 1;
    while (after < sent.end && frame_word(doc, after) == FrameWord::Time) ++after;  // "Thursday morning"
    if (after < sent.end && lexicon::is_function(doc.folded_word(after), lexicon::kSetting | lexicon::kMedium)) {
      if (const uint32_t start = clause_after_adverbial(doc, after, sent.end)) b = start;
    } else if (after < sent.end && (doc.tokens[after].kind == text::TokenKind::Word || doc.word(after) == ",")) {
      b = after;  // a comma stays for the checks below ("responded Friday, saying …")
    }
  }
  // "testified voluntarily in 1998", "said recently that": a manner adverb after the verb is how, not what.
  if (b + 1 < sent.end && !v.object && manner_adverb(doc, b) && !lexicon::function_word(doc.folded_word(b))) ++b;
  // "said on Tuesday she would …": a preposition before a day sets the time as well; where no clause shows within
  // reach of it, the whole is what was said, as after a bare day.
  if (b + 1 < sent.end && !v.object && lexicon::is_function(doc.folded_word(b), lexicon::kPreposition) &&
      frame_word(doc, b + 1) == FrameWord::Time)
    if (const uint32_t start = clause_after_adverbial(doc, b, sent.end)) b = start;
  if (b < sent.end && !v.object && lexicon::is_function(doc.folded_word(b), lexicon::kSetting)) {
    const uint32_t start = clause_after_adverbial(doc, b, sent.end);
    // "…, he said in an interview on Saturday.": an adverbial running to the end may close an inverted frame
    if (!start) return Forward::TryInverted;
    b = start;
  }
  if (!v.object && b < sent.end && doc.word(b) == "that") ++b;
  // "…, analysts say; in 2012 …": a semicolon or a dash after the verb ends its frame, and what follows is not said
  if (b < sent.end && (doc.word(b) == ";" || is_dash(doc.word(b)))) return Forward::TryInverted;
  // "The museum, Mr X said, would …": a parenthetical frame reports the whole sentence around it.
  const bool parenthetical = b < sent.end && doc.word(b) == "," && subject.end == k &&
                             subject.begin > sent.begin + 1 && doc.word(subject.begin - 1) == ",";
  const bool comma = b < sent.end && doc.word(b) == ",";
  if (comma) ++b;
  // "she said, and the union agreed", "she told the crowd, then referred to …": a coordinated clause after the frame is
  // the writer's, not reported (but "the senator said then, was that …" keeps its time adverb).
  const auto first = b < sent.end ? doc.folded_word(b) : std::string_view{};
  if (!parenthetical && b < sent.end && (first == "and" || first == "but" || first == "or" || (comma && first == "then")))
    return Forward::Skip;
  // "she said, smiling at the crowd": a participle after the frame's comma tells how she spoke, not what she said
  // (a participle that reports, "said, referring to …", is a frame of its own).
  if (comma && !parenthetical && b < sent.end && is_participle(first)) return Forward::Skip;
  if (parenthetical) b = sent.begin;
  uint32_t e = trim_end(doc, b, clause_end(doc, words, b, sent.end));
  // "Anna Berg, who has said she will not run, met …", "the plan, which some have argued was a ploy, was …": a relative
  // clause set off by commas, the frame's subject or its object, ends at the next one.
  if (subject.refers_end > subject.refers_begin && subject.begin > sent.begin && doc.word(subject.begin - 1) == ",")
    for (uint32_t t = b; t < e; ++t)
      if (doc.word(t) == ",") {
        e = trim_end(doc, b, t);
        break;
      }
  // "the plan, which some have argued was a ploy, was …": a relative clause standing for what its frame says ends
  // where the sentence's own verb follows a comma; with none, it runs on ("which he said runs the risk of X, Y").
  if (object_relative(doc, sent.begin, subject.begin)) e = trim_end(doc, b, comma_before_verb(doc, b, e));
  // "Christie endorsed Trump", "voters who oppose him": an object may be one name or one person's pronoun.
  const bool one_person = v.object && e == b + 1 &&
                          (doc.tokens[b].has(text::kCapitalized) || frame_word(doc, b) == FrameWord::Pronoun ||
                           lexicon::is_function(doc.folded_word(b), lexicon::kObject));
  const uint32_t min_words = one_person ? 1 : v.object ? 2 : kMinClauseWords;
  // "said: …" or "said — …" with no marks, and "backed by the union": the verb reports no clause of its own here.
  if (v.report_only && k + v.tokens < sent.end && (words.role(k + v.tokens) & kNotContent))
    return Forward::Skip;
  // "said about its inclusion in the platform:" ending the paragraph before a quote: the words frame that quote.
  const bool introduces_quote = e < sent.end && doc.word(e) == ":" && e + 1 < doc.tokens.size() &&
                                quote_mark(doc.word(e + 1)) && doc.paragraph_at(e + 1).begin == e + 1;
  if (word_count(doc, b, e) < min_words || (v.report_only && auxiliary(doc.word(b))) || mostly_quoted(covered, b, e) ||
      quote_mark(doc.word(b)) || introduces_quote)
    return Forward::TryInverted;
  const auto rule = v.report_only ? QuoteRule::ReportedContent : QuoteRule::ReportedSpeech;
  found = {b, e, attributed(c, rule, subject, k, k + v.tokens)};
  return Forward::Reported;
}

// "“…,” Ramos said, referring to the Hispanic community": a participle after a quotation's frame reports what the
// quotation's speaker refers to or cites, though the sentence is mostly that quotation.
void participle_after_quote(const QuoteContext& c, const ReportedLookups& words, const text::TokenRange& whole,
                            const std::vector<bool>& taken, std::vector<Reported>& out) {
  const auto& doc = c.doc;
  for (uint32_t k = whole.begin + 2; k < whole.end; ++k) {
    if (taken[k] || doc.word(k - 1) != "," || !is_participle(doc.word(k))) continue;
    const auto verb = words.verb(k);
    if (!verb) continue;
    // The frame's cue stands just before the comma, its speaker before it ("Ramos said,") or after it ("said Mr. Hedge,").
    uint32_t cue = k - 1;
    while (cue > whole.begin && k - cue <= kMaxFrameTokens && (taken[cue - 1] || !cue_length(doc, cue - 1))) --cue;
    if (cue == whole.begin || k - cue > kMaxFrameTokens) return;
    --cue;
    const Phrase subject = cue + 2 < k ? phrase_after(doc, cue + 1, k - 1) : phrase_before(doc, cue, whole.begin);
    if (!plausible_speaker(doc, c.token_person, subject)) return;
    Reported found;
    const auto window = frame_window(whole, k, k + verb->tokens);
    if (forward_clause(c, words, taken, window, k, *verb, subject, found) == Forward::Reported) out.push_back(found);
    return;
  }
}

// Inverted at the end: "CLAUSE, X said." or "CLAUSE, said X."; mid-sentence: "CLAUSE, X said, CLAUSE." (the whole
// sentence is reported) or "CLAUSE, X said Friday, as …".
std::optional<Reported> inverted_clause(const QuoteContext& c, const std::vector<bool>& covered,
                                        const text::TokenRange& sent, uint32_t k, uint32_t n) {
  const auto& doc = c.doc;
  if (k <= sent.begin + 1) return std::nullopt;
  uint32_t comma = k;
  while (comma > sent.begin && doc.word(comma - 1) != "," && k - comma < 8) --comma;
  if (comma == sent.begin || doc.word(comma - 1) != ",") return std::nullopt;
  // "…, Ingrid Halvorsen has said.": the auxiliary belongs to the verb, not to the speaker.
  uint32_t spk_end = k;
  while (spk_end > comma && frame_word(doc, spk_end - 1) == FrameWord::Between) --spk_end;
  const Phrase speaker = comma < k ? Phrase{comma, spk_end, comma + 1 == spk_end && frame_word(doc, comma) == FrameWord::Pronoun}
                                   : phrase_after(doc, k + n, sent.end);
  if (!plausible_speaker(doc, c.token_person, speaker) || !bare_phrase(doc, speaker)) return std::nullopt;
  const uint32_t frame_end = comma < k ? k + n : speaker.end;
  // "Sen. Rand Paul, R-Ky., told Fox News that …": a verb with a that-clause of its own is not inverted; nor is a
  // frame that a colon ends before a quote ("Speaking to the BBC, she added: ‘…’"), nor a participle ("…, saying
  // the group “…”" is followed by what was said, not by who said it).
  if (frame_end < sent.end && doc.folded_word(frame_end) == "that") return std::nullopt;
  if (frame_end < doc.tokens.size() && doc.word(frame_end) == ":") return std::nullopt;
  if (comma == k && is_participle(doc.word(k))) return std::nullopt;
  const uint32_t tail = trim_end(doc, frame_end, sent.end);
  uint32_t e = trim_end(doc, sent.begin, comma - 1);
  if (tail > frame_end && doc.word(frame_end) == ",") {
    if (word_count(doc, frame_end, tail) >= 2) e = tail;  // a parenthetical frame: the sentence is the clause
  } else if (tail - frame_end > 8 && !(lexicon::is_function(doc.folded_word(frame_end), lexicon::kSetting) &&
                                       !clause_after_adverbial(doc, frame_end, tail)) &&
             !(comma == k && lexicon::is_function(doc.folded_word(frame_end), lexicon::kRelative))) {
    // (an adverbial of time or place running to the end, "he said in an interview on Saturday", or a relative clause
    // on the speaker after the verb, "said a handful of Democrats who point to …", closes the frame)
    uint32_t next = frame_end;
    while (next < tail && doc.word(next) != "," && next - frame_end < 8) ++next;
    if (next >= tail || doc.word(next) != ",") return std::nullopt;  // the frame runs on: not an inverted cue
  }
  // "When Comey said that …, both sides claimed vindication": one clause that a subordinating conjunction opens is
  // the scene of the frame after it, not its content ("If elected, I will cut taxes, he said" holds a main clause).
  const uint32_t opener = sent.begin + (sent.begin + 1 < e && quote_mark(doc.word(sent.begin)) ? 1 : 0);
  if (subordinator(doc, opener)) {
    bool one_clause = true;
    for (uint32_t t = sent.begin; t < e && one_clause; ++t) one_clause = doc.word(t) != ",";
    if (one_clause) return std::nullopt;
  }
  const uint32_t words = word_count(doc, sent.begin, e);
  if (words < kMinClauseWords || mostly_quoted(covered, sent.begin, e)) return std::nullopt;
  // "At this point, the officer said nothing.": a short opening set by a preposition or an adverb is the scene.
  if (words < kMinSceneWords && lexicon::is_function(doc.folded_word(sent.begin), lexicon::kPreposition | lexicon::kAdverb))
    return std::nullopt;
  return Reported{sent.begin, e, attributed(c, QuoteRule::ReportedSpeech, speaker, k, k + n)};
}

// "He agreed to sell the plane in 2010, records show.": a frame closing the sentence after a comma reports everything
// before it, frames inside included; a verb that reports a clause ("show", "found") stands inverted here too.
std::optional<Reported> closing_frame(const QuoteContext& c, const ReportedLookups& words,
                                      const std::vector<bool>& taken, const text::TokenRange& sent) {
  const auto& doc = c.doc;
  const uint32_t end = trim_end(doc, sent.begin, sent.end);
  for (uint32_t k = end; k-- > sent.begin + 1 && end - k <= kMaxClosingFrame;) {
    if (doc.word(k) == ",") break;
    if (taken[k]) continue;
    const auto verb = words.verb(k);
    if (!verb || verb->object) continue;
    if (word_count(doc, k + verb->tokens, end) > kMaxClosingTail) continue;
    return inverted_clause(c, taken, frame_window(sent, k, k + verb->tokens), k, verb->tokens);
  }
  return std::nullopt;
}

// "The museum, Tom Hall said, would close …": a speech verb set off by commas mid-sentence reports the whole sentence,
// frames inside it included.
std::optional<Reported> parenthetical_frame(const QuoteContext& c, const ReportedLookups& words,
                                            const std::vector<bool>& taken, const text::TokenRange& sent) {
  const auto& doc = c.doc;
  uint32_t comma = 0;  // the last comma before k, 0 when none
  for (uint32_t k = sent.begin + 1; k + 1 < sent.end; ++k) {
    if (doc.word(k) == ",") comma = k;
    if (!comma || k - comma > kMaxParenthetical || taken[k]) continue;
    const auto verb = words.verb(k);
    if (!verb || verb->report_only) continue;
    uint32_t after = k + verb->tokens;
    while (after < sent.end && after - k <= kMaxParenthetical && doc.word(after) != ",") ++after;
    if (after >= sent.end || doc.word(after) != ",") continue;
    return inverted_clause(c, taken, frame_window(sent, k, k + verb->tokens), k, verb->tokens);
  }
  return std::nullopt;
}

}  // namespace

std::vector<Reported> find_reported(const QuoteContext& c, const std::vector<bool>& covered) {
  std::vector<Reported> out;
  const auto& doc = c.doc;
  // Quotations, then every clause reported so far: no two reports take the same words.
  std::vector<bool> taken = covered;
  find_headline_claim(c, taken, out);
  for (const auto& r : out) std::fill(taken.begin() + r.begin, taken.begin() + r.end, true);
  const ReportedLookups words(doc);
  for (const auto& whole : doc.sentences) {
    uint32_t quoted = 0;
    for (uint32_t t = whole.begin; t < whole.end; ++t) quoted += covered[t];
    // An unnamed asker's question comes first: "Asked whether …, Trump said no" does not report the question as his.
    find_questions(c, whole, words, taken, out);
    if (quoted * 2 > whole.end - whole.begin) {
      participle_after_quote(c, words, whole, taken, out);
      continue;
    }
    const std::size_t first = out.size();
    if (according_to(c, whole, taken, out) || in_document(c, words, whole, taken, out)) continue;
    auto closing = closing_frame(c, words, taken, whole);
    if (!closing) closing = parenthetical_frame(c, words, taken, whole);
    if (closing) {
      out.push_back(*closing);
      std::fill(taken.begin() + closing->begin, taken.begin() + closing->end, true);
      continue;
    }
    for (uint32_t k = whole.begin; k < whole.end; ++k) {
      if (taken[k]) continue;
      const auto verb = words.verb(k);
      if (!verb) continue;
      // A frame and its clause lie within the window around the verb, however long the sentence runs.
      const text::TokenRange sent = frame_window(whole, k, k + verb->tokens);
      const Phrase subject = frame_subject(doc, sent, k);
      if (verb->report_only && (passive_with_agent(doc, sent, k, verb->tokens) || passive_expectation(doc, sent, k) ||
                                (verb->object && passive_object(doc, sent, k))))
        continue;
      if (plausible_speaker(doc, c.token_person, subject)) {
        Reported found;
        const Forward f = forward_clause(c, words, taken, sent, k, *verb, subject, found);
        if (f == Forward::Skip) continue;
        if (f == Forward::Reported) {
          out.push_back(found);
          k = std::max(k, found.end);  // the sentence may go on to another frame: "… and said CLAUSE"
          continue;
        }
      }
      if (verb->report_only) continue;  // only speech verbs stand inverted after their clause
      if (auto inverted = inverted_clause(c, taken, sent, k, verb->tokens)) {
        out.push_back(*inverted);
        break;
      }
    }
    for (std::size_t i = first; i < out.size(); ++i)
      std::fill(taken.begin() + out[i].begin, taken.begin() + out[i].end, true);
    // The writer's own hedge ("the campaign appeared to retreat") reports only where no frame took its words.
    find_hedges(c, whole, words, taken, out);
  }
  return out;
}

}  // namespace newsmark::quotes

#include "util/small_end.h"
