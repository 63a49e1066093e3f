#include "util/reuse_heap.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {

#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
TEST(ReuseLargeBlocks, ABlockOverTheMmapThresholdIsServedFromTheHeapAndStaysThereWhenFreed) {
  constexpr std::size_t kBlock = 48u << 20;  // over glibc's largest mmap threshold (32 MB)
  newsmark::util::reuse_large_blocks(4 * kBlock);
  char* p = static_cast<char*>(std::malloc(kBlock));
  ASSERT_NE(p, nullptr);
  std::memset(p, 1, kBlock);
  EXPECT_EQ(mallinfo2().hblks, 0u);  // no block of its own mapping
  std::free(p);
  EXPECT_GE(mallinfo2().fordblks, kBlock);  // kept, free, for the next call
}
#else
TEST(ReuseLargeBlocks, ABlockOverTheMmapThresholdIsServedFromTheHeapAndStaysThereWhenFreed) {
  GTEST_SKIP() << "glibc's allocator only";
}
#endif

}  // namespace
