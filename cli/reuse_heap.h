// The CLI's allocator settings, made once at start-up: the library never changes its host's (see reuse_heap.cpp).
#pragma once

namespace newsmark::cli {

// Asks the C library to serve large blocks from the heap and keep freed memory there for the next document, instead of
// fresh mappings returned at each free. Does nothing where the allocator has no such setting (macOS's).
void reuse_freed_memory();

}  // namespace newsmark::cli
