#include "text/token.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>
#include <utility>

#include "text/chars.h"
#include "text/utf8.h"

namespace newsmark::text {
namespace {

// Host names and mail addresses are at most a few hundred bytes; the bound keeps scanning linear on dotted junk.
constexpr std::size_t kMaxHost = 256;

// Classes of ASCII bytes, looked up rather than compared: the tokenizer asks for every byte.
enum : uint8_t { kAlnum = 1, kLinkRun = 2 };
constexpr auto kAscii = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 128; ++c) {
    const bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    t[c] = (alnum ? kAlnum : 0) | (alnum || c == '-' || c == '_' || c == '%' || c == '+' ? kLinkRun : 0);
  }
  return t;
}();

bool ascii_alnum(char c) { return kAscii[static_cast<unsigned char>(c)] & kAlnum; }

struct Cursor {
  std::string_view s;
  char32_t at(std::size_t i) const {
    if (i >= s.size()) return 0;
    char32_t cp;
    decode_at(s, i, cp);
    return cp;
  }
  std::size_t next(std::size_t i) const {
    char32_t cp;
    return i + decode_at(s, i, cp);
  }
};

// Bare domains that stand for a web address; a dotted word with another ending is read as words and a full stop.
bool is_web_suffix(std::string_view tld) {
  for (std::string_view t : {"com", "org", "net", "gov", "edu", "int", "io", "co", "uk", "us", "eu", "info", "ly"})
    if (tld == t) return true;
  return false;
}

// A cheap test before url_length and email_length: links and addresses have a '.', ':' or '@' after their first run of
// letters and digits, which most words do not.
bool may_be_link(std::string_view s, std::size_t i) {
  const std::size_t end = std::min(s.size(), i + kMaxHost);
  std::size_t j = i;
  while (j < end && (kAscii[static_cast<unsigned char>(s[j])] & kLinkRun)) ++j;
  return j > i && j < s.size() && (s[j] == '.' || s[j] == ':' || s[j] == '@');
}

// Length of a URL starting at i, or 0: a scheme or www., or host.tld followed by a path.
std::size_t url_length(std::string_view s, std::size_t i) {
  auto rest = s.substr(i);
  std::size_t j = 0;
  const bool scheme = rest.starts_with("http://") || rest.starts_with("https://") || rest.starts_with("www.");
  if (!scheme) {
    // host: labels of letters, digits and hyphens joined by dots, the last one a known suffix
    std::size_t k = 0, last_dot = std::string_view::npos;
    while (k < rest.size() && k < kMaxHost && (ascii_alnum(rest[k]) || rest[k] == '-' || (rest[k] == '.' && k > 0))) {
      if (rest[k] == '.') last_dot = k;
      ++k;
    }
    while (k > 0 && rest[k - 1] == '.') --k;  // a full stop after the host ends the sentence, not the host
    last_dot = rest.substr(0, k).rfind('.');
    if (last_dot == std::string_view::npos || last_dot + 1 >= k) return 0;
    const bool path = k < rest.size() && rest[k] == '/';
    const auto tld = rest.substr(last_dot + 1, k - last_dot - 1);
    const bool alpha_tld = tld.size() >= 2 && tld.find_first_of("0123456789-") == std::string_view::npos;
    if (!(is_web_suffix(tld) || (path && alpha_tld))) return 0;
    j = k;
  }
  while (j < rest.size() && static_cast<unsigned char>(rest[j]) > ' ' && rest[j] != '"' && rest[j] != '<' &&
         rest[j] != '>')
    ++j;
  while (j > 0 && std::string_view(".,;:!?)'").find(rest[j - 1]) != std::string_view::npos) --j;
  return j;
}

