#include "text/normalize.h"

#include "text/chars.h"
#include "text/utf8.h"

namespace newsmark::text {
namespace {

// The replacement for cp, or nullptr to keep it as it is; "" drops it.
const char* replacement(char32_t cp) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x2039: case 0x203A: return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0xAB: case 0xBB: return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212: case 0xFE63: case 0xFF0D: return "-";
    case 0x2015: return "\xE2\x80\x94";
    case 0x2026: return "...";
    case 0x2028: case 0x2029: case 0x85: return "\n";
    default: break;
  }
  // Control characters (NUL, form feed, C1 controls) separate words like a space does.
  if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) return cp == '\n' ? nullptr : " ";
  if (cp != ' ' && is_space(cp)) return " ";
  if (is_invisible(cp)) return "";
  return nullptr;
}

}  // namespace

NormalView normalize(std::string_view text) {
  NormalView v;
  v.s.reserve(text.size());
  v.to_text.reserve(text.size() + 1);
  auto emit = [&](std::string_view piece, std::size_t at) {
    v.s.append(piece);
    v.to_text.insert(v.to_text.end(), piece.size(), static_cast<uint32_t>(at));
  };
  bool prev_emoji = false;
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (c == '\r') {  // CR LF and lone CR both end a line
      prev_emoji = false;
      if (i + 1 < text.size() && text[i + 1] == '\n') { ++i; continue; }
      emit("\n", i); ++i; continue;
    }
    if ((c == '`' || c == '\'') && i + 1 < text.size() && text[i + 1] == c) {  // `` and '' are typewriter quotes
      emit("\"", i); i += 2; prev_emoji = false; continue;
    }
    if (static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x7F) {
      // A run of printable ASCII is copied as it is, byte for byte (only the quote pairs need a look).
      std::size_t j = i + 1;
      while (j < text.size() && static_cast<unsigned char>(text[j]) >= 0x20 && static_cast<unsigned char>(text[j]) < 0x7F &&
             text[j] != '`' && text[j] != '\'')
        ++j;
      v.s.append(text.data() + i, j - i);
      const std::size_t at = v.to_text.size();
      v.to_text.resize(at + (j - i));
      for (std::size_t k = i; k < j; ++k) v.to_text[at + (k - i)] = static_cast<uint32_t>(k);
      i = j;
      prev_emoji = false;
      continue;
    }
    char32_t cp;
    const int len = decode_at(text, i, cp);
    // A zero-width joiner between pictographs builds one emoji (a family, a profession): keep it for the tokenizer.
    const bool joins_emoji = cp == 0x200D && prev_emoji;
    prev_emoji = is_emoji(cp) || is_emoji_modifier(cp) || (prev_emoji && (is_invisible(cp) || cp == 0x200D));
    if (const char* r = joins_emoji ? nullptr : replacement(cp)) emit(r, i);
    else {
      for (int k = 0; k < len; ++k) { v.s += text[i + k]; v.to_text.push_back(static_cast<uint32_t>(i + k)); }
    }
    i += len;
  }
  v.to_text.push_back(static_cast<uint32_t>(text.size()));
  return v;
}

}  // namespace newsmark::text
