// glibc serves every block over its mmap threshold (at most 32 MB) with a fresh mapping and unmaps it on free, and
// returns the heap's free top to the system past its trim threshold, so each document of a large input page-faulted in
// all its big buffers again (tokens, per-token tables, spans, the JSON): natively, time per MB grew 1.4x from 1 to 16 MB
// on the "he said" and "commas" shapes. Served from the heap and never trimmed, the next document finds those pages
// already mapped. A process-wide setting, so the CLI makes it for itself at start-up; the library, which may live in
// someone else's process, does not.
#include "reuse_heap.h"

#include <climits>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace newsmark::cli {

void reuse_freed_memory() {
#if defined(__GLIBC__)
  mallopt(M_MMAP_MAX, 0);
  mallopt(M_TRIM_THRESHOLD, INT_MAX);
#endif
}

}  // namespace newsmark::cli
