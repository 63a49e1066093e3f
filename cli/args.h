// The CLI's command line, parsed the same way as wasm/cli.mjs parses it.
#pragma once
#include <string>
#include <vector>

namespace newsmark::cli {

enum class Format { Jsonl, Csv, Md };

struct Args {
  bool pretty = false;
  std::string dct, date_order;
  Format format = Format::Jsonl;
  int jobs = 0;                     // 0: one per hardware core
  std::vector<std::string> inputs;  // plain-text files and folders; none: JSON lines on standard input
};

extern const char* const kUsage;

// Fills args; returns an empty string, or the usage error to print before exiting with 2. Sets help for -h/--help.
std::string parse_args(int argc, char** argv, Args& args, bool& help);

}  // namespace newsmark::cli
