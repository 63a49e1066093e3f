// The document date. The caller's date wins, then the `date YYYY-MM-DD` header; else the first full date near the top
// that stands as a dateline or byline: alone on its line (`March 01 , 2008` under a title, `January 7, 2022 -`),
// after `Published`/`Updated`/`Posted`, or before an agency or dash (`LONDON, Jan 7, 2022 (Reuters) -`). An ISO date
// is the header's form: below the first line it counts only after `Published` and the like.
#include "recognise/dates/internal.h"
#include "util/digits.h"
#include "util/small.h"

namespace newsmark::dates {

namespace {
constexpr std::size_t kTopTokens = 80;  // how far down a dateline may stand
constexpr std::size_t kShortLine = 14;  // a line this short holding a full date is a date line

bool published(const Ctx& c, std::size_t t) {
  return c.is(t, "published") || c.is(t, "updated") || c.is(t, "posted") || c.is(t, "dated") || c.is(t, "filed");
}
}  // namespace

std::optional<Dct> document_date(const Ctx& c, const std::vector<Cand>& cands, std::string_view option) {
  if (!option.empty()) return Dct{std::string(option), DctSource::Option, std::nullopt};
  const auto& doc = c.doc;
  if (doc.header)
    return Dct{doc.header->value, DctSource::Header, Offsets{doc.js(doc.header->begin), doc.js(doc.header->end)}};
  for (const Cand& k : cands) {
    if (k.b >= kTopTokens) break;
    if (!(k.y && k.m && k.d) || (k.kind != DateKind::Date && k.kind != DateKind::Time)) continue;
    std::size_t line_b = k.b, line_e = k.e;
    while (line_b > 0 && !doc.tokens[line_b].has(text::kLineBefore)) --line_b;
    while (line_e < c.n && !doc.tokens[line_e].has(text::kLineBefore)) ++line_e;
    bool said = false;
    for (std::size_t t = line_b; t < k.b && !said; ++t) said = published(c, t);
    // An ISO date anywhere but the first line's `date` header is no dateline unless a Published line says so.
    const bool iso = std::string_view(k.rule) == "iso";
    const bool cued = said || (!iso && (line_e - line_b <= kShortLine || c.punct(k.e, '(') || c.punct(k.e, '-')));
    if (!cued) continue;
    return Dct{ymd(k.y, k.m, k.d), DctSource::Dateline, Offsets{doc.js_begin(k.b), doc.js_end(k.e - 1)}};
  }
  return std::nullopt;
}

}  // namespace newsmark::dates

#include "util/small_end.h"
