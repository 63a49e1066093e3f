// The text layer's product, on which every recogniser stands: the repaired text, its UTF-16 offsets, the normalised
// view, tokens, paragraphs and sentences, and the document-date header if the text opens with one.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/normalize.h"
#include "text/token.h"

namespace newsmark::text {

struct TokenRange {
  uint32_t begin = 0, end = 0;  // token indices, end exclusive
  bool empty() const { return begin >= end; }
};

// A first line `date YYYY-MM-DD`: the article's own date, given by whoever prepared the text.
struct DateHeader {
  std::string value;         // YYYY-MM-DD
  uint32_t begin = 0, end = 0;  // bytes of the value in the text
  uint32_t body = 0;            // byte where the article proper starts
};

struct Document {
  std::string text;            // the input, with invalid UTF-8 replaced
  std::vector<uint32_t> u16;   // byte -> UTF-16 index (see utf8.h)
  NormalView norm;
  // norm.s with ASCII and Latin-1 capitals lower-cased (text/fold.h): folding keeps every byte where it is, so token
  // offsets index it too, and the many case-blind look-ups per token need no copy of their own.
  std::string folded;
  std::vector<Token> tokens;   // only the body: the header is not tokenised as prose
  std::vector<TokenRange> paragraphs;
  std::vector<TokenRange> sentences;
  std::optional<DateHeader> header;

  std::string_view word(std::size_t t) const {
    return std::string_view(norm.s).substr(tokens[t].begin, tokens[t].end - tokens[t].begin);
  }
  std::string_view folded_word(std::size_t t) const {
    return std::string_view(folded).substr(tokens[t].begin, tokens[t].end - tokens[t].begin);
  }
  // Byte offsets in `text` of a token or of a run of tokens.
  uint32_t text_begin(std::size_t t) const { return norm.to_text[tokens[t].begin]; }
  uint32_t text_end(std::size_t t) const;
  // UTF-16 indices: what every span in the output uses.
  uint32_t js_begin(std::size_t t) const { return u16[text_begin(t)]; }
  uint32_t js_end(std::size_t t) const { return u16[text_end(t)]; }
  uint32_t js(uint32_t text_byte) const { return u16[text_byte]; }
};

Document make_document(std::string_view utf8);

}  // namespace newsmark::text
