// newsmark CLI: JSON lines {id, text, dct?} in, one newsmark/1 analysis per line out (or one article from a file).
// A bad line yields {"id", "error"} and the run goes on; the exit code says whether any line failed.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "json/to_json.h"
#include "newsmark.h"

namespace {

using json = nlohmann::ordered_json;

constexpr const char* kUsage =
    "usage: newsmark [--pretty] [--dct YYYY-MM-DD] [--date-order dmy|mdy] [FILE]\n"
    "  Reads JSON lines {\"id\", \"text\", \"dct\"?, \"dateOrder\"?} on standard input and writes one newsmark/1 analysis per line.\n"
    "  With FILE, analyses that one plain-text article instead.\n";

json error_line(const json& id, std::string_view code, std::string_view message) {
  json out;
  out["id"] = id;
  out["error"] = {{"code", code}, {"message", message}};
  return out;
}

// Analyses one record; returns the output object and whether it succeeded.
bool analyse(const json& id, std::string_view text, const newsmark::Options& options, json& out) {
  newsmark::Analysis a;
  const auto status = newsmark::analyze(text, options, a);
  if (!status.ok()) {
    out = error_line(id, status.code, status.message);
    return false;
  }
  out = json{{"id", id}};
  json body = newsmark::to_json(a);
  for (auto& [k, v] : body.items()) out[k] = std::move(v);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  bool pretty = false;
  std::string dct, date_order, file;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--pretty") pretty = true;
    else if (arg == "--dct" && i + 1 < argc) dct = argv[++i];
    else if (arg == "--date-order" && i + 1 < argc) date_order = argv[++i];
    else if (arg == "-h" || arg == "--help") { std::cout << kUsage; return 0; }
    else if (!arg.empty() && arg[0] == '-') { std::cerr << "newsmark: unknown option " << arg << "\n" << kUsage; return 2; }
    else if (file.empty()) file = arg;
    else { std::cerr << kUsage; return 2; }
  }
  auto emit = [&](const json& j) { std::cout << newsmark::dump(j, pretty) << '\n'; };

  if (!file.empty()) {
    std::ifstream in(file, std::ios::binary);
    if (!in) { std::cerr << "newsmark: cannot read " << file << "\n"; return 2; }
    std::ostringstream ss;
    ss << in.rdbuf();
    json out;
    const bool ok = analyse(json(file), ss.str(), newsmark::Options{dct, date_order}, out);
    emit(out);
    return ok ? 0 : 1;
  }

  bool failed = false;
  std::string line;
  for (long n = 1; std::getline(std::cin, line); ++n) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const json rec = json::parse(line, nullptr, false);
    if (rec.is_discarded() || !rec.is_object()) {
      emit(error_line(nullptr, "bad-json", "line " + std::to_string(n) + " is not a JSON object"));
      failed = true;
      continue;
    }
    const json id = rec.contains("id") ? rec["id"] : json(nullptr);
    if (!rec.contains("text") || !rec["text"].is_string()) {
      emit(error_line(id, "bad-text", "line " + std::to_string(n) + " has no \"text\" string"));
      failed = true;
      continue;
    }
    std::string line_dct = dct;
    if (rec.contains("dct") && !rec["dct"].is_null()) {
      if (!rec["dct"].is_string()) {
        emit(error_line(id, "bad-dct", "line " + std::to_string(n) + " has a \"dct\" that is not a string"));
        failed = true;
        continue;
      }
      line_dct = rec["dct"].get<std::string>();
    }
    std::string line_order = date_order;
    if (rec.contains("dateOrder") && !rec["dateOrder"].is_null()) {
      if (!rec["dateOrder"].is_string()) {
        emit(error_line(id, "bad-date-order", "line " + std::to_string(n) + " has a \"dateOrder\" that is not a string"));
        failed = true;
        continue;
      }
      line_order = rec["dateOrder"].get<std::string>();
    }
    json out;
    failed |= !analyse(id, rec["text"].get_ref<const std::string&>(), newsmark::Options{line_dct, line_order}, out);
    emit(out);
  }
  return failed ? 1 : 0;
}
