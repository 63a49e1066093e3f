// Shared by the quote tests: the quotes of a text with their surfaces, as a reader sees them.
#pragma once
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "newsmark.h"

namespace newsmark::testing_quotes {

struct Found {
  std::string text;     // the quote's span, as sliced from the input
  std::string kind;
  std::string speaker;  // speakerName, or "" for none
  std::string rule;
  std::string source;   // the in-text mention next to the cue, or ""
  double confidence = 0;
};

// Slices the UTF-8 input by the result's UTF-16 offsets.
inline std::vector<Found> quotes_of(const std::string& text) {
  Analysis a;
  EXPECT_TRUE(analyze(text, {}, a).ok());
  std::vector<std::size_t> byte_at;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    const std::size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    byte_at.push_back(i);
    if (len == 4) byte_at.push_back(i);
    i += len;
  }
  byte_at.push_back(text.size());
  const auto slice = [&](const Offsets& o) { return text.substr(byte_at[o.start], byte_at[o.end] - byte_at[o.start]); };
  std::vector<Found> out;
  for (const auto& q : a.quotes)
    out.push_back({slice(q.at), std::string(name_of(q.kind)), q.speaker_name, std::string(name_of(q.rule)),
                   q.source ? slice(*q.source) : "", q.confidence});
  return out;
}

}  // namespace newsmark::testing_quotes
