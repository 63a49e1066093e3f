#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/document.h"
#include "text/normalize.h"

namespace newsmark::text {
namespace {

TEST(Normalize, MarksDashesAndSpacesReadTheSame) {
  struct Case {
    const char* name;
    std::string in, out;
  } cases[] = {
      {"curly double quotes", "\xE2\x80\x9CHi\xE2\x80\x9D", "\"Hi\""},
      {"curly single quotes", "\xE2\x80\x98Hi\xE2\x80\x99", "'Hi'"},
      {"apostrophe", "Russia\xE2\x80\x99s", "Russia's"},
      {"straight quotes stay", "\"Hi\" 'x'", "\"Hi\" 'x'"},
      {"typewriter `` and ''", "``Hi''", "\"Hi\""},
      {"low-9 German quotes", "\xE2\x80\x9EHallo\xE2\x80\x9C", "\"Hallo\""},
      {"guillemets", "\xC2\xAB" "Bonjour" "\xC2\xBB", "\"Bonjour\""},
      {"single guillemets", "\xE2\x80\xB9" "a" "\xE2\x80\xBA", "'a'"},
      {"prime and double prime", "5\xE2\x80\xB2" "6\xE2\x80\xB3", "5'6\""},
      {"hyphen U+2010", "Nato\xE2\x80\x90Russia", "Nato-Russia"},
      {"non-breaking hyphen", "de\xE2\x80\x91" "escalate", "de-escalate"},
      {"en dash", "1990\xE2\x80\x93" "95", "1990-95"},
      {"Hebrew maqaf", "\xD7\xA8\xD7\x90\xD7\xA9\xD6\xBE\xD7\x94", "\xD7\xA8\xD7\x90\xD7\xA9-\xD7\x94"},
      {"minus sign", "\xE2\x88\x92" "5", "-5"},
      {"em dash stays", "a \xE2\x80\x94 b", "a \xE2\x80\x94 b"},
      {"horizontal bar becomes em dash", "\xE2\x80\x95 X", "\xE2\x80\x94 X"},
      {"no-break space", "10\xC2\xA0km", "10 km"},
      {"narrow no-break space", "10\xE2\x80\xAFkm", "10 km"},
      {"thin space", "a\xE2\x80\x89" "b", "a b"},
      {"ideographic space", "a\xE3\x80\x80" "b", "a b"},
      {"tab", "a\tb", "a b"},
      {"zero-width space", "a\xE2\x80\x8B" "b", "ab"},
      {"soft hyphen", "co\xC2\xAD" "operate", "cooperate"},
      {"byte-order mark", "\xEF\xBB\xBF" "Text", "Text"},
      {"word joiner", "a\xE2\x81\xA0" "b", "ab"},
      {"right-to-left mark", "\xE2\x80\x8F\xD7\xA9", "\xD7\xA9"},
      {"bidi isolate", "\xE2\x81\xA7" "x" "\xE2\x81\xA9", "x"},
      {"variation selector", "\xE2\x9D\xA4\xEF\xB8\x8F", "\xE2\x9D\xA4"},
      {"zero-width joiner between words", "a\xE2\x80\x8D" "b", "ab"},
      {"zero-width joiner inside an emoji", "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9",
       "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9"},
      {"CR LF", "a\r\nb", "a\nb"},
      {"lone CR", "a\rb", "a\nb"},
      {"CR CR LF", "a\r\r\nb", "a\n\nb"},
      {"line separator", "a\xE2\x80\xA8" "b", "a\nb"},
      {"next line", "a\xC2\x85" "b", "a\nb"},
      {"ellipsis", "Wait\xE2\x80\xA6", "Wait..."},
      {"NUL", std::string("a\0b", 3), "a b"},
      {"form feed and DEL", "a\fb\x7F" "c", "a b c"},
      {"accents stay", "Zo\xC3\xAB Jos\xC3\xA9", "Zo\xC3\xAB Jos\xC3\xA9"},
  };
  for (const auto& c : cases) {
    const auto v = normalize(c.in);
    EXPECT_EQ(v.s, c.out) << c.name;
    EXPECT_EQ(v.to_text(static_cast<uint32_t>(v.s.size())), c.in.size()) << c.name;
  }
}

TEST(Normalize, TokenSpansCoverTheOriginalCharacters) {
  struct Case {
    const char* name;
    std::string in;
    std::vector<std::string> originals;  // text[text_begin(t), text_end(t)) for every token
  } cases[] = {
      {"curly quotes", "\xE2\x80\x9CHi\xE2\x80\x9D", {"\xE2\x80\x9C", "Hi", "\xE2\x80\x9D"}},
      {"typewriter quotes", "``Hi''", {"``", "Hi", "''"}},
      {"single backtick", "`Hi'", {"`", "Hi", "'"}},
      {"ellipsis", "Wait\xE2\x80\xA6", {"Wait", "\xE2\x80\xA6"}},
      {"soft hyphen inside a word", "co\xC2\xAD" "op", {"co\xC2\xAD" "op"}},
      {"zero-width space at the end", "ok\xE2\x80\x8B", {"ok"}},
      {"CR LF between words", "a\r\nb", {"a", "b"}},
      {"em dash", "a\xE2\x80\x94" "b", {"a", "\xE2\x80\x94", "b"}},
      {"ellipsis right after an acronym", "U.S\xE2\x80\xA6", {"U.S", "\xE2\x80\xA6"}},
  };
  for (const auto& c : cases) {
    const auto d = make_document(c.in);
    std::vector<std::string> got;
    for (std::size_t t = 0; t < d.tokens.size(); ++t)
      got.push_back(std::string(d.text.substr(d.text_begin(t), d.text_end(t) - d.text_begin(t))));
    EXPECT_EQ(got, c.originals) << c.name;
  }
}

}  // namespace
}  // namespace newsmark::text
