#include "quotes/source.h"

#include "quotes/cues.h"

namespace newsmark::quotes {
namespace {

constexpr uint32_t kMaxPhrase = 8;

bool is_word(const text::Document& doc, uint32_t t) {
  const auto k = doc.tokens[t].kind;
  // The apostrophe of a plural possessive ("the students’ union") joins its word.
  if (k == text::TokenKind::Punct && doc.word(t) == "'" && !doc.tokens[t].has(text::kSpaceBefore) && t > 0 &&
      doc.tokens[t - 1].kind == text::TokenKind::Word)
    return true;
  return k == text::TokenKind::Word || k == text::TokenKind::Possessive || k == text::TokenKind::Handle ||
         (k == text::TokenKind::Number && t > 0);
}

}  // namespace

uint32_t skip_parenthesis_back(const text::Document& doc, uint32_t end, uint32_t floor) {
  if (end <= floor || doc.word(end - 1) != ")") return end;
  for (uint32_t k = end - 1; k-- > floor && end - k <= kMaxPhrase;)
    if (doc.word(k) == "(") return k;
  return end;
}

namespace {

bool stops(const text::Document& doc, uint32_t t) {
  return !is_word(doc, t) || frame_word(doc, t) == FrameWord::Boundary || cue_length(doc, t) > 0;
}

}  // namespace

Phrase phrase_before(const text::Document& doc, uint32_t cue, uint32_t floor) {
  uint32_t end = cue;
  while (end > floor && frame_word(doc, end - 1) == FrameWord::Between) --end;
  end = skip_parenthesis_back(doc, end, floor);
  // "X, Nato's secretary-general, said": the speaker is X, before the apposition.
  if (end > floor + 1 && doc.word(end - 1) == ",") {
    uint32_t c = end - 1;
    while (c > floor && c + kMaxPhrase > end && doc.word(c - 1) != "," && is_word(doc, c - 1)) --c;
    if (c > floor && doc.word(c - 1) == ",") end = c - 1;
    else return {};
  }
  uint32_t begin = end;
  while (begin > floor && end - begin < kMaxPhrase && !stops(doc, begin - 1)) --begin;
  if (begin == end) return {};
  // A pronoun subject is the pronoun alone ("“...,” he said").
  if (frame_word(doc, end - 1) == FrameWord::Pronoun) return {end - 1, end, true};
  // A capitalised conjunction or adverb opening the sentence is not part of the speaker ("But Ms Truss said").
  while (begin < end && doc.tokens[begin].kind == text::TokenKind::Word && frame_word(doc, begin) == FrameWord::Boundary)
    ++begin;
  return {begin, end, false};
}

Phrase phrase_after(const text::Document& doc, uint32_t from, uint32_t ceiling) {
  uint32_t b = from;
  if (b < ceiling && frame_word(doc, b) == FrameWord::Pronoun) return {b, b + 1, true};
  uint32_t e = b;
  while (e < ceiling && e - b < kMaxPhrase && is_word(doc, e) && frame_word(doc, e) != FrameWord::Boundary) ++e;
  return {b, e, false};
}

}  // namespace newsmark::quotes
