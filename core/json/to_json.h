// newsmark/1 as JSON (schema/newsmark-1.schema.json), for the CLI, the exports and the wasm, which JSON.parses it. Keys
// keep the schema's order, so the native output is byte for byte what JSON.stringify gives for the library's objects.
#pragma once
#include <nlohmann/json.hpp>

#include "analysis.h"

namespace newsmark {

// The one writer: appends the members of an analysis as compact JSON, without braces, straight into `out` (no tree, so
// memory is the output's alone).
void append_members(const Analysis& a, std::string& out);

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