// Length of an e-mail address starting at i, or 0.
std::size_t email_length(std::string_view s, std::size_t i) {
  std::size_t j = i;
  auto local = [](char c) { return ascii_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'; };
  while (j < s.size() && j - i < kMaxHost && local(s[j])) ++j;
  if (j == i || j >= s.size() || s[j] != '@') return 0;
  std::size_t k = j + 1, dot = 0;
  while (k < s.size() && k - j < kMaxHost && (ascii_alnum(s[k]) || s[k] == '-' || s[k] == '.')) {
    if (s[k] == '.') dot = k;
    ++k;
  }
  while (k > j + 1 && s[k - 1] == '.') --k;
  dot = s.substr(0, k).rfind('.');
  if (dot == std::string_view::npos || dot <= j + 1 || dot + 1 >= k) return 0;
  return k - i;
}

// Length of an acronym with full stops such as U.S. or e.g. at i, or 0.
std::size_t dotted_acronym_length(const Cursor& c, std::size_t i) {
  std::size_t j = i;
  int letters = 0;
  while (is_letter(c.at(j))) {
    const std::size_t after = c.next(j);
    if (after >= c.s.size() || c.s[after] != '.') break;
    // "U.S..." (an ellipsis after the acronym) keeps the dots together as one mark: the acronym ends at the letter.
    if (after + 1 < c.s.size() && c.s[after + 1] == '.') { j = after; ++letters; break; }
    j = after + 1;
    ++letters;
    if (is_letter(c.at(j)) && is_letter(c.at(c.next(j)))) break;  // "U.Sofia": a word follows, not a letter
  }
  return letters >= 2 ? j - i : 0;
}

// Splits the normalised view into tokens, one step per kind of token in the order the kinds are tried; each step
// returns where its token ends, or 0 when the text at i is not of its kind.
class Tokenizer {
 public:
  explicit Tokenizer(std::string_view s) : s_(s), c_{s} { out_.reserve(s.size() / 5 + 1); }

  std::vector<Token> run() {
    for (std::size_t i = 0; i < s_.size();) i = step(i);
    // Growth by doubling leaves up to half the array unused, and the array lives as long as the document.
    if (out_.capacity() - out_.size() > out_.size() / 16) out_.shrink_to_fit();
    return std::move(out_);
  }

 private:
  std::size_t step(std::size_t i) {
    const char32_t cp = c_.at(i);
    if (cp == ' ' || cp == '\n') return space(i, cp);
    if (std::size_t e = ascii_word(i, cp)) return e;
    const bool glued = word_before(i);
    if (!glued && may_be_link(s_, i)) {
      if (std::size_t n = url_length(s_, i)) return push(i, i + n, TokenKind::Url);
      if (std::size_t n = email_length(s_, i)) return push(i, i + n, TokenKind::Email);
    }
    if (glued && is_possessive(i, cp)) return push(i, i + 2, TokenKind::Possessive);
    if (!glued)
      if (std::size_t e = handle_or_hashtag(i, cp)) return e;
    if (is_ascii_digit(cp) || is_decade_abbrev(i, cp)) return number(i, cp);
    if (is_cjk(cp)) return push(i, c_.next(i), TokenKind::Word);
    if (is_letter(cp) || is_digit(cp)) return word(i, cp);  // ASCII digits began a number above
    // A stray combining mark attaches to nothing: keep it as a symbol.
    if (is_combining(cp)) return push(i, c_.next(i), TokenKind::Symbol);
    if (is_emoji(cp) || is_regional_indicator(cp)) return emoji_sequence(i, cp);
    return punct_or_symbol(i, cp);
  }

  // White space is no token: it only marks the next one.
  std::size_t space(std::size_t i, char32_t cp) {
    pending_ |= kSpaceBefore;
    if (cp == '\n') pending_ |= kLineBefore;
    return i + 1;
  }

  // Most tokens are plain ASCII words ended by a space or a comma: take them at once. Anything that could make the word
  // part of a link, an acronym, a possessive or a longer word falls through to the full rules (0).
  std::size_t ascii_word(std::size_t i, char32_t cp) {
    if (!(cp < 0x80 && (kAscii[cp] & kAlnum) && !is_ascii_digit(cp))) return 0;
    std::size_t j = i + 1;
    while (j < s_.size() && (kAscii[static_cast<unsigned char>(s_[j])] & kAlnum)) ++j;
    const auto stop = j < s_.size() ? static_cast<unsigned char>(s_[j]) : ' ';
    if (!(stop < 0x80 && !(kAscii[stop] & kLinkRun) && stop != '.' && stop != ':' && stop != '@' && stop != '\''))
      return 0;
    out_.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(j), TokenKind::Word,
                    static_cast<uint8_t>(pending_ | ascii_case_flags(i, j))});
    pending_ = 0;
    return j;
  }

  // Capitalisation read off the bytes, without decoding: a word in lower case is settled by its first letter.
  uint8_t ascii_case_flags(std::size_t i, std::size_t j) const {
    if (!(s_[i] >= 'A' && s_[i] <= 'Z')) return 0;
    int letters = 0;
    std::size_t k = i;
    for (; k < j && !(s_[k] >= 'a' && s_[k] <= 'z'); ++k) letters += !is_ascii_digit(static_cast<unsigned char>(s_[k]));
    return kCapitalized | (k == j && letters >= 2 ? kAllCaps : 0);
  }

  // Capitalisation of any word; stops at the first lower-case letter, when both flags are decided.
  uint8_t case_flags(std::size_t b, std::size_t e) const {
    uint8_t flags = 0;
    int letters = 0;
    bool lower = false;
    for (std::size_t j = b; j < e && !lower;) {
      char32_t cp;
      j += decode_at(s_, j, cp);
      if (!is_letter(cp)) continue;
      const bool upper = is_upper(cp);
      if (letters == 0 && upper) flags |= kCapitalized;
      ++letters;
      lower = !upper;
    }
    return flags | (letters >= 2 && !lower ? kAllCaps : 0);
  }

  // Whether a word, number, handle or link ends right at i, so that what starts there is glued to it.
  bool word_before(std::size_t i) const {
    return i > 0 && !out_.empty() && out_.back().end == i && out_.back().kind != TokenKind::Punct &&
           out_.back().kind != TokenKind::Symbol;
  }

  // 's after a word, number or handle is a possessive (or a contracted "is"), a token of its own.
  bool is_possessive(std::size_t i, char32_t cp) const {
    return cp == '\'' && out_.back().kind != TokenKind::Url && out_.back().kind != TokenKind::Email &&
           (c_.at(i + 1) == 's' || c_.at(i + 1) == 'S') && !is_word_char(c_.at(i + 2));
  }

  // @name and #tag (a hashtag does not start with a digit: #1 is a rank).
  std::size_t handle_or_hashtag(std::size_t i, char32_t cp) {
    if (cp != '@' && cp != '#') return 0;
    std::size_t j = i + 1;
    while (j < s_.size() && (is_word_char(c_.at(j)) || s_[j] == '_')) j = c_.next(j);
    if (j == i + 1 || (cp == '#' && is_ascii_digit(static_cast<unsigned char>(s_[i + 1])))) return 0;
    return push(i, j, cp == '@' ? TokenKind::Handle : TokenKind::Hashtag);
  }

  // '90s and '98: an apostrophe before two digits that end the word or take an s.
  bool is_decade_abbrev(std::size_t i, char32_t cp) const {
    return cp == '\'' && is_ascii_digit(c_.at(i + 1)) && is_ascii_digit(c_.at(i + 2)) &&
           (c_.at(i + 3) == 's' || !is_word_char(c_.at(i + 3)));
  }

  // Numbers keep inner separators (1,700 3.5 20:30) and a unit or ordinal suffix (1990s 7th 5km); '90s too.
  std::size_t number(std::size_t i, char32_t cp) {
    const auto digit = [&](std::size_t k) { return is_ascii_digit(static_cast<unsigned char>(s_[k])); };
    std::size_t j = i + (cp == '\'' ? 1 : 0);
    while (j < s_.size()) {
      if (digit(j)) { ++j; continue; }
      const char ch = s_[j];
      if ((ch == ',' || ch == '.' || ch == ':') && j + 1 < s_.size() && digit(j + 1) && digit(j - 1)) {
        j += 2;
        continue;
      }
      break;
    }
    while (j < s_.size() && is_letter(c_.at(j)) && !is_cjk(c_.at(j))) j = c_.next(j);
    return push(i, j, TokenKind::Number);
  }

  // A dotted acronym (U.S.), or a run of letters and digits with inner apostrophes and hyphens.
  std::size_t word(std::size_t i, char32_t cp) {
    const bool may_be_acronym = cp >= 0x80 || (i + 1 < s_.size() && s_[i + 1] == '.');
    if (std::size_t n = may_be_acronym ? dotted_acronym_length(c_, i) : 0) return push(i, i + n, TokenKind::Word);
    return push(i, word_run_end(c_.next(i)), TokenKind::Word);
  }

  std::size_t word_run_end(std::size_t j) const {
    while (j < s_.size()) {
      const auto byte = static_cast<unsigned char>(s_[j]);
      if (byte < 0x80 && ascii_alnum(static_cast<char>(byte))) { ++j; continue; }  // the common case, quickly
      if (byte < 0x80 && byte != '\'' && byte != '-') break;
      const char32_t d = c_.at(j);
      if (is_word_char(d) && !is_cjk(d)) { j = c_.next(j); continue; }
      if ((d == '\'' || d == '-') && is_word_char(c_.at(j + 1)) && !is_cjk(c_.at(j + 1))) {
        // 's closing a word is a possessive (or "is"), a token of its own
        if (d == '\'' && (s_[j + 1] == 's' || s_[j + 1] == 'S') && !is_word_char(c_.at(j + 2))) break;
        j = c_.next(j + 1);
        continue;
      }
      break;
    }
    return j;
  }

  // One symbol for a whole emoji sequence: skin tone, keycap, flag pairs and ZWJ-joined pictographs.
  std::size_t emoji_sequence(std::size_t i, char32_t cp) {
    std::size_t j = c_.next(i);
    bool flag_open = is_regional_indicator(cp);
    while (j < s_.size()) {
      const char32_t d = c_.at(j);
      if (is_emoji_modifier(d)) { j = c_.next(j); continue; }
      if (flag_open && is_regional_indicator(d)) { j = c_.next(j); flag_open = false; continue; }
      if (d == 0x200D) {
        j = c_.next(j);
        if (j < s_.size() && is_emoji(c_.at(j))) j = c_.next(j);
        continue;
      }
      break;
    }
    return push(i, j, TokenKind::Symbol);
  }

  // Any other character: a mark of punctuation ("..." "--" "!!" are one mark), or a symbol.
  std::size_t punct_or_symbol(std::size_t i, char32_t cp) {
    std::size_t j = c_.next(i);
    if (cp < 0x80 && !ascii_alnum(static_cast<char>(cp))) {
      if (cp == '.' || cp == '-' || cp == '!' || cp == '?' || cp == '*' || cp == '=' || cp == '_')
        while (j < s_.size() && s_[j] == static_cast<char>(cp)) ++j;
      return push(i, j, TokenKind::Punct);
    }
    return push(i, j, is_punct(cp) ? TokenKind::Punct : TokenKind::Symbol);
  }

  std::size_t push(std::size_t b, std::size_t e, TokenKind k) {
    Token t{static_cast<uint32_t>(b), static_cast<uint32_t>(e), k, pending_};
    pending_ = 0;
    if (k == TokenKind::Word) t.flags |= case_flags(b, e);
    out_.push_back(t);
    return e;
  }

  std::string_view s_;
  Cursor c_;
  std::vector<Token> out_;
  uint8_t pending_ = 0;  // flags for the next token: the space or line break before it
};

}  // namespace

std::vector<Token> tokenize(std::string_view s) { return Tokenizer(s.substr(0, kMaxTokenOffset)).run(); }

}  // namespace newsmark::text
