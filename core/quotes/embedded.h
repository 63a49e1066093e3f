// Embedded social-media posts: a block ending with a signature `— Name (@handle) Date`, as news sites print them.
#pragma once
#include <cstdint>
#include <vector>

#include "text/document.h"

namespace newsmark::quotes {

struct EmbeddedPost {
  uint32_t begin = 0, end = 0;        // the post's text, in tokens (trailing media links left out)
  uint32_t author_begin = 0, author_end = 0;  // the author's name in the signature, in tokens
  uint32_t dash = 0;                  // the signature's dash: the cue
};

std::vector<EmbeddedPost> find_embedded_posts(const text::Document& doc);

}  // namespace newsmark::quotes
