// newsmark/1 as JSON through nlohmann/json, for the CLI and exports. Keys keep the schema's order (ordered_json) so the
// native output is byte for byte what JSON.stringify gives for the wasm's objects.
#pragma once
#include <nlohmann/json.hpp>

#include "analysis.h"

namespace newsmark {

nlohmann::ordered_json to_json(const Analysis& a);

// Serialises compactly, or indented for people; invalid UTF-8 can never reach here, but is replaced rather than thrown.
std::string dump(const nlohmann::ordered_json& j, bool pretty = false);

}  // namespace newsmark
