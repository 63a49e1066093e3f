#include "text/document.h"

#include "text/chars.h"
#include "text/header.h"
#include "text/segment.h"
#include "text/utf8.h"

namespace newsmark::text {

uint32_t Document::text_end(std::size_t t) const {
  // The byte after the token's last normalised character, in the original: one original character may have become
  // several normalised bytes ("…" -> "..."), so step over the whole original character.
  const uint32_t last = norm.to_text[tokens[t].end - 1];
  if (text[last] == '`' || (text[last] == '\'' && last + 1 < text.size() && text[last + 1] == '\'' &&
                            norm.s[tokens[t].end - 1] == '"'))
    return last + 2;
  char32_t cp;
  return last + decode_at(text, last, cp);
}

Document make_document(std::string_view utf8) {
  Document d;
  d.text = repair_utf8(utf8);
  d.u16 = utf16_offsets(d.text);
  d.header = find_date_header(d.text);
  const uint32_t body = d.header ? d.header->body : 0;
  // Only the body is normalised and tokenised; its offsets are shifted so they still index the whole text.
  d.norm = normalize(std::string_view(d.text).substr(body));
  for (auto& b : d.norm.to_text) b += body;
  d.tokens = tokenize(d.norm.s);
  d.paragraphs = find_paragraphs(d.norm.s, d.tokens);
  d.sentences = find_sentences(d);
  return d;
}

}  // namespace newsmark::text
