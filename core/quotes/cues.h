// The words that frame a quote: speech verbs (cues) and the words around them, read from core/data.
#pragma once
#include <cstdint>
#include <string_view>

#include "lexicon/frame_words.h"
#include "text/document.h"

namespace newsmark::quotes {

using FrameWord = lexicon::FrameRole;

// Tokens taken by a speech verb starting at t ("said" 1, "pointed out" 2), or 0.
uint32_t cue_length(const text::Document& doc, std::size_t t);

// Like cue_length, and also a noun-like form ("reads", "notes") that ends its clause: "“…,” the letter reads."
uint32_t closing_cue_length(const text::Document& doc, std::size_t t);

// "Said Anna Berg, “…”": a capitalised one-word verb of saying at t, the first word of its sentence, before a
// capitalised word (1), else 0. The caller knows t opens the sentence.
uint32_t opening_cue_length(const text::Document& doc, std::size_t t);

// True when the speech verb at t (cue_length > 0) also introduces reported speech without marks ("said the talks").
bool introduces_clause(const text::Document& doc, std::size_t t);

// A quotation mark: the document writes every double mark as " and every single one as '.
inline bool quote_mark(std::string_view w) { return w == "\"" || w == "'"; }

// A noun naming something said ("comment", "warning": quote-speech-nouns.txt).
bool speech_noun(const text::Document& doc, std::size_t t);

FrameWord frame_word(const text::Document& doc, std::size_t t);

// A preposition that can link a speaker's noun phrase to what describes it ("officials in Washington", "experts on
// North Korea"), marked `preposition` in quote-frame-words.tsv. It is a subset of the prepositions of
// function-words.tsv on purpose: "of", "for", "after" and "since" attach to a clause or make the cue a noun instead.
bool linking_preposition(const text::Document& doc, std::size_t t);

// A form in -ing: "Speaking at a town hall", "saying".
inline bool is_participle(std::string_view w) { return w.size() > 4 && w.substr(w.size() - 3) == "ing"; }

// A form in -ed: "released", "pointed".
inline bool is_past_form(std::string_view w) { return w.size() > 4 && w.ends_with("ed"); }

// How far from a quote's marks its frame may reach, in tokens. Every per-quote scan of its sentence stays inside this
// window, so a sentence that never ends (text without punctuation, a 10 MB paste) costs linear time, not quadratic.
constexpr uint32_t kFrameWindow = 80;

// The part of `sent` within kFrameWindow tokens of [b, e).
inline text::TokenRange frame_window(const text::TokenRange& sent, uint32_t b, uint32_t e) {
  return {b > sent.begin + kFrameWindow ? b - kFrameWindow : sent.begin,
          sent.end > e + kFrameWindow ? e + kFrameWindow : sent.end};
}

// A determiner or possessive before a noun, folded: "the", "a", "his", "this", "those".
bool determiner(std::string_view folded);

// A dash as the normalised text writes it: "-", "--" or an em dash (signatures, appositions, asides).
inline bool is_dash(std::string_view w) {
  // hyphen, two hyphens, em dash, en dash, horizontal bar: every way news sets a dash before a signature
  return w == "-" || w == "--" || w == "\xE2\x80\x94" || w == "\xE2\x80\x93" || w == "\xE2\x80\x95";
}

// A finite verb form of at least `min_size` letters: "-ed", or "-s" but not "-ss".
inline bool finite_form(std::string_view w, std::size_t min_size) {
  return w.size() >= min_size && (w.ends_with("ed") || (w.ends_with("s") && !w.ends_with("ss")));
}

// A token of running words: a word, a number, a possessive, or the hyphen inside one ("so-called").
inline bool in_words(const text::Document& doc, uint32_t t) {
  const auto& tok = doc.tokens[t];
  if (tok.kind != text::TokenKind::Punct) return true;
  return doc.word(t) == "-" && !tok.has(text::kSpaceBefore) && t + 1 < doc.tokens.size() &&
         !doc.tokens[t + 1].has(text::kSpaceBefore);
}

// Tokens in [b, e) that are not punctuation.
inline uint32_t word_count(const text::Document& doc, uint32_t b, uint32_t e) {
  uint32_t n = 0;
  for (uint32_t t = b; t < e; ++t) n += doc.tokens[t].kind != text::TokenKind::Punct;
  return n;
}

// A verb whose object ("cited derogatory comments") or content clause ("the report found that …") is reported
// speech, though it is no cue for a quotation (core/data/quote-report-verbs.tsv).
enum class ReportRole : uint8_t { None, Object, Clause };
struct ReportVerb {
  uint32_t tokens = 0;
  ReportRole role = ReportRole::None;
};
ReportVerb report_verb(const text::Document& doc, std::size_t t);

}  // namespace newsmark::quotes
