#include "util/sort_by.h"

#include <algorithm>

namespace newsmark::util {

bool sort_keys(std::vector<uint64_t>& keys) {
  if (std::is_sorted(keys.begin(), keys.end())) return true;
  std::sort(keys.begin(), keys.end());
  return false;
}

}  // namespace newsmark::util
