// newsmark/1 as JSON (schema/newsmark-1.schema.json), for the CLI, the exports and the wasm, which JSON.parses it. Keys
// keep the schema's order, so the native output is byte for byte what JSON.stringify gives for the library's objects.
#pragma once
#include <nlohmann/json.hpp>

#include "analysis.h"

namespace newsmark {

// Where the writer may hand its output on between the elements of the analysis's arrays: once `out` holds at least `at`
// bytes, flush(context, out) takes them and leaves `out` empty. So a caller streams a large analysis in pieces (the
// wasm, to JavaScript) instead of holding one block of several times the input.
struct JsonFlush {
  void (*flush)(void* context, std::string& out) = nullptr;
  void* context = nullptr;
  std::size_t at = 0;
};

// The one writer: appends the members of an analysis as compact JSON, without braces, straight into `out` (no tree, so
// memory is the output's alone).
void append_members(const Analysis& a, std::string& out, const JsonFlush& flush = {});

// About how many bytes append_members writes (a little more, for plain text): reserved first, the output is written
// into one buffer instead of growing through copies twice its size (the wasm heap's high-water mark on large texts).
std::size_t json_size_hint(const Analysis& a);

// The same as a tree, read back from append_members' bytes (for --pretty and tests).
nlohmann::ordered_json to_json(const Analysis& a);

// One quote as to_json writes it, read back the same way (the CLI's csv and md rows read their cells from it).
nlohmann::ordered_json quote_json(const Quote& q);

// Serialises compactly, or indented for people; invalid UTF-8 can never reach here, but is replaced rather than thrown.
std::string dump(const nlohmann::ordered_json& j, bool pretty = false);

}  // namespace newsmark
