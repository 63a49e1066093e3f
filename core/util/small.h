// For code that is not hot (the date stage, the quote sieves that run once per quote, word lists read once at
// start-up): under Clang (the wasm build) its functions are compiled for size, which keeps the page within its
// download budget. Include last; close with small_end.h.
#ifdef __clang__
#pragma clang attribute push(__attribute__((minsize)), apply_to = function)
#endif
