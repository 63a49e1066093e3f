// A normalised copy of the text for matching, with a map back to the original: curly and straight quotes, dashes,
// unusual spaces and invisible characters all read the same to the recognisers, yet every span still points into
// the text the user gave.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsmark::text {

// Normalised bytes to original bytes, kept only where normalising changed the text: most of it is copied as it is, so
// the map is a sorted list of breakpoints, each starting a stretch that is either copied (text byte = normalised byte
// + a shift) or one replacement of several bytes ("..." for "…"), all of whose bytes map to the original character.
class TextOffsets {
 public:
  // The text byte of normalised byte n; of the normalised size, the text's size.
  uint32_t operator()(uint32_t n) const;

  // Records that normalised bytes from n on are copied from text byte t on.
  void copied(uint32_t n, uint32_t t);
  // Records that normalised bytes from n on (up to the next record) all stand for the character at text byte t.
  void replaced(uint32_t n, uint32_t t);
  // Adds `by` to every text byte (the normalised text began `by` bytes into the text); builds the look-up index.
  void finish(uint32_t norm_size, uint32_t by);

  std::size_t breakpoints() const { return breaks_.size(); }
  std::size_t memory_bytes() const {
    return breaks_.capacity() * sizeof(Break) + blocks_.capacity() * sizeof(uint32_t);
  }

 private:
  struct Break {
    uint32_t norm;
    uint32_t text : 31;
    uint32_t constant : 1;
  };
  void add(Break b);
  static constexpr unsigned kBlockBits = 8;
  static constexpr std::size_t kDirectSearch = 64;  // up to this many breakpoints, a plain binary search
  std::vector<Break> breaks_;
  std::vector<uint32_t> blocks_;  // the first breakpoint after normalised byte k << kBlockBits, for the search
};

struct NormalView {
  std::string s;        // normalised UTF-8
  TextOffsets to_text;  // byte in s -> byte in the original text; to_text(s.size()) == text.size()
};

// Quotes become ' or " (`` and '' too), hyphens and en dashes '-', em dashes stay '—', every space but a line break
// becomes ' ' (control characters too), CR LF and a lone CR become LF, the ellipsis becomes "...", and invisible
// characters disappear, except a zero-width joiner inside an emoji sequence. `base` is where `text` starts in the
// whole text, which the offsets then index.
NormalView normalize(std::string_view text, uint32_t base = 0);

}  // namespace newsmark::text
