// Large buffers reused from one analyze() call to the next (see reuse_heap.cpp).
#pragma once
#include <cstddef>

namespace newsmark::util {

// Asks the C library to keep freed memory of up to `bytes` (it only ever grows) in the heap for the next call.
// Does nothing where the allocator has no such setting (the wasm's, macOS's).
void reuse_large_blocks(std::size_t bytes);

}  // namespace newsmark::util
