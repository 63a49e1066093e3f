#include "text/normalize.h"

#include <algorithm>
#include <iterator>

#include "text/chars.h"
#include "text/utf8.h"

namespace newsmark::text {
namespace {

// The replacement for cp, or nullptr to keep it as it is; "" drops it.
const char* replacement(char32_t cp) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x2039: case 0x203A: return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0xAB: case 0xBB: return "\"";
    // Hyphens and en dashes, with the Armenian hyphen and the Hebrew maqaf, which join words as a hyphen does.
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212: case 0xFE63: case 0xFF0D: case 0x58A: case 0x5BE:
      return "-";
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

NormalView normalize(std::string_view text, uint32_t base) {
  NormalView v;
  v.s.reserve(text.size());  // no replacement is longer than what it replaces
  const auto here = [&] { return static_cast<uint32_t>(v.s.size()); };
  v.to_text.copied(0, 0);
  auto emit = [&](std::string_view piece, std::size_t at) {
    // One byte for one character reads like a copy; several bytes (the ellipsis) all stand for the one character.
    if (piece.size() == 1) v.to_text.copied(here(), static_cast<uint32_t>(at));
    else if (piece.size() > 1) v.to_text.replaced(here(), static_cast<uint32_t>(at));
    v.s.append(piece);
  };
  auto copy = [&](std::size_t from, std::size_t to) {
    v.to_text.copied(here(), static_cast<uint32_t>(from));
    v.s.append(text.data() + from, to - from);
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
      copy(i, j);
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
    else copy(i, i + len);
    i += len;
  }
  v.to_text.copied(here(), static_cast<uint32_t>(text.size()));
  v.to_text.finish(here(), base);
  return v;
}

void TextOffsets::add(Break b) {
  if (!breaks_.empty() && breaks_.back().norm == b.norm) breaks_.pop_back();  // nothing was written since
  if (!b.constant && !breaks_.empty()) {
    const Break& p = breaks_.back();
    if (!p.constant && int64_t{b.text} - p.text == int64_t{b.norm} - p.norm) return;  // the copy runs on
  }
  breaks_.push_back(b);
}

void TextOffsets::copied(uint32_t n, uint32_t t) { add({n, t, 0}); }

void TextOffsets::replaced(uint32_t n, uint32_t t) { add({n, t, 1}); }

void TextOffsets::finish(uint32_t norm_size, uint32_t by) {
  if (by > 0)
    for (auto& b : breaks_) b.text += by;
  breaks_.shrink_to_fit();
  if (breaks_.size() <= kDirectSearch) return;
  blocks_.resize((norm_size >> kBlockBits) + 1);
  std::size_t r = 0;
  for (std::size_t k = 0; k < blocks_.size(); ++k) {
    while (r < breaks_.size() && breaks_[r].norm <= (k << kBlockBits)) ++r;
    blocks_[k] = static_cast<uint32_t>(r);
  }
}

uint32_t TextOffsets::operator()(uint32_t n) const {
  auto lo = breaks_.begin(), hi = breaks_.end();
  if (!blocks_.empty()) {
    const std::size_t k = n >> kBlockBits;
    lo += blocks_[k];
    if (k + 1 < blocks_.size()) hi = breaks_.begin() + blocks_[k + 1];
  }
  const auto it = std::prev(std::upper_bound(lo, hi, n, [](uint32_t x, const Break& b) { return x < b.norm; }));
  return it->constant ? it->text : it->text + (n - it->norm);
}

}  // namespace newsmark::text
