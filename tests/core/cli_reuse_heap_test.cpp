#include "reuse_heap.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {

#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
TEST(ReuseFreedMemory, ABlockOverTheMmapThresholdIsServedFromTheHeapAndStaysThereWhenFreed) {
  constexpr std::size_t kBlock = 48u << 20;  // over glibc's largest mmap threshold (32 MB)
  newsmark::cli::reuse_freed_memory();
  char* p = static_cast<char*>(std::malloc(kBlock));
  ASSERT_NE(p, nullptr);
  std::memset(p, 1, kBlock);
  EXPECT_EQ(mallinfo2().hblks, 0u);  // no block of its own mapping
  std::free(p);
  EXPECT_GE(mallinfo2().fordblks, kBlock);  // kept, free, for the next document
}
#else
TEST(ReuseFreedMemory, ABlockOverTheMmapThresholdIsServedFromTheHeapAndStaysThereWhenFreed) {
  GTEST_SKIP() << "glibc's allocator only";
}
#endif

}  // namespace
