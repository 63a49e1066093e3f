// The text layer's product, on which every recogniser stands: the repaired text, its UTF-16 offsets, the normalised
// view, tokens, paragraphs and sentences, and the document-date header if the text opens with one.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/folded_words.h"
#include "text/normalize.h"
#include "text/token.h"
#include "text/utf16_index.h"
#include "text/word_hash.h"

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
  // The input, with invalid UTF-8 replaced. Valid input is not copied: `text` views the caller's bytes, which must then
  // outlive the Document; otherwise it views `repaired`, which copies of the Document share.
  std::string_view text;
  std::shared_ptr<const std::string> repaired;
  Utf16Index utf16;            // byte of text -> UTF-16 index, through js()
  NormalView norm;
  // Tokens with ASCII and Latin-1 capitals lower-cased (text/fold.h), for the many case-blind look-ups per token.
  FoldedWords folded;
  std::vector<Token> tokens;   // only the body: the header is not tokenised as prose
  // Each token's text::word_hash folded, hashed once here: every stage looks the same tokens up in its own tables
  // (lexicon/key_table.h), and hashing them at each look-up cost more than the look-ups' probes. The hash as written
  // differs only for the few tokens folding changes, so theirs alone sit in exact_hashes (by FoldedWords::index).
  std::vector<uint32_t> hashes;
  std::vector<uint32_t> exact_hashes;
  std::vector<TokenRange> paragraphs;
  std::vector<TokenRange> sentences;
  std::optional<DateHeader> header;

  std::string_view word(std::size_t t) const {
    return std::string_view(norm.s).substr(tokens[t].begin, tokens[t].end - tokens[t].begin);
  }
  std::string_view folded_word(std::size_t t) const {
    return folded.at(t, tokens[t], word(t));
  }
  uint32_t word_hash(std::size_t t) const { return tokens[t].folds ? exact_hashes[folded.index(t)] : hashes[t]; }
  uint32_t folded_hash(std::size_t t) const { return hashes[t]; }
  // The first byte of folded_word(t), without finding the folded copy: an ASCII capital is the only first byte folding
  // changes (a Latin-1 capital keeps its lead byte C3).
  char folded_first(std::size_t t) const {
    const char c = norm.s[tokens[t].begin];
    return static_cast<unsigned>(c - 'A') < 26u ? static_cast<char>(c + 32) : c;
  }
  // The byte in `text` of a byte of the normalised view.
  uint32_t text_at(uint32_t norm_byte) const { return norm.to_text(norm_byte); }
  // Byte offsets in `text` of a token or of a run of tokens.
  uint32_t text_begin(std::size_t t) const { return text_at(tokens[t].begin); }
  uint32_t text_end(std::size_t t) const;
  // The sentence holding token t, or an empty range at 0 before the first sentence.
  TokenRange sentence_at(std::size_t t) const;
  // The index of the sentence holding token t (0 outside every sentence).
  uint32_t sentence_index(std::size_t t) const;
  // The index of the paragraph holding token t (0 before the first paragraph).
  uint32_t paragraph_index(std::size_t t) const;
  const TokenRange& paragraph_at(std::size_t t) const { return paragraphs[paragraph_index(t)]; }
  // UTF-16 indices: what every span in the output uses.
  uint32_t js_begin(std::size_t t) const { return js(text_begin(t)); }
  uint32_t js_end(std::size_t t) const { return js(text_end(t)); }
  uint32_t js(uint32_t text_byte) const { return utf16.at(text, text_byte); }
};

// Views `utf8` when it is valid UTF-8 (see Document::text), so the caller keeps it alive as long as the Document.
Document make_document(std::string_view utf8);
// A temporary string is kept by the Document itself.
Document make_document(std::string&& utf8);
inline Document make_document(const char* utf8) { return make_document(std::string_view(utf8)); }

}  // namespace newsmark::text
