// Runs documents through process() on N threads and writes each result in input order. At most a small window of
// documents is held at once, so memory is bounded by the largest documents, never by the input.
#pragma once
#include <functional>

#include "records.h"

namespace newsmark::cli {

// Reads every document from reader, processes it on `jobs` threads (1: on this thread) and hands the results to
// emit() in input order, on this thread.
void run_ordered(Reader& reader, int jobs, const std::function<Result(const Item&)>& work,
                 const std::function<void(const Result&)>& emit);

}  // namespace newsmark::cli
