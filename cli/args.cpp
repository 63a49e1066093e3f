#include "args.h"

#include <string_view>

namespace newsmark::cli {

// wasm/cli.mjs prints the same text, byte for byte.
const char* const kUsage =
    "usage: newsmark [options] [FILE|FOLDER ...]\n"
    "  Reads JSON lines {\"id\", \"text\", \"dct\"?, \"dateOrder\"?} on standard input and writes one result per input line,\n"
    "  in input order; a blank or bad line gives an error record {\"id\", \"error\": {\"code\", \"message\"}} and the run goes on.\n"
    "  Given FILEs or FOLDERs, analyses each plain-text file instead (a folder: its *.txt files, recursively, by name).\n"
    "options:\n"
    "  --format jsonl|csv|md  jsonl (default): one newsmark/1 analysis per line; csv (RFC 4180) or a markdown table: one\n"
    "                         row per quote: id, speaker, quote, kind, rule, confidence (an error: a row of kind error)\n"
    "  --jobs N               documents analysed at once (default: one per core; the Node CLI runs one at a time)\n"
    "  --dct YYYY-MM-DD       the article date where a line or file gives none\n"
    "  --date-order dmy|mdy   day/month order of numeric dates such as 07/01/2022\n"
    "  --pretty               indented JSON (jsonl only)\n"
    "  -h, --help             this text\n"
    "  A progress line goes to standard error when it is a terminal.\n"
    "exit codes: 0 every document analysed; 1 some gave error records; 2 usage error, nothing analysed.\n";

namespace {

bool parse_jobs(std::string_view s, int& jobs) {
  if (s.empty() || s.size() > 3 || s[0] == '0') return false;
  int n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    n = n * 10 + (c - '0');
  }
  if (n > 256) return false;
  jobs = n;
  return true;
}

}  // namespace

std::string parse_args(int argc, char** argv, Args& a, bool& help) {
  help = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    const bool takes_value = arg == "--dct" || arg == "--date-order" || arg == "--format" || arg == "--jobs";
    if (takes_value && i + 1 >= argc) return std::string(arg) + " needs a value";
    if (arg == "--pretty") a.pretty = true;
    else if (arg == "--dct") a.dct = argv[++i];
    else if (arg == "--date-order") a.date_order = argv[++i];
    else if (arg == "--jobs") {
      if (!parse_jobs(argv[++i], a.jobs)) return "--jobs needs a whole number from 1 to 256";
    } else if (arg == "--format") {
      const std::string_view f = argv[++i];
      if (f == "jsonl") a.format = Format::Jsonl;
      else if (f == "csv") a.format = Format::Csv;
      else if (f == "md") a.format = Format::Md;
      else return "--format must be jsonl, csv or md";
    } else if (arg == "-h" || arg == "--help") help = true;
    else if (arg.size() > 1 && arg[0] == '-') return "unknown option " + std::string(arg);
    else a.inputs.emplace_back(arg);
  }
  if (a.pretty && a.format != Format::Jsonl) return "--pretty applies to --format jsonl only";
  return {};
}

}  // namespace newsmark::cli
