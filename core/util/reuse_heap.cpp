// glibc serves every block over its mmap threshold (at most 32 MB) with a fresh mapping and unmaps it on free, and
// returns the heap's free top to the system past its trim threshold, so each call on a large text page-faulted in all
// its big buffers again (tokens, per-token tables, spans, the JSON): natively, time per MB grew 1.4x from 1 to 16 MB on
// the "he said" and "commas" shapes. Served from the heap, with the top kept up to what the largest text seen so far
// needs, the next call finds those pages already mapped; a process that only sees small texts keeps no more than before.
#include "util/reuse_heap.h"

#include <atomic>
#include <climits>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace newsmark::util {

void reuse_large_blocks([[maybe_unused]] std::size_t bytes) {
#if defined(__GLIBC__)
  static std::atomic<std::size_t> kept{0};
  if (bytes <= kept.load(std::memory_order_relaxed)) return;
  kept.store(bytes, std::memory_order_relaxed);
  mallopt(M_MMAP_MAX, 0);
  mallopt(M_TRIM_THRESHOLD, bytes < INT_MAX ? static_cast<int>(bytes) : INT_MAX);
#endif
}

}  // namespace newsmark::util
