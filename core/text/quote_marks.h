// Quotation marks: what a mark's character says about itself (family, style, which way it faces), and the two rules
// that decide which way a mark that could face either way does. The sentence splitter and the quote finder both ask
// here.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace newsmark::text {

enum class QuoteFamily : uint8_t { Double, Single };  // guillemets and low-9 marks count as double, ‹ › ‚ as single

// How a mark is written: marks of another style inside a quote nest in it ("… the question: “…?” Forty-three, …").
enum class QuoteStyle : uint8_t { Curly, Straight, Typewriter };  // “ ” ‘ ’ « » „ ‹ › ‚ | " ' | `` ''

enum class Facing : uint8_t { Open, Close, Either };

// « » ‹ › face either way by language (French «…», German »…«) and some papers end quotes with '' as well as start
// them: the quote finder reads them as written (« ‹ open, » › '' close) and then lets the spacing overrule, while
// the sentence splitter, which runs first and sees only whether a quote is open, reads them as facing either way.
// Each keeps the reading its results were tuned with.
enum class Guillemets : uint8_t { AsWritten, EitherWay };

struct QuoteChar {
  QuoteFamily family = QuoteFamily::Double;
  QuoteStyle style = QuoteStyle::Straight;
  Facing facing = Facing::Either;
  bool low = false;  // „ or ‚, which German style closes with “ or ‘
};

// The quotation mark written at text[i] (in the original text, not the normalised one: normalising makes every mark
// straight); false when there is none there. `` and '' are one mark of two characters.
bool read_quote_char(std::string_view text, std::size_t i, Guillemets g, QuoteChar& q);

// The sentence splitter's rule, from what is open in the paragraph so far: a mark fixed by its character faces that
// way, but “ closes a quote that „ opened; one that faces either way closes an open quote, or at the end of a line,
// and opens otherwise.
struct OpenQuote {
  bool open = false;
  bool low = false;  // „ opened it, so “ closes it (German style)
};
Facing facing_in_paragraph(const QuoteChar& q, const OpenQuote& state, bool ends_line);

// The quote finder's rule, from the spacing around the mark at text[begin, end): an opener follows a space, a line
// start or a bracket and precedes a word; a closer follows a word and precedes a space or punctuation. The spacing
// also overrules a curly mark used the other way round (”Swedish” style, "51 percent.“"). Either when the spacing
// cannot tell, so that the mark is no quotation mark.
Facing facing_by_spacing(const QuoteChar& q, std::string_view text, std::size_t begin, std::size_t end);

}  // namespace newsmark::text
