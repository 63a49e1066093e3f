#include "quotes/embedded.h"

#include "quotes/cues.h"
#include "util/small.h"

namespace newsmark::quotes {
namespace {

// A post holds at most this many characters (the longest common limit), which bounds how far back it reaches.
constexpr uint32_t kMaxPostChars = 300;
constexpr uint32_t kMaxNameTokens = 8;
constexpr uint32_t kMaxDateTokens = 6;


// An earlier paragraph belongs to the post only if it reads like one: a mention, a hashtag, a link or an emoji.
bool social(const text::Document& doc, const text::TokenRange& para) {
  for (uint32_t t = para.begin; t < para.end; ++t) {
    const auto k = doc.tokens[t].kind;
    if (k == text::TokenKind::Handle || k == text::TokenKind::Hashtag || k == text::TokenKind::Url ||
        k == text::TokenKind::Symbol)
      return true;
  }
  return false;
}

}  // namespace

std::vector<EmbeddedPost> find_embedded_posts(const text::Document& doc) {
  std::vector<EmbeddedPost> out;
  const auto& toks = doc.tokens;
  for (uint32_t p = 0; p < doc.paragraphs.size(); ++p) {
    const auto& para = doc.paragraphs[p];
    // The signature: "( @handle )" followed by at most a date before the paragraph ends.
    uint32_t h = para.end;
    for (uint32_t t = para.end; t-- > para.begin && para.end - t <= kMaxDateTokens + 2;) {
      if (toks[t].kind == text::TokenKind::Handle && t > para.begin && t + 1 < para.end && doc.word(t - 1) == "(" &&
          doc.word(t + 1) == ")") {
        h = t;
        break;
      }
    }
    if (h == para.end) continue;
    uint32_t dash = h - 1;  // walk back over the author's name to the dash
    while (dash > para.begin && !is_dash(doc.word(dash - 1)) && h - dash <= kMaxNameTokens) --dash;
    if (dash == para.begin || !is_dash(doc.word(dash - 1)) || dash == h - 1) continue;
    --dash;
    // The post's text ends before the dash and any media links; it starts where its paragraph starts, and takes in
    // earlier paragraphs while the whole still fits in one post.
    uint32_t end = dash;
    uint32_t first = p;  // the paragraph where the post's text ends
    // A signature on a line of its own signs the paragraph before it: "We stand with our allies.\n— Name (@h) Date".
    if (end == para.begin) {
      if (p == 0 || doc.paragraphs[p - 1].empty()) continue;
      first = p - 1;
      end = doc.paragraphs[first].end;
    }
    const uint32_t text_begin = doc.paragraphs[first].begin;
    while (end > text_begin && toks[end - 1].kind == text::TokenKind::Url) --end;
    if (end == text_begin) continue;
    uint32_t begin = text_begin;
    const uint32_t end_at = doc.js_end(end - 1);
    if (first != p && end_at - doc.js_begin(begin) > kMaxPostChars) continue;  // a paragraph too long for a post
    for (uint32_t q = first; q-- > 0;) {
      const auto& prev = doc.paragraphs[q];
      if (prev.empty() || end_at - doc.js_begin(prev.begin) > kMaxPostChars || !social(doc, prev)) break;
      begin = prev.begin;
    }
    out.push_back({begin, end, dash + 1, h - 1, dash});
  }
  return out;
}

}  // namespace newsmark::quotes

#include "util/small_end.h"
