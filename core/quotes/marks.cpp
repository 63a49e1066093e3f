#include "quotes/marks.h"

namespace newsmark::quotes {

std::vector<Mark> find_marks(const text::Document& doc) {
  std::vector<Mark> out;
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
    if (doc.tokens[i].kind != text::TokenKind::Punct) continue;
    const auto w = doc.word(i);
    if (w != "\"" && w != "'") continue;
    const uint32_t b = doc.text_begin(i);
    text::QuoteChar q;
    if (!text::read_quote_char(doc.text, b, text::Guillemets::AsWritten, q)) continue;
    const text::Facing f = text::facing_by_spacing(q, doc.text, b, doc.text_end(i));
    if (f == text::Facing::Either) continue;
    out.push_back({i, q.family, f == text::Facing::Open ? Role::Open : Role::Close, q.style});
  }
  return out;
}

}  // namespace newsmark::quotes
