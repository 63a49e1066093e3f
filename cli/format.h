// Writes one document's result in the chosen format: a newsmark/1 line, or one csv / markdown row per quote.
// wasm/cli-format.mjs writes the same bytes for the same result.
#pragma once
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "analysis.h"
#include "args.h"

namespace newsmark::cli {

using json = nlohmann::ordered_json;

// What comes before the first document: the csv header row, or the markdown table's head.
std::string header(Format format);

// `text` is the UTF-8 the offsets in `a` index (after repair), for the quote column.
std::string format_analysis(const json& id, const Analysis& a, std::string_view text, const Args& args);

std::string format_error(const json& id, std::string_view code, std::string_view message, const Args& args);

}  // namespace newsmark::cli
