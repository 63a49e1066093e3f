#include "newsmark.h"

#include "pipeline.h"
#include "quotes/attribute.h"
#include "text/header.h"
#include "text/token.h"

namespace newsmark {

// Tokens hold offsets up to text::kMaxTokenOffset, so whatever analyze accepts is tokenised whole.
static_assert(kMaxInputBytes <= text::kMaxTokenOffset);

Status analyze(std::string_view utf8, const Options& options, Analysis& out) {
  out = Analysis{};
  if (!options.dct.empty() && !text::parse_ymd(options.dct))
    return {"bad-dct", "dct must be a calendar date written YYYY-MM-DD, got \"" + options.dct.substr(0, 40) + "\""};
  if (!options.date_order.empty() && options.date_order != "dmy" && options.date_order != "mdy")
    return {"bad-date-order", "dateOrder must be \"dmy\" or \"mdy\", got \"" + options.date_order.substr(0, 40) + "\""};
  if (utf8.size() > kMaxInputBytes)
    return {"too-large", "text is " + std::to_string(utf8.size()) + " bytes of UTF-8; the limit is " +
                             std::to_string(kMaxInputBytes) + " (" + std::to_string(kMaxInputBytes >> 20) + " MiB)"};
  run_pipeline(utf8, options, out);
  return {};
}

std::vector<SieveInfo> attribution_sieves() {
  std::vector<SieveInfo> out;
  for (const auto& s : quotes::sieves()) out.push_back({s.name, s.rule, s.confidence});
  return out;
}

}  // namespace newsmark
