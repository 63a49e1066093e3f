// The words around a verb of saying (core/data/quote-frame-words.tsv, with the pronouns, forms of be and auxiliaries
// of function-words.tsv): read by the quote stage to find a speaker, and by the people stage to see a name speak.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace newsmark::text {
struct Document;
}  // namespace newsmark::text

namespace newsmark::lexicon {

// Time: a weekday, a one-word deictic day or a part of the day ("Tuesday", "yesterday", "night") from the date
// stage's lists, which says when and never who: "Berg said Tuesday night, adding".
enum class FrameRole : uint8_t { None, Between, Boundary, Pronoun, According, Work, Hearer, Naming, Addressee, Time };

struct FrameEntry {
  FrameRole role = FrameRole::None;
  bool preposition = false;  // a boundary that opens a prepositional phrase: "officials in Washington said"
};

// The role of a word in lower case (folded), or None.
FrameEntry frame_entry(std::string_view folded);
// The same for token t of doc, folded, from the hash the document holds.
FrameEntry frame_entry(const text::Document& doc, std::size_t t);

}  // namespace newsmark::lexicon
