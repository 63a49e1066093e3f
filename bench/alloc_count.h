// A counting allocator for the benchmark binary only: global operator new and delete replaced (alloc_count.cpp) to
// count allocations, bytes asked for and the peak of live heap bytes, so the table shows what one analysis costs the
// heap. Counting is always on; the totals are read as differences around the call measured.
#pragma once
#include <cstddef>

namespace bench {

struct AllocTotals {
  std::size_t count = 0;  // allocations
  std::size_t bytes = 0;  // bytes asked for, summed
  std::size_t peak = 0;   // highest live heap bytes above the level at alloc_begin
};

// Starts a measurement: resets the peak to the bytes live now and returns the running totals.
AllocTotals alloc_begin();
// Ends it: the allocations and bytes since `start`, and the peak above the live bytes at the start (since the last
// alloc_stage_peak, if any).
AllocTotals alloc_end(const AllocTotals& start);
// The peak of live heap bytes above the start's level since the last call (or alloc_begin), then restarts that peak
// from the bytes live now: called between stages, it tells which stage holds the call's peak.
std::size_t alloc_stage_peak(const AllocTotals& start);

}  // namespace bench
