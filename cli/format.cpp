#include "format.h"

#include <algorithm>
#include <vector>

#include "json/to_json.h"
#include "jsonl.h"
#include "text/utf8.h"

namespace newsmark::cli {

namespace {

// RFC 4180: a field holding a quote, comma or line break is quoted, its quotes doubled.
std::string csv_field(std::string_view s) {
  if (s.find_first_of("\",\r\n") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

// A markdown table cell is one line, and a pipe would end it.
std::string md_cell(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '|') out += "\\|";
    else if (s[i] == '\r' || s[i] == '\n') {
      if (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
      out += ' ';
    } else out += s[i];
  }
  return out;
}

std::string row(Format format, const std::vector<std::string>& cells) {
  std::string out = format == Format::Md ? "|" : "";
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (format == Format::Md) out.append(" ").append(md_cell(cells[i])).append(" |");
    else out.append(i ? "," : "").append(csv_field(cells[i]));
  }
  return out.append(format == Format::Md ? "\n" : "\r\n");
}

std::string id_cell(const json& id) {
  if (id.is_string()) return id.get<std::string>();
  if (id.is_number()) return js_number(id.get<double>());
  return id.is_null() ? "" : dump(id);
}

// A numeric id is written as JSON.stringify writes it, which nlohmann's dump does not (1.0, 1e-7, -0.0, 2^60); the id
// is the first key, so the first null written is its place.
std::string dump_record(json out, bool pretty) {
  if (!out["id"].is_number()) return dump(out, pretty) + '\n';
  const std::string number = js_number(out["id"].get<double>());
  out["id"] = nullptr;
  std::string s = dump(out, pretty);
  return s.replace(s.find("null"), 4, number) + '\n';
}

// The bytes of text that a UTF-16 span covers, through the byte -> UTF-16 table.
std::string_view slice(std::string_view text, const std::vector<uint32_t>& u16, uint32_t start, uint32_t end) {
  const auto byte = [&](uint32_t at) { return std::lower_bound(u16.begin(), u16.end(), at) - u16.begin(); };
  const auto b = static_cast<std::size_t>(byte(start));
  return text.substr(b, static_cast<std::size_t>(byte(end)) - b);
}

}  // namespace

std::string header(Format format) {
  if (format == Format::Jsonl) return {};
  std::string out = row(format, {"id", "speaker", "quote", "kind", "rule", "confidence"});
  return format == Format::Md ? out + "|---|---|---|---|---|---|\n" : out;
}

std::string format_analysis(const json& id, const Analysis& a, std::string_view text, const Args& args) {
  if (args.format == Format::Jsonl && !args.pretty) {
    // Streamed element by element: a tree of the whole analysis was two-thirds of the CLI's peak memory.
    std::string out = "{\"id\":" + (id.is_number() ? js_number(id.get<double>()) : dump(id)) + ',';
    append_members(a, out);
    return out += "}\n";
  }
  if (args.format == Format::Jsonl) {
    json out{{"id", id}}, body = to_json(a);
    for (auto& [k, v] : body.items()) out[k] = std::move(v);
    return dump_record(std::move(out), args.pretty);
  }
  const auto u16 = text::utf16_offsets(text);
  std::string out;
  for (const auto& quote : a.quotes) {
    const json q = quote_json(quote);
    const auto& name = q["speakerName"];
    out += row(args.format, {id_cell(id), name.is_string() ? name.get<std::string>() : "",
                             std::string(slice(text, u16, q["start"].get<uint32_t>(), q["end"].get<uint32_t>())),
                             q["kind"].get<std::string>(), q["rule"].get<std::string>(), dump(q["confidence"])});
  }
  return out;
}

std::string format_error(const json& id, std::string_view code, std::string_view message, const Args& args) {
  if (args.format == Format::Jsonl) {
    return dump_record(json{{"id", id}, {"error", {{"code", code}, {"message", message}}}}, args.pretty);
  }
  return row(args.format, {id_cell(id), "", std::string(message), "error", std::string(code), ""});
}

}  // namespace newsmark::cli
