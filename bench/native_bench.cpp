// Native speed of analyze() with Google Benchmark. Inputs are files named on the command line after the benchmark
// flags (the harness in scripts/bench.mjs passes the example article, the median dev article and the dev
// concatenations). Per input it registers:
// - `analyze/<file>`: the pipeline into the core's structs, with the time of each stage and of the JSON conversion as
//   counters (CPU microseconds per call), and the heap traffic of one call from the counting allocator (alloc_count.h);
// - `document/<file>`: make_document alone, the floor under every stage;
// - `lookup/<file>`: make_document and one hash look-up per token, the floor of a one-pass classifier.
#include <benchmark/benchmark.h>

#include <time.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "alloc_count.h"
#include "floor_table.h"
#include "json/to_json.h"
#include "newsmark.h"
#include "pipeline.h"
#include "reuse_heap.h"
#include "text/document.h"

namespace {

// CPU time of this thread in seconds: like the table's other figures, it leaves out other processes' turns.
double cpu_seconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// The stages in pipeline order, and the time each took summed over the iterations.
struct StageTimes {
  static constexpr const char* kNames[] = {"document", "dates", "countries", "people", "quotes"};
  double seconds[std::size(kNames)] = {};
  std::size_t next = 0;
  double last = 0;

  static void after(void* self, std::string_view) {
    auto& s = *static_cast<StageTimes*>(self);
    const double now = cpu_seconds();
    s.seconds[s.next++] += now - s.last;
    s.last = now;
  }
};

// The peak of live heap bytes within each stage of one call, in the order of StageTimes::kNames.
struct StagePeaks {
  bench::AllocTotals start;
  std::size_t bytes[std::size(StageTimes::kNames)] = {};
  std::size_t next = 0;

  static void after(void* self, std::string_view) {
    auto& s = *static_cast<StagePeaks*>(self);
    s.bytes[s.next++] = bench::alloc_stage_peak(s.start);
  }
};

void analyse_file(benchmark::State& state, const std::string& text) {
  newsmark::Analysis a;
  StageTimes stages;
  double json_seconds = 0;
  std::string json;
  for (auto _ : state) {
    a = newsmark::Analysis{};
    stages.next = 0;
    stages.last = cpu_seconds();
    newsmark::run_pipeline(text, {}, a, {&StageTimes::after, &stages});
    // JSON is timed apart and kept out of the benchmark's own time, which stays analyze() alone as before.
    state.PauseTiming();
    const double j0 = cpu_seconds();
    json.clear();
    newsmark::append_members(a, json);
    json_seconds += cpu_seconds() - j0;
    benchmark::DoNotOptimize(json.data());
    state.ResumeTiming();
  }
  const double n = static_cast<double>(state.iterations());
  for (std::size_t i = 0; i < std::size(StageTimes::kNames); ++i)
    state.counters[std::string("us_") + StageTimes::kNames[i]] = stages.seconds[i] / n * 1e6;
  state.counters["us_json"] = json_seconds / n * 1e6;

  // One more call, outside the timing, with the allocator counting: what a single analysis costs the heap, and the
  // peak within each stage (the stage holding the call's peak is the one to shrink).
  StagePeaks peaks;
  peaks.start = bench::alloc_begin();
  {
    newsmark::Analysis once;
    newsmark::run_pipeline(text, {}, once, {&StagePeaks::after, &peaks});
    benchmark::DoNotOptimize(once);
  }
  const bench::AllocTotals used = bench::alloc_end(peaks.start);
  // Each stage's hook restarted the allocator's peak, so the call's peak is the highest of the stages'.
  const std::size_t peak = *std::max_element(std::begin(peaks.bytes), std::end(peaks.bytes));
  const double bytes = static_cast<double>(text.size());
  for (std::size_t i = 0; i < std::size(StageTimes::kNames); ++i)
    state.counters[std::string("peak_") + StageTimes::kNames[i] + "_per_byte"] = static_cast<double>(peaks.bytes[i]) / bytes;
  state.counters["allocs_per_mb"] = static_cast<double>(used.count) / bytes * (1 << 20);
  state.counters["alloc_bytes_per_byte"] = static_cast<double>(used.bytes) / bytes;
  state.counters["peak_heap_per_byte"] = static_cast<double>(peak) / bytes;
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}

void document_only(benchmark::State& state, const std::string& text) {
  for (auto _ : state) {
    const auto doc = newsmark::text::make_document(text);
    benchmark::DoNotOptimize(doc.tokens.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}

void document_and_lookup(benchmark::State& state, const std::string& text) {
  const bench::FloorTable table(newsmark::text::make_document(text));
  for (auto _ : state) {
    const auto doc = newsmark::text::make_document(text);
    uint32_t classes = 0;
    for (std::size_t t = 0; t < doc.tokens.size(); ++t) classes += table.find(doc.folded_word(t));
    benchmark::DoNotOptimize(classes);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}

}  // namespace

int main(int argc, char** argv) {
  // The CLI's allocator setting (cli/reuse_heap.h), so the figures are the CLI's: without it glibc maps and unmaps the
  // large blocks of every call, and time per MB grows with the input.
  newsmark::cli::reuse_freed_memory();
  benchmark::Initialize(&argc, argv);
  static std::vector<std::string> texts;
  texts.reserve(static_cast<std::size_t>(argc));
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    texts.push_back(ss.str());
    // Named by file name, so the harness finds each input's figures whatever folder it was written to.
    const std::string path = argv[i];
    const std::string name = path.substr(path.find_last_of('/') + 1);
    benchmark::RegisterBenchmark(("analyze/" + name).c_str(), analyse_file, texts.back())->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark(("document/" + name).c_str(), document_only, texts.back())->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark(("lookup/" + name).c_str(), document_and_lookup, texts.back())->Unit(benchmark::kMicrosecond);
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
