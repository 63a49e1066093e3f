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

// A token is the heaviest per-token record of every stage (one per 5 bytes of text), so it takes 8 bytes, not 12:
// offsets below 2^25 (kMaxTokenOffset, above the largest input analyze accepts) leave each 32-bit word 7 spare bits,
// which hold the kind and the flags. The fields read and assign like the plain members they replaced.
inline constexpr uint32_t kMaxTokenOffset = (1u << 25) - 1;

namespace token_bits {
inline constexpr uint32_t kOffset = kMaxTokenOffset;
// One 32-bit word seen through a view of some of its bits; a union of views shares the word.
template <unsigned Shift, uint32_t Mask, typename T>
struct Field {
  uint32_t raw;
  operator T() const { return static_cast<T>((raw >> Shift) & Mask); }
  Field& operator=(T v) {
    raw = (raw & ~(Mask << Shift)) | ((static_cast<uint32_t>(v) & Mask) << Shift);
    return *this;
  }
  Field& operator|=(T v) { return *this = static_cast<T>(T(*this) | v); }
};
}  // namespace token_bits

struct Token {
  union {
    token_bits::Field<0, token_bits::kOffset, uint32_t> begin;  // bytes in the normalised view
    token_bits::Field<25, 0xF, TokenKind> kind;
    token_bits::Field<29, 0x1, bool> folds;  // folding changes it (set by make_document; see text/folded_words.h)
    // it holds a '-' (set by make_document): several stages look inside hyphenated words, which are few
    token_bits::Field<30, 0x1, bool> hyphen;
  };
  union {
    token_bits::Field<0, token_bits::kOffset, uint32_t> end;
    token_bits::Field<25, 0x7F, uint8_t> flags;
  };
  Token() : begin{0}, end{0} {}
  Token(uint32_t b, uint32_t e, TokenKind k, uint8_t f) : begin{0}, end{0} {
    begin = b;
    end = e;
    kind = k;
    flags = f;
  }
  bool has(TokenFlag f) const { return (uint8_t(flags) & f) != 0; }
};
static_assert(sizeof(Token) == 8);

// Text past kMaxTokenOffset is not tokenised (analyze refuses such input before it gets here).
std::vector<Token> tokenize(std::string_view norm);

}  // namespace newsmark::text
