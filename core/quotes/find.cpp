#include "quotes/find.h"

#include "quotes/marks.h"

namespace newsmark::quotes {
namespace {

// An unclosed quote longer than this (in tokens) is a stray mark, not a quote.
constexpr uint32_t kMaxUnclosedTokens = 120;

bool has_content(const text::Document& doc, uint32_t b, uint32_t e) {
  for (uint32_t t = b; t < e; ++t)
    if (doc.tokens[t].kind != text::TokenKind::Punct) return true;
  return false;
}

}  // namespace

std::vector<Span> find_spans(const text::Document& doc) {
  std::vector<Span> out;
  const auto marks = find_marks(doc);
  std::size_t m = 0;
  int32_t pending = -1;  // the span whose quote runs on past its paragraph
  for (uint32_t p = 0; p < doc.paragraphs.size(); ++p) {
    const auto& para = doc.paragraphs[p];
    int32_t open_double = -1, open_single = -1;
    Style outer_style = Style::Curly;
    int32_t inner_double = -1;  // a double quote of another style open inside the outer one
    Style inner_style = Style::Curly;
    // An opener replaced by a later one of the same style, and the spans found since: a closing mark left over later
    // shows the quote was nested in it after all (“… what he calls “hell” than …”).
    int32_t displaced = -1;
    std::size_t displaced_out = 0;
    // British style: a single quote opening on a capital (‘He told me “no” twice,’) holds the double quotes inside it;
    // they are set aside from `held` on and dropped when the single quote closes.
    int32_t holding = -1;
    std::size_t held = 0;
    bool first_mark = true;
    for (; m < marks.size() && marks[m].token < para.end; ++m) {
      const Mark& mk = marks[m];
      if (mk.token < para.begin) continue;
      const bool opens_paragraph = first_mark && mk.token == para.begin;
      first_mark = false;
      if (pending >= 0 && !opens_paragraph) pending = -1;
      if (mk.family == Family::Double) {
        if (mk.role == Role::Open) {
          if (open_double >= 0 && inner_double < 0 && mk.style != outer_style) {
            inner_double = static_cast<int32_t>(mk.token);  // a quote inside the quote belongs to it
            inner_style = mk.style;
            continue;
          }
          if (open_double >= 0) displaced = open_double, displaced_out = out.size();
          if (open_double < 0 && open_single >= 0 && holding < 0 &&
              doc.tokens[static_cast<uint32_t>(open_single) + 1].has(text::kCapitalized))
            holding = open_single, held = out.size();
          open_double = static_cast<int32_t>(mk.token);  // an opener while one is open: the earlier never closed
          outer_style = mk.style;
          open_single = inner_double = -1;
          continue;
        }
        if (open_double < 0) {
          if (displaced < 0 || out.size() == displaced_out) continue;  // a stray closing mark
          out.resize(displaced_out);  // the inner quotes belong to the outer one
          open_double = displaced;
          displaced = -1;
        }
        if (inner_double >= 0) {
          const bool closes_inner = mk.style == inner_style;
          inner_double = -1;
          if (closes_inner) continue;
        }
        const uint32_t b = static_cast<uint32_t>(open_double) + 1;
        if (has_content(doc, b, mk.token)) {
          Span s{b, mk.token, static_cast<uint32_t>(open_double), static_cast<int32_t>(mk.token), p};
          if (pending >= 0 && out[pending].paragraph + 1 == p && static_cast<uint32_t>(open_double) == para.begin) {
            s.continued_from = pending;
            out[pending].continues = static_cast<int32_t>(out.size());
          }
          out.push_back(s);
        }
        pending = -1;
        open_double = open_single = inner_double = -1;
        if (holding >= 0) open_single = holding;  // the single quote around it is still open
        continue;
      }
      if (mk.role == Role::Open) {
        if (open_single < 0) open_single = static_cast<int32_t>(mk.token);
        continue;
      }
      if (open_single < 0) continue;  // an apostrophe, or a stray closing mark
      // Single quotes inside double ones belong to the outer quote; on their own they are quotes (British style).
      if (open_double < 0 && has_content(doc, static_cast<uint32_t>(open_single) + 1, mk.token)) {
        if (holding == open_single) out.resize(held);  // the double quotes inside belong to it
        holding = -1;
        Span s{static_cast<uint32_t>(open_single) + 1, mk.token, static_cast<uint32_t>(open_single),
               static_cast<int32_t>(mk.token), p};
        s.single = true;
        out.push_back(s);
      }
      open_single = -1;
    }
    if (open_double >= 0) {
      const uint32_t b = static_cast<uint32_t>(open_double) + 1;
      const bool next_opens = p + 1 < doc.paragraphs.size() && m < marks.size() &&
                              marks[m].token == doc.paragraphs[p + 1].begin && marks[m].role == Role::Open &&
                              marks[m].family == Family::Double;
      if (has_content(doc, b, para.end) && (next_opens || para.end - b <= kMaxUnclosedTokens)) {
        Span s{b, para.end, static_cast<uint32_t>(open_double), -1, p};
        if (pending >= 0 && out[pending].paragraph + 1 == p && static_cast<uint32_t>(open_double) == para.begin) {
          s.continued_from = pending;
          out[pending].continues = static_cast<int32_t>(out.size());
        }
        out.push_back(s);
        pending = next_opens ? static_cast<int32_t>(out.size() - 1) : -1;
      } else {
        pending = -1;
      }
    } else {
      pending = -1;
    }
  }
  return out;
}

}  // namespace newsmark::quotes
