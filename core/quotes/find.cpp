#include "quotes/find.h"

#include "quotes/marks.h"
#include "util/small.h"

namespace newsmark::quotes {
namespace {

// An unclosed quote longer than this (in tokens) is a stray mark, not a quote.
constexpr uint32_t kMaxUnclosedTokens = 120;

bool has_content(const text::Document& doc, uint32_t b, uint32_t e) {
  for (uint32_t t = b; t < e; ++t)
    if (doc.tokens[t].kind != text::TokenKind::Punct) return true;
  return false;
}

// The spans of one paragraph at a time, mark by mark: one method per kind of mark, the state they share in fields.
class Scanner {
 public:
  Scanner(const text::Document& doc, std::vector<Span>& out) : doc_(doc), out_(out) {}

  void begin_paragraph(uint32_t p) {
    p_ = p;
    para_ = doc_.paragraphs[p];
    open_double_ = open_single_ = inner_double_ = displaced_ = holding_ = -1;
    outer_style_ = inner_style_ = Style::Curly;
    displaced_out_ = held_ = 0;
    first_mark_ = true;
  }

  void mark(const Mark& mk) {
    if (mk.token < para_.begin) return;
    const bool opens_paragraph = first_mark_ && mk.token == para_.begin;
    first_mark_ = false;
    if (pending_ >= 0 && !opens_paragraph) pending_ = -1;
    if (mk.family != Family::Double) return single_mark(mk);
    if (mk.role == Role::Open) return open_double(mk);
    close_double(mk);
  }

  // A double quote still open at the paragraph's end runs on into the next one when that opens with a mark
  // (`next_opens`), else ends here if it is short enough to be a quote.
  void end_paragraph(bool next_opens) {
    if (open_double_ < 0) {
      pending_ = -1;
      return;
    }
    const uint32_t b = static_cast<uint32_t>(open_double_) + 1;
    if (!has_content(doc_, b, para_.end) || (!next_opens && para_.end - b > kMaxUnclosedTokens)) {
      pending_ = -1;
      return;
    }
    push_double(Span{b, para_.end, static_cast<uint32_t>(open_double_), -1, p_});
    pending_ = next_opens ? static_cast<int32_t>(out_.size() - 1) : -1;
  }

 private:
  void open_double(const Mark& mk) {
    if (open_double_ >= 0 && inner_double_ < 0 && mk.style != outer_style_) {
      inner_double_ = static_cast<int32_t>(mk.token);  // a quote inside the quote belongs to it
      inner_style_ = mk.style;
      return;
    }
    if (open_double_ >= 0) displaced_ = open_double_, displaced_out_ = out_.size();
    if (open_double_ < 0 && open_single_ >= 0 && holding_ < 0 &&
        doc_.tokens[static_cast<uint32_t>(open_single_) + 1].has(text::kCapitalized))
      holding_ = open_single_, held_ = out_.size();
    open_double_ = static_cast<int32_t>(mk.token);  // an opener while one is open: the earlier never closed
    outer_style_ = mk.style;
    open_single_ = inner_double_ = -1;
  }

  void close_double(const Mark& mk) {
    if (open_double_ < 0) {
      if (displaced_ < 0 || out_.size() == displaced_out_) return;  // a stray closing mark
      out_.resize(displaced_out_);  // the inner quotes belong to the outer one
      open_double_ = displaced_;
      displaced_ = -1;
    }
    if (inner_double_ >= 0) {
      const bool closes_inner = mk.style == inner_style_;
      inner_double_ = -1;
      if (closes_inner) return;
    }
    const uint32_t b = static_cast<uint32_t>(open_double_) + 1;
    if (has_content(doc_, b, mk.token))
      push_double(Span{b, mk.token, static_cast<uint32_t>(open_double_), static_cast<int32_t>(mk.token), p_});
    pending_ = -1;
    open_double_ = open_single_ = inner_double_ = -1;
    if (holding_ >= 0) open_single_ = holding_;  // the single quote around it is still open
  }

  // Single quotes inside double ones belong to the outer quote; on their own they are quotes (British style).
  void single_mark(const Mark& mk) {
    if (mk.role == Role::Open) {
      if (open_single_ < 0) open_single_ = static_cast<int32_t>(mk.token);
      return;
    }
    if (open_single_ < 0) return;  // an apostrophe, or a stray closing mark
    if (open_double_ < 0 && has_content(doc_, static_cast<uint32_t>(open_single_) + 1, mk.token)) {
      if (holding_ == open_single_) out_.resize(held_);  // the double quotes inside belong to it
      holding_ = -1;
      Span s{static_cast<uint32_t>(open_single_) + 1, mk.token, static_cast<uint32_t>(open_single_),
             static_cast<int32_t>(mk.token), p_};
      s.single = true;
      out_.push_back(s);
    }
    open_single_ = -1;
  }

  // A double-quoted span, linked to the piece it continues when its mark opens the paragraph after that piece's.
  void push_double(Span s) {
    if (pending_ >= 0 && out_[pending_].paragraph + 1 == p_ && s.open == para_.begin) {
      s.continued_from = pending_;
      out_[pending_].continues = static_cast<int32_t>(out_.size());
    }
    out_.push_back(s);
  }

  const text::Document& doc_;
  std::vector<Span>& out_;
  int32_t pending_ = -1;  // the span whose quote runs on past its paragraph
  uint32_t p_ = 0;
  text::TokenRange para_;
  int32_t open_double_ = -1, open_single_ = -1;
  Style outer_style_ = Style::Curly;
  int32_t inner_double_ = -1;  // a double quote of another style open inside the outer one
  Style inner_style_ = Style::Curly;
  // An opener replaced by a later one of the same style, and the spans found since: a closing mark left over later
  // shows the quote was nested in it after all (“… what he calls “hell” than …”).
  int32_t displaced_ = -1;
  std::size_t displaced_out_ = 0;
  // British style: a single quote opening on a capital (‘He told me “no” twice,’) holds the double quotes inside it;
  // they are set aside from `held_` on and dropped when the single quote closes.
  int32_t holding_ = -1;
  std::size_t held_ = 0;
  bool first_mark_ = true;
};

}  // namespace

std::vector<Span> find_spans(const text::Document& doc) {
  std::vector<Span> out;
  const auto marks = find_marks(doc);
  Scanner scan(doc, out);
  std::size_t m = 0;
  for (uint32_t p = 0; p < doc.paragraphs.size(); ++p) {
    scan.begin_paragraph(p);
    for (; m < marks.size() && marks[m].token < doc.paragraphs[p].end; ++m) scan.mark(marks[m]);
    const bool next_opens = p + 1 < doc.paragraphs.size() && m < marks.size() &&
                            marks[m].token == doc.paragraphs[p + 1].begin && marks[m].role == Role::Open &&
                            marks[m].family == Family::Double;
    scan.end_paragraph(next_opens);
  }
  return out;
}

}  // namespace newsmark::quotes

#include "util/small_end.h"
