// newsmark CLI: JSON lines {id, text, dct?, dateOrder?} in, or plain-text files and folders; one result per document
// out, in input order, as newsmark/1 JSON lines, csv or a markdown table. A bad document yields an error record and
// the run goes on; the exit code says whether any failed (see kUsage).
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <thread>

#include "args.h"
#include "format.h"
#include "ordered.h"
#include "progress.h"
#include "records.h"
#include "reuse_heap.h"

int main(int argc, char** argv) {
  using namespace newsmark::cli;
  std::ios::sync_with_stdio(false);
  reuse_freed_memory();
  Args args;
  bool help = false;
  if (const auto error = parse_args(argc, argv, args, help); !error.empty()) {
    std::cerr << "newsmark: " << error << "\n" << kUsage;
    return 2;
  }
  if (help) {
    std::cout << kUsage;
    return 0;
  }
  const int jobs = args.jobs > 0 ? args.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));

  static char buffer[1 << 16];
  std::setvbuf(stdout, buffer, _IOFBF, sizeof buffer);
  const auto write = [](const std::string& s) { std::fwrite(s.data(), 1, s.size(), stdout); };
  write(header(args.format));
  Reader reader(std::cin, args.inputs);
  Progress progress(reader.known_size());
  bool failed = false;
  run_ordered(reader, jobs, [&](const Item& item) { return process(item, args); }, [&](const Result& r) {
    write(r.text);
    failed |= r.failed;
    progress.add(r.input_bytes, r.failed);
  });
  std::fflush(stdout);
  progress.finish();
  return failed ? 1 : 0;
}
