#include "jsonl.h"

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace newsmark::cli {

namespace {

// Brackets outside strings, counted on the raw bytes; a malformed line is refused by the parser afterwards anyway.
bool nests_too_deep(std::string_view s) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxLineDepth) return true;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return false;
}

LineRecord refuse(json id, std::string code, std::string message) {
  LineRecord r;
  r.id = std::move(id);
  r.code = std::move(code);
  r.message = std::move(message);
  return r;
}

}  // namespace

LineRecord read_line(std::string_view bytes) {
  if (bytes.find_first_not_of(" \t\r") == std::string_view::npos) return refuse(nullptr, "blank-line", " is blank");
  if (nests_too_deep(bytes))
    return refuse(nullptr, "bad-json", " nests deeper than " + std::to_string(kMaxLineDepth) + " levels");
  json rec = json::parse(bytes, nullptr, false);
  if (rec.is_discarded() || !rec.is_object()) return refuse(nullptr, "bad-json", " is not a JSON object");
  json id = rec.contains("id") ? std::move(rec["id"]) : json(nullptr);
  if (id.is_structured()) return refuse(nullptr, "bad-id", " has an \"id\" that is not a string, number, boolean or null");
  if (!rec.contains("text") || !rec["text"].is_string()) return refuse(std::move(id), "bad-text", " has no \"text\" string");
  LineRecord r;
  r.id = std::move(id);
  r.text = std::move(rec["text"].get_ref<std::string&>());
  if (rec.contains("dct") && !rec["dct"].is_null()) {
    if (!rec["dct"].is_string()) return refuse(std::move(r.id), "bad-dct", " has a \"dct\" that is not a string");
    r.has_dct = true;
    r.dct = rec["dct"].get<std::string>();
  }
  if (rec.contains("dateOrder") && !rec["dateOrder"].is_null()) {
    if (!rec["dateOrder"].is_string())
      return refuse(std::move(r.id), "bad-date-order", " has a \"dateOrder\" that is not a string");
    r.has_date_order = true;
    r.date_order = rec["dateOrder"].get<std::string>();
  }
  return r;
}

std::string js_number(double v) {
  if (!std::isfinite(v)) return "null";
  if (v == 0) return "0";  // -0 too
  char buf[64];
  const auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);  // shortest round trip
  const std::string_view sci(buf, static_cast<std::size_t>(res.ptr - buf));
  const std::size_t e = sci.find('e');
  std::string sign, digits;
  for (char c : sci.substr(0, e)) {
    if (c == '-') sign = "-";
    else if (c != '.') digits += c;
  }
  const int k = static_cast<int>(digits.size());
  const int n = std::atoi(std::string(sci.substr(e + 1)).c_str()) + 1;  // the decimal point sits after n digits
  if (k <= n && n <= 21) return sign + digits + std::string(static_cast<std::size_t>(n - k), '0');
  if (0 < n && n <= 21) return sign + digits.substr(0, static_cast<std::size_t>(n)) + '.' + digits.substr(static_cast<std::size_t>(n));
  if (-6 < n && n <= 0) return sign + "0." + std::string(static_cast<std::size_t>(-n), '0') + digits;
  const std::string exp = (n - 1 < 0 ? "e-" : "e+") + std::to_string(std::abs(n - 1));
  return sign + digits.substr(0, 1) + (k > 1 ? "." + digits.substr(1) : "") + exp;
}

}  // namespace newsmark::cli
