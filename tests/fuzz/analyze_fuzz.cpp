// libFuzzer target: analyze() must neither crash nor break the text layer's invariants on any bytes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "newsmark.h"
#include "text/document.h"
#include "text/utf8.h"

namespace {

// abort() rather than assert: the invariants must hold in release builds too.
void require(bool ok) {
  if (!ok) std::abort();
}

void check_document(std::string_view input) {
  const auto d = newsmark::text::make_document(input);
  const auto u16 = newsmark::text::utf16_offsets(d.text);  // the dense table the UTF-16 index stands for
  for (uint32_t b = 0; b <= d.text.size(); ++b) require(d.js(b) == u16[b]);
  uint32_t prev = 0;
  for (std::size_t t = 0; t < d.tokens.size(); ++t) {
    const uint32_t b = d.text_begin(t), e = d.text_end(t);
    require(prev <= b && b < e && e <= d.text.size());
    require(d.js_begin(t) < d.js_end(t));
    prev = e;
  }
  uint32_t next = 0;
  for (const auto& s : d.sentences) {
    require(s.begin == next && s.begin < s.end);
    next = s.end;
  }
  require(next == d.tokens.size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  check_document(input);
  // Options vary with the input's length, so every input also runs under a given date and each day/month order.
  static const char* const kDct[] = {"", "2022-01-07"};
  static const char* const kOrder[] = {"", "dmy", "mdy"};
  newsmark::Analysis a;
  const auto status = newsmark::analyze(input, {kDct[size / 3 % 2], kOrder[size % 3]}, a);
  require(status.ok() || size > newsmark::kMaxInputBytes);
  const auto doc = newsmark::text::make_document(input);
  const uint32_t len = doc.js(static_cast<uint32_t>(doc.text.size()));
  for (const auto& q : a.quotes) require(q.at.start <= q.at.end && q.at.end <= len);
  for (const auto& m : a.dates) require(m.at.start <= m.at.end && m.at.end <= len);
  for (const auto& c : a.countries)
    for (const auto& m : c.mentions) require(m.at.start <= m.at.end && m.at.end <= len);
  for (const auto& p : a.people)
    for (const auto& m : p.mentions) require(m.at.start <= m.at.end && m.at.end <= len);
  return 0;
}
