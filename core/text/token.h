// Tokens over the normalised view: words (with inner apostrophes and hyphens; dotted acronyms such as U.S. whole; each
// CJK ideograph alone), possessive 's (also the contracted "is": it's -> it + 's), numbers with separators and suffixes
// (1,700 3.5 20:30 1990s '90s), punctuation (a run of the same . - ! ? is one token), @handles, #hashtags, URLs,
// e-mail addresses, and symbols (an emoji sequence with its skin tone, flag pair or ZWJ joins is one symbol).
// A trailing apostrophe (students') stays punctuation: it may as well close a single quote.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

namespace newsmark::text {

enum class TokenKind : uint8_t { Word, Number, Punct, Possessive, Handle, Hashtag, Url, Email, Symbol };

enum TokenFlag : uint8_t {
  kSpaceBefore = 1,   // white space separates it from the previous token
  kLineBefore = 2,    // a line break separates it from the previous token
  kCapitalized = 4,   // starts with an upper-case letter
  kAllCaps = 8,       // two or more letters, none lower-case
  kHeadline = 16,     // in a title-case line, where every word is capitalised (set by make_document)
};

struct Token {
  uint32_t begin = 0, end = 0;  // bytes in the normalised view
  TokenKind kind = TokenKind::Word;
  uint8_t flags = 0;
  bool has(TokenFlag f) const { return (flags & f) != 0; }
};

std::vector<Token> tokenize(std::string_view norm);

}  // namespace newsmark::text
