#include "alloc_count.h"

#include <malloc.h>

#include <atomic>
#include <cstdlib>
#include <new>

namespace {

std::atomic<std::size_t> g_count{0}, g_bytes{0}, g_live{0}, g_peak{0};
std::size_t g_base = 0;

void* counted(std::size_t n, std::size_t align) {
  void* p = align > alignof(std::max_align_t) ? std::aligned_alloc(align, (n + align - 1) / align * align)
                                               : std::malloc(n ? n : 1);
  if (!p) throw std::bad_alloc();
  g_count.fetch_add(1, std::memory_order_relaxed);
  g_bytes.fetch_add(n, std::memory_order_relaxed);
  // Live bytes count what malloc really set aside, so the peak matches the process's heap and frees balance.
  const std::size_t live = g_live.fetch_add(malloc_usable_size(p), std::memory_order_relaxed) + malloc_usable_size(p);
  for (std::size_t peak = g_peak.load(std::memory_order_relaxed);
       live > peak && !g_peak.compare_exchange_weak(peak, live, std::memory_order_relaxed);) {
  }
  return p;
}

void release(void* p) {
  if (!p) return;
  g_live.fetch_sub(malloc_usable_size(p), std::memory_order_relaxed);
  std::free(p);
}

}  // namespace

void* operator new(std::size_t n) { return counted(n, 0); }
void* operator new[](std::size_t n) { return counted(n, 0); }
void* operator new(std::size_t n, std::align_val_t a) { return counted(n, static_cast<std::size_t>(a)); }
void* operator new[](std::size_t n, std::align_val_t a) { return counted(n, static_cast<std::size_t>(a)); }
void operator delete(void* p) noexcept { release(p); }
void operator delete[](void* p) noexcept { release(p); }
void operator delete(void* p, std::size_t) noexcept { release(p); }
void operator delete[](void* p, std::size_t) noexcept { release(p); }
void operator delete(void* p, std::align_val_t) noexcept { release(p); }
void operator delete[](void* p, std::align_val_t) noexcept { release(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { release(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { release(p); }

namespace bench {

AllocTotals alloc_begin() {
  g_base = g_live.load();
  g_peak.store(g_base);
  return {g_count.load(), g_bytes.load(), g_base};
}

AllocTotals alloc_end(const AllocTotals& start) {
  return {g_count.load() - start.count, g_bytes.load() - start.bytes, g_peak.load() - start.peak};
}

std::size_t alloc_stage_peak(const AllocTotals& start) {
  const std::size_t peak = g_peak.exchange(g_live.load());
  return peak - start.peak;
}

}  // namespace bench
