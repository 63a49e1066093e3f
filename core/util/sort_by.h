// A stable sort by a 32-bit key for the recognisers' vectors: each caller's own std::sort or std::stable_sort
// instantiation cost the wasm 2-12 KB, while this one sorts plain 64-bit numbers (key, then position) with the one
// std::sort they all share, and only the moving of items into place is per type.
#pragma once
#include <cstdint>
#include <utility>
#include <vector>

namespace newsmark::util {

// Sorts keys ascending (the shared instantiation). Returns whether they were already in order.
bool sort_keys(std::vector<uint64_t>& keys);

// Orders items by key_of(item) (a uint32_t), ascending; items with equal keys keep their order.
template <typename T, typename KeyOf>
void stable_sort_by(std::vector<T>& items, KeyOf key_of) {
  std::vector<uint64_t> keys(items.size());
  for (std::size_t i = 0; i < items.size(); ++i)
    keys[i] = uint64_t{static_cast<uint32_t>(key_of(items[i]))} << 32 | i;
  if (sort_keys(keys)) return;
  std::vector<T> out;
  out.reserve(items.size());
  for (const uint64_t k : keys) out.push_back(std::move(items[k & 0xffffffffu]));
  items = std::move(out);
}

}  // namespace newsmark::util
