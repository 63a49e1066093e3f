// Date code runs once per document and is not hot: under Clang (the wasm build) its functions are compiled for size,
// which keeps the page within its download budget. Include last; close with small_end.h.
#ifdef __clang__
#pragma clang attribute push(__attribute__((minsize)), apply_to = function)
#endif
