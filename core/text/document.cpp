#include "text/document.h"

#include <algorithm>
#include <cstring>

#include "text/chars.h"
#include "text/header.h"
#include "text/segment.h"
#include "text/utf8.h"

namespace newsmark::text {

namespace {

// How many of the ranges (in text order) begin at or before token t: 1 + the index of the last such range, 0 for none.
std::size_t begun_by(const std::vector<TokenRange>& ranges, std::size_t t) {
  return static_cast<std::size_t>(std::upper_bound(ranges.begin(), ranges.end(), static_cast<uint32_t>(t),
                                                   [](uint32_t x, const TokenRange& r) { return x < r.begin; }) -
                                  ranges.begin());
}

}  // namespace

TokenRange Document::sentence_at(std::size_t t) const {
  const std::size_t k = begun_by(sentences, t);
  return k == 0 ? TokenRange{} : sentences[k - 1];
}

uint32_t Document::sentence_index(std::size_t t) const {
  const std::size_t k = begun_by(sentences, t);
  return k == 0 || t >= sentences[k - 1].end ? 0 : static_cast<uint32_t>(k - 1);
}

uint32_t Document::paragraph_index(std::size_t t) const {
  const std::size_t k = begun_by(paragraphs, t);
  return k == 0 ? 0 : static_cast<uint32_t>(k - 1);
}

uint32_t Document::text_end(std::size_t t) const {
  // The byte after the token's last normalised character, in the original: one original character may have become
  // several normalised bytes ("…" -> "..."), so step over the whole original character.
  const uint32_t last = text_at(tokens[t].end - 1);
  if (norm.s[tokens[t].end - 1] == '"' && (text[last] == '`' || text[last] == '\'')) return last + 2;  // `` ''
  char32_t cp;
  return last + decode_at(text, last, cp);
}

namespace {

// One original character that became several normalised bytes ("…" -> "...") must not be split between two tokens,
// or their spans in the text would overlap: a token that starts inside such a character joins the one before it.
// Only the ellipsis expands into bytes the tokenizer may split ('.'), so only a '.' right after a token is looked up.
void join_split_characters(const NormalView& norm, std::vector<Token>& tokens) {
  std::size_t w = 0;
  for (std::size_t r = 0; r < tokens.size(); ++r) {
    const uint32_t b = tokens[r].begin;
    if (w > 0 && tokens[w - 1].end == b && norm.s[b] == '.' && norm.to_text(b) == norm.to_text(b - 1)) {
      tokens[w - 1].end = tokens[r].end;
      continue;
    }
    tokens[w++] = tokens[r];
  }
  tokens.resize(w);
}

// A headline in title case (a whole line, no lower-case word of four letters or more) capitalises every word, so
// capitals there say nothing about names, and verbs are capitalised too.
void mark_headlines(Document& d) {
  const std::size_t n = d.tokens.size();
  for (const auto& s : d.sentences) {
    const bool line = (s.begin == 0 || d.tokens[s.begin].has(kLineBefore)) &&
                      (s.end >= n || d.tokens[s.end].has(kLineBefore));
    if (!line) continue;
    uint32_t caps = 0, lower = 0;
    for (uint32_t t = s.begin; t < s.end; ++t) {
      const auto& tok = d.tokens[t];
      if (tok.kind != TokenKind::Word || tok.end - tok.begin < 4) continue;
      (tok.has(kCapitalized) ? caps : lower) += 1;
    }
    if (lower == 0 && caps >= 4)
      for (uint32_t t = s.begin; t < s.end; ++t) d.tokens[t].flags |= kHeadline;
  }
}

// Token t's hashes given its hash as written: the folded one is that same hash unless folding changes the token.
void set_hashes(Document& d, std::size_t t, uint32_t exact) {
  if (!d.tokens[t].folds) {
    d.hashes[t] = exact;
    return;
  }
  d.hashes[t] = word_hash(d.folded_word(t));
  d.exact_hashes[d.folded.index(t)] = exact;
}

// Token t's hashes and hyphen from its view: for the few tokens over eight bytes or near the text's end. Out of line,
// so the page carries one copy of the hash loop.
[[gnu::noinline]] void hash_token_slowly(Document& d, std::size_t t) {
  const auto w = d.word(t);
  d.tokens[t].hyphen = w.find('-') != std::string_view::npos;
  set_hashes(d, t, word_hash(w));
}

// Each token's hashes (Document::hashes) and Token::hyphen. Most tokens are eight bytes or less: one masked load
// each, where a hash of the token's view cost three times; the folded form is FoldedWords' copy.
void hash_tokens(Document& d) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  const std::string_view s = d.norm.s;
  d.hashes.resize(d.tokens.size());
  d.exact_hashes.resize(d.folded.count());
  for (std::size_t t = 0; t < d.tokens.size(); ++t) {
    const std::size_t b = d.tokens[t].begin, n = d.tokens[t].end - b;
    if (n - 1 >= 8 || b + 8 > s.size()) {
      hash_token_slowly(d, t);
      continue;
    }
    uint64_t w;
    std::memcpy(&w, s.data() + b, 8);
    if (n < 8) w &= (uint64_t{1} << (n * 8)) - 1;
    const uint64_t dashes = w ^ ('-' * kOnes);  // a zero byte where w has a '-' (the padding is no zero)
    d.tokens[t].hyphen = ((dashes - kOnes) & ~dashes & kHigh) != 0;
    set_hashes(d, t, word_hash_of_word(w, n));
  }
}

// Everything that follows from the text: offsets, the normalised view, tokens, paragraphs and sentences.
void settle(Document& d) {
  d.utf16 = Utf16Index(d.text);
  d.header = find_date_header(d.text);
  const uint32_t body = d.header ? d.header->body : 0;
  // Only the body is normalised and tokenised; its offsets are shifted so they still index the whole text.
  d.norm = normalize(std::string_view(d.text).substr(body), body);
  d.tokens = tokenize(d.norm.s);
  join_split_characters(d.norm, d.tokens);
  d.folded = FoldedWords(d.norm.s, d.tokens);
  hash_tokens(d);
  d.paragraphs = find_paragraphs(d.norm.s, d.tokens);
  d.sentences = find_sentences(d);
  mark_headlines(d);
}

}  // namespace

Document make_document(std::string_view utf8) {
  Document d;
  if (valid_prefix(utf8) == utf8.size()) {
    d.text = utf8;
  } else {
    d.repaired = std::make_shared<const std::string>(repair_utf8(utf8));
    d.text = *d.repaired;
  }
  settle(d);
  return d;
}

Document make_document(std::string&& utf8) {
  Document d;
  d.repaired = std::make_shared<const std::string>(valid_prefix(utf8) == utf8.size() ? std::move(utf8) : repair_utf8(utf8));
  d.text = *d.repaired;
  settle(d);
  return d;
}

}  // namespace newsmark::text
