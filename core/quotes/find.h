// Quote spans from paired marks: per paragraph, nested single quotes inside double ones, quotes that run on into the
// next paragraph, and bounded handling of marks that never close.
#pragma once
#include <cstdint>
#include <vector>

#include "text/document.h"

namespace newsmark::quotes {

struct Span {
  uint32_t begin = 0, end = 0;     // content tokens [begin, end), without the marks
  uint32_t open = 0;               // the opening mark's token
  int32_t close = -1;              // the closing mark's token, or -1 when the quote runs to its paragraph's end
  uint32_t paragraph = 0;
  int32_t continues = -1;          // index of the span this one runs on into (the next paragraph's piece), or -1
  int32_t continued_from = -1;     // index of the span this one continues, or -1
  bool embedded = false;           // the text of an embedded post (no marks at all)
  bool single = false;             // delimited by single marks

  // The first token after the quote and its closing mark (its paragraph's end when it never closes).
  uint32_t past() const { return close < 0 ? end : static_cast<uint32_t>(close) + 1; }
};

// Spans in text order. A paragraph that opens a quote without closing it continues into the next paragraph when that
// one opens with a mark; otherwise the quote ends with its paragraph, and only if it is short enough to be one.
std::vector<Span> find_spans(const text::Document& doc);

}  // namespace newsmark::quotes
