// Native speed of analyze() with Google Benchmark. Inputs are files named on the command line after the benchmark
// flags (the harness in scripts/bench.mjs passes the example article, the median dev article and the dev
// concatenations). It times analyze() into the core's structs, without JSON output.
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
    // Named by file name, so the harness finds each input's figures whatever folder it was written to.
    const std::string path = argv[i];
    const std::string name = path.substr(path.find_last_of('/') + 1);
    benchmark::RegisterBenchmark(name.c_str(), analyse_file, texts.back())->Unit(benchmark::kMicrosecond);
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
