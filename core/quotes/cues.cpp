#include "quotes/cues.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "lexicon/frame_words.h"
#include "lexicon/function_words.h"
#include "lexicon/gazetteer.h"
#include "lexicon/inflect.h"
#include "lexicon/key_table.h"
#include "lexicon/speech_verbs.h"
#include "util/tsv.h"

namespace newsmark::data {
extern const std::string_view quote_report_verbs_tsv;
extern const std::string_view quote_speech_nouns_txt;
}  // namespace newsmark::data

namespace newsmark::quotes {
namespace {

const lexicon::Gazetteer& verbs() { return lexicon::speech_verbs(); }

// The frame entry of token t's folded form. The folded text is shared by every stage, so nothing is copied.
lexicon::FrameEntry frame_entry(const text::Document& doc, std::size_t t) {
  if (doc.tokens[t].kind != text::TokenKind::Word) return {};
  return lexicon::frame_entry(doc, t);
}

const lexicon::Gazetteer& report_verbs() {
  static const auto g = [] {
    lexicon::Gazetteer g;
    util::for_each_record(data::quote_report_verbs_tsv, [&](const auto& f) {
      if (f.size() < 3) return;
      const auto role = static_cast<uint32_t>(f[2] == "object" ? ReportRole::Object : ReportRole::Clause);
      util::for_each_item(f[1], [&](std::string_view form) { g.add(form, role, lexicon::Case::kFold); });
    });
    return g;
  }();
  return g;
}


// A word that may be a verb by its case: lower case, or capitalised in a title-case headline.
bool verb_case(const text::Document& doc, std::size_t t) {
  const auto& tok = doc.tokens[t];
  return tok.kind == text::TokenKind::Word && (!tok.has(text::kCapitalized) || tok.has(text::kHeadline));
}

// After a determiner the form is an adjective or a noun ("its continued build-up", "the reported deal").
bool after_determiner(const text::Document& doc, std::size_t t) {
  return t > 0 && doc.tokens[t - 1].kind == text::TokenKind::Word &&
         lexicon::is_function(doc, t - 1, lexicon::kDeterminer);
}

// A "that" clause at `t`, or after a phrase that sets where or when ("writes in The Atlantic that").
bool clause_follows(const text::Document& doc, std::size_t t) {
  constexpr std::size_t kSettingWords = 6;
  if (t < doc.tokens.size() && lexicon::is_function(doc, t, lexicon::kSetting))
    for (std::size_t k = t + 1; k < doc.tokens.size() && k <= t + kSettingWords; ++k) {
      if (doc.tokens[k].kind != text::TokenKind::Word) return false;
      if (doc.folded_word(k) == "that") return true;
    }
  return t < doc.tokens.size() && doc.folded_word(t) == "that";
}

// "tweets", "claims", "fears" are nouns as often as verbs: as verbs they follow their subject directly.
bool noun_reading(const text::Document& doc, std::size_t t, uint32_t n) {
  const auto w = doc.word(t);
  if (n != 1 || w.size() <= 3 || w.back() != 's' || w == "says" || t == 0) return false;
  const auto& prev = doc.tokens[t - 1];
  // "it" and "who" take verbs only: "what it calls", "a senator who claims".
  const auto pw = doc.folded_word(t - 1);
  // Right after a closing mark the form is the frame's verb: "“…,” writes Nate Silver"; so is a form followed by
  // "that" ("X, a professor, writes that …").
  if (quote_mark(pw) || (pw == "," && t >= 2 && quote_mark(doc.word(t - 2)))) return false;
  if (clause_follows(doc, t + 1)) return false;
  // "as the Heritage Foundation website notes:": a form before the colon that introduces the words is the verb.
  if (t + 1 < doc.tokens.size() && doc.word(t + 1) == ":" && prev.kind == text::TokenKind::Word) return false;
  // "X, founder of the center, tells Breitbart News": after an apposition's comma, a form with a name or a pronoun
  // for its object is the verb.
  if (pw == "," && t + 1 < doc.tokens.size() && doc.tokens[t + 1].kind == text::TokenKind::Word &&
      (doc.tokens[t + 1].has(text::kCapitalized) || lexicon::is_function(doc, t + 1, lexicon::kObject)))
    return false;
  // "Mills then writes", "he also claims": a closed-class adverb stands between the subject and its verb.
  return !(prev.has(text::kCapitalized) || frame_word(doc, t - 1) == FrameWord::Pronoun || pw == "it" || pw == "who" ||
           (prev.kind == text::TokenKind::Word && lexicon::is_function(pw, lexicon::kAdverb)));
}

// The same ambiguity for report verbs, whose subjects are often common nouns ("the poll shows"): a form followed by
// "of" is a noun ("prompted fears of an invasion").
bool report_noun_reading(const text::Document& doc, std::size_t t, uint32_t n) {
  const auto w = doc.word(t);
  if (n != 1 || w.size() <= 3 || w.back() != 's' || t == 0) return false;
  return t + 1 < doc.tokens.size() && doc.word(t + 1) == "of";
}

}  // namespace

ReportVerb report_verb(const text::Document& doc, std::size_t t) {
  if (!verb_case(doc, t)) return {};
  const auto m = report_verbs().longest(doc, t);
  if (!m.tokens || after_determiner(doc, t) || report_noun_reading(doc, t, m.tokens)) return {};
  return {static_cast<uint32_t>(m.tokens), static_cast<ReportRole>(m.values[0])};
}

bool introduces_clause(const text::Document& doc, std::size_t t) {
  const auto m = verbs().longest(doc, t);
  return m.tokens > 0 && m.values[0] == lexicon::kReports;
}


bool determiner(std::string_view w) { return lexicon::is_function(w, lexicon::kDeterminer); }

namespace {

// Whether w is a regular form of a speech verb whose listed forms leave it out (they list those that are mostly nouns
// elsewhere): a lemma is known by its past form in the list ("quip" and "continues" by "quipped" and "continued").
bool unlisted_form(std::string_view w) {
  if (w.size() < 3 || w.ends_with("ed") || w.ends_with("ing")) return false;
  for (const std::string_view lemma : {w, w.substr(0, w.size() - 1), w.substr(0, w.size() - 2)}) {
    if (lemma.size() < 3) continue;
    const auto forms = lexicon::regular_forms(lemma);
    if (std::find(forms.begin(), forms.end(), w) == forms.end()) continue;
    for (const auto& form : forms)
      if (form.ends_with("ed") && !verbs().find(form).empty()) return true;
  }
  return false;
}

// "could only quip: “…”", "Wallnau continues: “…”": right before a quote's colon, comma or mark, such a form is the
// quote's verb; after a modal (and at most two adverbs) its lemma too ("will post, “…”").
bool unlisted_cue(const text::Document& doc, std::size_t t) {
  if (t + 1 >= doc.tokens.size() || t == 0) return false;
  const auto next = doc.word(t + 1);
  const bool mark_after = t + 2 < doc.tokens.size() && quote_mark(doc.word(t + 2));
  const bool introduces = (next == ":" || next == ",") && mark_after;
  if (!introduces && !quote_mark(next)) return false;
  const auto w = doc.folded_word(t);
  if (!unlisted_form(w) || after_determiner(doc, t) || doc.tokens[t - 1].kind == text::TokenKind::Possessive) return false;
  // "continues:", a finite form, only where its punctuation introduces the quote: not "Putin Remarks ‘Troubling’".
  if (w.ends_with("s")) return introduces;
  std::size_t m = t;
  while (m > 0 && t - m < 3 && doc.tokens[m - 1].kind == text::TokenKind::Word &&
         lexicon::is_function(doc.folded_word(m - 1), lexicon::kAdverb))
    --m;
  if (m == 0 || doc.tokens[m - 1].kind != text::TokenKind::Word) return false;
  const auto modal = doc.folded_word(m - 1);
  return lexicon::is_function(modal, lexicon::kAuxiliary) && !modal.starts_with("ha");
}

}  // namespace

uint32_t cue_length(const text::Document& doc, std::size_t t) {
  // Speech verbs are written in lower case; a capitalised "States" or "Reports" is part of a name, unless a title-case
  // headline capitalises every word ("Christie Calls Clinton ‘A Disgrace’").
  if (!verb_case(doc, t)) return 0;
  const uint32_t n = verbs().longest(doc, t).tokens;
  if (!n) return unlisted_cue(doc, t) ? 1 : 0;
  if (after_determiner(doc, t) || noun_reading(doc, t, n)) return 0;
  // "the Senate goes on recess", "cut in line": a cue ending in a particle, with a content word right after it, is
  // another verb ("went on", "cut in" stand before a pause or the words they frame).
  if (n >= 2 && t + n < doc.tokens.size() && lexicon::is_function(doc.folded_word(t + n - 1), lexicon::kPreposition)) {
    const auto& next = doc.tokens[t + n];
    if (next.kind == text::TokenKind::Word && !next.has(text::kCapitalized) &&
        !lexicon::function_word(doc.folded_word(t + n)))
      return 0;
  }
  return n;
}

// Asked once per quote, not per token: compiled for size, and kept out of its callers.
#include "util/small.h"
[[gnu::noinline]] uint32_t opening_cue_length(const text::Document& doc, std::size_t t) {
  if (t + 1 >= doc.tokens.size() || !doc.tokens[t].has(text::kCapitalized) || doc.tokens[t].has(text::kHeadline) ||
      !doc.tokens[t + 1].has(text::kCapitalized) || frame_word(doc, t + 1) == FrameWord::Time)
    return 0;
  // Not a participle opening a clause of its own ("Speaking Sunday, …", "Asked about it, Anna Berg said").
  const auto w = doc.folded_word(t);
  if (w.ends_with("ing") || w == "asked" || w == "told") return 0;
  return verbs().longest(doc, t).tokens == 1 ? 1 : 0;
}
#include "util/small_end.h"

uint32_t closing_cue_length(const text::Document& doc, std::size_t t) {
  if (const uint32_t n = cue_length(doc, t)) return n;
  if (!verb_case(doc, t)) return 0;
  uint32_t n = verbs().longest(doc, t).tokens;
  // "“…,” a voice-over in the ad states.": a regular form the list leaves out, as mostly a noun elsewhere, is the
  // verb here too.
  if (!n && unlisted_form(doc.folded_word(t))) n = 1;
  if (!n || t + n >= doc.tokens.size() || after_determiner(doc, t)) return 0;
  // "“…,” the letter reads.", "“…,” the Saudis state in the white paper": a form ending its clause, or before a
  // preposition that sets where, is the verb, whatever stands before it.
  const bool ends = doc.tokens[t + n].kind == text::TokenKind::Punct ||
                    lexicon::is_function(doc.folded_word(t + n), lexicon::kSetting);
  return ends ? n : 0;
}

bool speech_noun(const text::Document& doc, std::size_t t) {
  static const auto g = [] {
    lexicon::Gazetteer g;
    util::for_each_record(data::quote_speech_nouns_txt, [&](const auto& f) { g.add(f[0], 1, lexicon::Case::kFold); });
    return g;
  }();
  return doc.tokens[t].kind == text::TokenKind::Word && !doc.tokens[t].has(text::kCapitalized) &&
         !g.find(doc.folded_word(t)).empty();
}

FrameWord frame_word(const text::Document& doc, std::size_t t) {
  const auto role = frame_entry(doc, t).role;
  // "George Will described …", "…,” Will described Trump": a capitalised auxiliary that does not open its sentence is
  // a name, outside headlines.
  if (role == FrameWord::Between && t > 0 && doc.tokens[t].has(text::kCapitalized) && !doc.tokens[t].has(text::kHeadline)) {
    uint32_t first = doc.sentence_at(t).begin;
    while (first < t && doc.tokens[first].kind == text::TokenKind::Punct) ++first;
    if (first != t) return FrameWord::None;
  }
  return role;
}

bool linking_preposition(const text::Document& doc, std::size_t t) { return frame_entry(doc, t).preposition; }

}  // namespace newsmark::quotes
