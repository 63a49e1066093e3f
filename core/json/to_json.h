// newsmark/1 as JSON through nlohmann/json, for the CLI and exports. Keys keep the schema's order (ordered_json) so the
// native output is byte for byte what JSON.stringify gives for the wasm's objects.
#pragma once
#include <nlohmann/json.hpp>

#include "analysis.h"

namespace newsmark {

nlohmann::ordered_json to_json(const Analysis& a);

// One quote as to_json writes it (the CLI's csv and md rows read their cells from it).
nlohmann::ordered_json quote_json(const Quote& q);

// Appends the members of to_json(a) as compact JSON, without braces, building one element's tree at a time: what
// dump(to_json(a)) writes between its braces, at the memory of the largest element rather than of the whole tree.
void append_members(const Analysis& a, std::string& out);

// Serialises compactly, or indented for people; invalid UTF-8 can never reach here, but is replaced rather than thrown.
std::string dump(const nlohmann::ordered_json& j, bool pretty = false);

}  // namespace newsmark
