// One line of JSON-lines input read into a record. wasm/cli-records.mjs reads lines by the same rules, in the same
// order, so both CLIs answer every line alike; tests/fuzz/jsonl_fuzz.cpp fuzzes this reader.
#pragma once
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace newsmark::cli {

using json = nlohmann::ordered_json;

// Deeper lines are refused before parsing: copying or checking a deeper value recursively could exhaust the stack.
inline constexpr int kMaxLineDepth = 64;

struct LineRecord {
  json id;  // null when absent, or when the line was refused before its id could be read
  std::string text;
  bool has_dct = false, has_date_order = false;
  std::string dct, date_order;
  std::string code, message;  // set when the line is refused; message follows "line N"
};

LineRecord read_line(std::string_view bytes);

// ECMAScript's Number::toString, which is how JSON.stringify writes a number ("null" when not finite), so a numeric
// id is echoed as the Node CLI echoes it.
std::string js_number(double v);

}  // namespace newsmark::cli
