// libFuzzer target for the CLI's JSON-lines reader: any line is read into a record or refused with a known code, and
// whatever is read can be written back; a numeric id survives JSON.stringify's formatting unchanged.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "format.h"
#include "jsonl.h"
#include "text/utf8.h"

namespace {

void require(bool ok) {
  if (!ok) std::abort();
}

bool known_code(const std::string& c) {
  return c == "blank-line" || c == "bad-json" || c == "bad-id" || c == "bad-text" || c == "bad-dct" ||
         c == "bad-date-order";
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace newsmark::cli;
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  const LineRecord r = read_line(line);
  require(r.code.empty() || known_code(r.code));
  require(!r.id.is_structured());
  if (r.code.empty()) require(newsmark::text::repair_utf8(r.text) == r.text);  // the parser let only valid UTF-8 in
  const std::string out = format_error(r.id, r.code, "line 1" + r.message, Args{});
  require(!out.empty() && out.back() == '\n' && out.find('\n') == out.size() - 1);
  if (size >= sizeof(double)) {
    double d;
    std::memcpy(&d, data, sizeof d);
    const std::string s = js_number(d);
    require(s == "null" || s == "0" || std::strtod(s.c_str(), nullptr) == d);
  }
  return 0;
}
