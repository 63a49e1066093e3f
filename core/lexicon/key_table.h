// A flat hash table from (tag, short byte string) to a non-zero uint32_t, for the per-token look-ups every
// recogniser makes: one probe sequence over contiguous slots, keys in one arena, and a hash that reads the bytes eight at
// a time. std::unordered_map<std::string_view> cost a node chase and a byte-wise hash per token per gazetteer.
#pragma once
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "text/fold.h"
#include "text/word_hash.h"

namespace newsmark::lexicon {

// The slot hash of (tag, key) from the key's word hash: the word hash in both halves (the low half picks the slot, the
// high half is the slot's check), the tag mixed in by one multiplication, so a token hashed once serves every table.
inline uint64_t hash_key(uint32_t tag, uint32_t word_hash) {
  return (static_cast<uint64_t>(word_hash) * 0x100000001ULL) ^ (static_cast<uint64_t>(tag) * 0x9E3779B97F4A7C15ULL);
}
inline uint64_t hash_key(uint32_t tag, std::string_view s) { return hash_key(tag, text::word_hash(s)); }

// Whether the first and the last sizeof(Word) bytes of a and b (n bytes, at least one Word, at most two) are equal.
template <typename Word>
inline bool same_ends(const char* a, const char* b, std::size_t n) {
  Word a0, a1, b0, b1;
  std::memcpy(&a0, a, sizeof(Word));
  std::memcpy(&b0, b, sizeof(Word));
  std::memcpy(&a1, a + n - sizeof(Word), sizeof(Word));
  std::memcpy(&b1, b + n - sizeof(Word), sizeof(Word));
  return ((a0 ^ b0) | (a1 ^ b1)) == 0;
}

// Whether a and b (both n bytes) are equal; for up to 16 bytes without a call, by overlapping loads that stay
// inside both (a look-up compares a key per probe, and most keys are short words).
inline bool same_bytes(const char* a, const char* b, std::size_t n) {
  if (n > 16) return std::memcmp(a, b, n) == 0;
  if (n >= 8) return same_ends<uint64_t>(a, b, n);
  if (n >= 4) return same_ends<uint32_t>(a, b, n);
  for (std::size_t i = 0; i < n; ++i)
    if (a[i] != b[i]) return false;
  return true;
}

class KeyTable {
 public:
  // Returns the value stored for (tag, key), or 0.
  uint32_t find(uint32_t tag, std::string_view key) const { return find_hashed(tag, text::word_hash(key), key); }

  // The same for a key whose text::word_hash the caller holds (a document hashes each token once).
  NEWSMARK_ONE_COPY uint32_t find_hashed(uint32_t tag, uint32_t word_hash, std::string_view key) const {
    if (slots_.empty()) return 0;
    const uint64_t h = hash_key(tag, word_hash);
    const auto check = static_cast<uint32_t>(h >> 32);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.value == 0) return 0;
      if (s.check == check && s.tag == tag && s.len == key.size() &&
          same_bytes(keys_.data() + s.key, key.data(), key.size()))
        return s.value;
    }
  }

  // Stores value (non-zero) for (tag, key), replacing any earlier one.
  void insert(uint32_t tag, std::string_view key, uint32_t value) {
    if ((size_ + 1) * 2 > slots_.size()) grow();
    Slot& s = slot_for(tag, key);
    if (s.value == 0) fill(s, tag, key);
    s.value = value;
  }

  // Returns the value stored for (tag, key); stores value (non-zero) there first when there is none. One probe
  // sequence where find then insert took two.
  uint32_t find_or_insert(uint32_t tag, std::string_view key, uint32_t value) {
    if ((size_ + 1) * 2 > slots_.size()) grow();
    Slot& s = slot_for(tag, key);
    if (s.value == 0) {
      fill(s, tag, key);
      s.value = value;
    }
    return s.value;
  }

  // ORs bits (non-zero) into the value stored for (tag, key), storing bits when there is none: one probe where a
  // find then an insert took two, for lists that gather flags per word.
  void merge(uint32_t tag, std::string_view key, uint32_t bits) {
    if ((size_ + 1) * 2 > slots_.size()) grow();
    Slot& s = slot_for(tag, key);
    if (s.value == 0) fill(s, tag, key);
    s.value |= bits;
  }

  // Makes room for n keys of about key_bytes bytes in all, so that reading a list of known length never re-places
  // the keys read so far.
  void reserve(std::size_t n, std::size_t key_bytes = 0) {
    std::size_t want = 64;
    while (want < n * 2) want *= 2;
    if (want > slots_.size()) rehash(want);
    keys_.reserve(key_bytes);
  }

  std::size_t size() const { return size_; }

 private:
  struct Slot {
    uint32_t check = 0;  // the hash's high half, so most mismatches cost no key comparison
    uint32_t tag = 0;
    uint32_t key = 0, len = 0;  // the key's bytes in keys_
    uint32_t value = 0;         // 0: the slot is empty
  };

  // The slot holding (tag, key), else the empty slot where it belongs.
  Slot& slot_for(uint32_t tag, std::string_view key) {
    const uint64_t h = hash_key(tag, key);
    const auto check = static_cast<uint32_t>(h >> 32);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (s.value == 0) {
        s.check = check;  // kept for fill; an empty slot's other fields are never read
        return s;
      }
      if (s.check == check && s.tag == tag && s.len == key.size() &&
          same_bytes(keys_.data() + s.key, key.data(), key.size()))
        return s;
    }
  }

  // Makes the empty slot s hold (tag, key); the caller sets its value.
  void fill(Slot& s, uint32_t tag, std::string_view key) {
    s.tag = tag;
    s.key = static_cast<uint32_t>(keys_.size());
    s.len = static_cast<uint32_t>(key.size());
    keys_.append(key);
    ++size_;
  }

  void grow() { rehash(slots_.empty() ? 64 : slots_.size() * 2); }

  // Makes the table count slots (a power of two) and re-places every key: the keys' bytes stay in keys_ as they are.
  // Out of line: it runs a few times per table, and a copy inlined at every insert cost the page's download.
  [[gnu::noinline]] void rehash(std::size_t count) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(count, Slot{});
    mask_ = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.value == 0) continue;
      // The check is the hash's high half, the word hash and the tag's: the word hash comes back without the bytes.
      const auto tag_high = static_cast<uint32_t>(hash_key(s.tag, 0u) >> 32);
      std::size_t i = hash_key(s.tag, s.check ^ tag_high) & mask_;
      while (slots_[i].value != 0) i = (i + 1) & mask_;
      slots_[i] = s;
    }
  }

  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
  std::string keys_;
};

using text::fold_into;

// A folded copy of a token on the stack; a token over 64 bytes (no list has one) folds to its first 64 bytes plus a
// byte no key holds, so it matches nothing.
class Folded {
 public:
  explicit Folded(std::string_view s) {
    const std::size_t n = s.size() <= kMax ? s.size() : kMax;
    fold_into(s.substr(0, n), buf_);
    if (s.size() > kMax) buf_[kMax] = '\xFF';
    view_ = std::string_view(buf_, s.size() > kMax ? kMax + 1 : n);
  }
  Folded(const Folded&) = delete;
  Folded& operator=(const Folded&) = delete;
  std::string_view view() const { return view_; }

 private:
  static constexpr std::size_t kMax = 64;
  char buf_[kMax + 1];
  std::string_view view_;
};

}  // namespace newsmark::lexicon
