// Native speed of analyze() with Google Benchmark. Inputs are files named on the command line after the benchmark
// flags (the harness in scripts/bench.mjs passes the example article and the dev concatenations).
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "newsmark.h"

namespace {

void analyse_file(benchmark::State& state, const std::string& text) {
  newsmark::Analysis a;
  for (auto _ : state) {
    newsmark::analyze(text, {}, a);
    benchmark::DoNotOptimize(a);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  static std::vector<std::string> texts;
  texts.reserve(static_cast<std::size_t>(argc));
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    texts.push_back(ss.str());
    benchmark::RegisterBenchmark(argv[i], analyse_file, texts.back())->Unit(benchmark::kMicrosecond);
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
