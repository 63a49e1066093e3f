// Tokens over the normalised view: words (with inner apostrophes and hyphens), possessive 's, numbers with separators,
// punctuation, @handles, #hashtags, URLs, e-mail addresses and symbols such as emoji.
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
};

struct Token {
  uint32_t begin = 0, end = 0;  // bytes in the normalised view
  TokenKind kind = TokenKind::Word;
  uint8_t flags = 0;
  bool has(TokenFlag f) const { return (flags & f) != 0; }
};

std::vector<Token> tokenize(std::string_view norm);

}  // namespace newsmark::text
