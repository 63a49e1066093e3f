#include "text/token.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

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

}  // namespace

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> out;
  out.reserve(s.size() / 5 + 1);
  const Cursor c{s};
  uint8_t pending = 0;
  std::size_t i = 0;
  auto push = [&](std::size_t b, std::size_t e, TokenKind k) {
    Token t{static_cast<uint32_t>(b), static_cast<uint32_t>(e), k, pending};
    pending = 0;
    if (k == TokenKind::Word) {
      int letters = 0;
      bool lower = false;
      // Stops at the first lower-case letter: by then both flags are decided.
      for (std::size_t j = b; j < e && !lower;) {
        char32_t cp;
        j += decode_at(s, j, cp);
        if (!is_letter(cp)) continue;
        const bool upper = is_upper(cp);
        if (letters == 0 && upper) t.flags |= kCapitalized;
        ++letters;
        lower = !upper;
      }
      if (letters >= 2 && !lower) t.flags |= kAllCaps;
    }
    out.push_back(t);
  };
  while (i < s.size()) {
    const char32_t cp = c.at(i);
    if (cp == ' ' || cp == '\n') {
      pending |= kSpaceBefore;
      if (cp == '\n') pending |= kLineBefore;
      ++i;
      continue;
    }
    // Most tokens are plain ASCII words ended by a space or a comma: take them at once. Anything that could make the
    // word part of a link, an acronym, a possessive or a longer word falls through to the full rules below.
    if (cp < 0x80 && (kAscii[cp] & kAlnum) && !is_ascii_digit(cp)) {
      std::size_t j = i + 1;
      while (j < s.size() && (kAscii[static_cast<unsigned char>(s[j])] & kAlnum)) ++j;
      const auto stop = j < s.size() ? static_cast<unsigned char>(s[j]) : ' ';
      if (stop < 0x80 && !(kAscii[stop] & kLinkRun) && stop != '.' && stop != ':' && stop != '@' && stop != '\'') {
        // Capitalisation read off the bytes, without decoding: a word in lower case is settled by its first letter.
        uint8_t flags = pending;
        if (s[i] >= 'A' && s[i] <= 'Z') {
          flags |= kCapitalized;
          int letters = 0;
          std::size_t k = i;
          for (; k < j && !(s[k] >= 'a' && s[k] <= 'z'); ++k) letters += !is_ascii_digit(static_cast<unsigned char>(s[k]));
          if (k == j && letters >= 2) flags |= kAllCaps;
        }
        out.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(j), TokenKind::Word, flags});
        pending = 0;
        i = j;
        continue;
      }
    }
    const bool word_before = i > 0 && !out.empty() && out.back().end == i &&
                             out.back().kind != TokenKind::Punct && out.back().kind != TokenKind::Symbol;
    if (!word_before && may_be_link(s, i)) {
      if (std::size_t n = url_length(s, i)) { push(i, i + n, TokenKind::Url); i += n; continue; }
      if (std::size_t n = email_length(s, i)) { push(i, i + n, TokenKind::Email); i += n; continue; }
    }
    // 's after a word, number or handle is a possessive (or a contracted "is"), a token of its own.
    if (cp == '\'' && word_before && out.back().kind != TokenKind::Url && out.back().kind != TokenKind::Email &&
        (c.at(i + 1) == 's' || c.at(i + 1) == 'S') && !is_word_char(c.at(i + 2))) {
      push(i, i + 2, TokenKind::Possessive);
      i += 2;
      continue;
    }
    if ((cp == '@' || cp == '#') && !word_before) {
      std::size_t j = i + 1;
      while (j < s.size() && (is_word_char(c.at(j)) || s[j] == '_')) j = c.next(j);
      if (j > i + 1 && (cp == '@' || !is_ascii_digit(static_cast<unsigned char>(s[i + 1])))) {
        push(i, j, cp == '@' ? TokenKind::Handle : TokenKind::Hashtag);
        i = j;
        continue;
      }
    }
    const bool decade_abbrev = cp == '\'' && is_ascii_digit(c.at(i + 1)) && is_ascii_digit(c.at(i + 2)) &&
                               (c.at(i + 3) == 's' || !is_word_char(c.at(i + 3)));
    if (is_ascii_digit(cp) || decade_abbrev) {
      // Numbers keep inner separators (1,700 3.5 20:30) and a unit or ordinal suffix (1990s 7th 5km); '90s too.
      std::size_t j = i + (cp == '\'' ? 1 : 0);
      while (j < s.size()) {
        const char ch = s[j];
        if (is_ascii_digit(static_cast<unsigned char>(ch))) { ++j; continue; }
        if ((ch == ',' || ch == '.' || ch == ':') && j + 1 < s.size() && is_ascii_digit(static_cast<unsigned char>(s[j + 1])) &&
            is_ascii_digit(static_cast<unsigned char>(s[j - 1]))) { j += 2; continue; }
        break;
      }
      while (j < s.size() && is_letter(c.at(j)) && !is_cjk(c.at(j))) j = c.next(j);
      push(i, j, TokenKind::Number);
      i = j;
      continue;
    }
    if (is_cjk(cp)) { push(i, c.next(i), TokenKind::Word); i = c.next(i); continue; }
    if (is_letter(cp)) {
      const bool may_be_acronym = cp >= 0x80 || (i + 1 < s.size() && s[i + 1] == '.');
      if (std::size_t n = may_be_acronym ? dotted_acronym_length(c, i) : 0) {
        push(i, i + n, TokenKind::Word);
        i += n;
        continue;
      }
      std::size_t j = c.next(i);
      while (j < s.size()) {
        const auto byte = static_cast<unsigned char>(s[j]);
        if (byte < 0x80 && ascii_alnum(static_cast<char>(byte))) { ++j; continue; }  // the common case, quickly
        if (byte < 0x80 && byte != '\'' && byte != '-') break;
        const char32_t d = c.at(j);
        if (is_word_char(d) && !is_cjk(d)) { j = c.next(j); continue; }
        if ((d == '\'' || d == '-') && is_word_char(c.at(j + 1)) && !is_cjk(c.at(j + 1))) {
          // 's closing a word is a possessive (or "is"), a token of its own
          if (d == '\'' && (s[j + 1] == 's' || s[j + 1] == 'S') && !is_word_char(c.at(j + 2))) break;
          j = c.next(j + 1);
          continue;
        }
        break;
      }
      push(i, j, TokenKind::Word);
      i = j;
      continue;
    }
    if (is_combining(cp)) {  // a stray combining mark attaches to nothing: keep it as a symbol
      push(i, c.next(i), TokenKind::Symbol);
      i = c.next(i);
      continue;
    }
    std::size_t j = c.next(i);
    if (is_emoji(cp) || is_regional_indicator(cp)) {
      // One symbol for a whole emoji sequence: skin tone, keycap, flag pairs and ZWJ-joined pictographs.
      bool flag_open = is_regional_indicator(cp);
      while (j < s.size()) {
        const char32_t d = c.at(j);
        if (is_emoji_modifier(d)) { j = c.next(j); continue; }
        if (flag_open && is_regional_indicator(d)) { j = c.next(j); flag_open = false; continue; }
        if (d == 0x200D) {
          j = c.next(j);
          if (j < s.size() && is_emoji(c.at(j))) j = c.next(j);
          continue;
        }
        break;
      }
      push(i, j, TokenKind::Symbol);
      i = j;
      continue;
    }
    if (cp < 0x80 && !ascii_alnum(static_cast<char>(cp))) {
      if (cp == '.' || cp == '-' || cp == '!' || cp == '?' || cp == '*' || cp == '=' || cp == '_')
        while (j < s.size() && s[j] == static_cast<char>(cp)) ++j;  // "..." "--" "!!" are one mark
      push(i, j, TokenKind::Punct);
    } else {
      const bool punct = is_script_punct(cp) || (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) ||
                         (cp >= 0xA1 && cp <= 0xBF && cp != 0xA2 && cp != 0xA3 && cp != 0xA5 && cp != 0xA9 &&
                          cp != 0xAE && cp != 0xB0) ||
                         (cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFE10 && cp <= 0xFE6F) ||
                         (cp >= 0x2E00 && cp <= 0x2E7F);
      push(i, j, punct ? TokenKind::Punct : TokenKind::Symbol);
    }
    i = j;
  }
  return out;
}

}  // namespace newsmark::text
