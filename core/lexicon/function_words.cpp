#include "lexicon/function_words.h"

#include "lexicon/key_table.h"
#include "text/document.h"
#include "util/tsv.h"

namespace newsmark::data {
extern const std::string_view function_words_tsv;
}  // namespace newsmark::data

namespace newsmark::lexicon {
namespace {

uint32_t flag_of(std::string_view name) {
  static constexpr struct {
    std::string_view name;
    uint32_t flag;
  } kFlags[] = {{"determiner", kDeterminer}, {"quantifier", kQuantifier}, {"be", kBe},
                {"auxiliary", kAuxiliary},   {"pronoun", kPronoun},       {"conjunction", kConjunction},
                {"relative", kRelative},     {"preposition", kPreposition},     {"subject", kSubject},       {"object", kObject},
                {"possessive", kPossessive}, {"reflexive", kReflexive},   {"male", kMale},
                {"female", kFemale},         {"neuter", kNeuter},         {"plural", kPlural},
                {"speaker", kSpeakerPronoun}, {"contrast", kContrast},     {"adverb", kAdverb},
                {"setting", kSetting},       {"coordinating", kCoordinating}, {"content", kContent},
                {"approximate", kApproximate}, {"medium", kMedium}};
  for (const auto& f : kFlags)
    if (f.name == name) return f.flag;
  return 0;  // an unknown name in the list adds nothing rather than failing at start-up
}

const KeyTable& table() {
  static const KeyTable t = [] {
    KeyTable t;
    for_each_function_word([](std::string_view w, uint32_t v, void* ctx) { static_cast<KeyTable*>(ctx)->insert(0, w, v); },
                           &t);
    return t;
  }();
  return t;
}

}  // namespace

void for_each_function_word(void (*f)(std::string_view word, uint32_t value, void* ctx), void* ctx) {
  util::for_each_record(data::function_words_tsv, [&](const auto& fields) {
    uint32_t v = 0;
    for (std::size_t i = 1; i < fields.size() && i < 3; ++i)
      util::for_each_item(fields[i], [&](std::string_view name) { v |= flag_of(name); });
    if (v) f(fields[0], v, ctx);
  });
}

namespace {

// The one copy of the look-up both forms share (under LTO each form had inlined its own, and the table's builder).
[[gnu::noinline]] uint32_t find(uint32_t hash, std::string_view folded) { return table().find_hashed(0, hash, folded); }

}  // namespace

uint32_t function_word(std::string_view folded) { return find(text::word_hash(folded), folded); }

uint32_t function_word(const text::Document& doc, std::size_t t) { return find(doc.folded_hash(t), doc.folded_word(t)); }

}  // namespace newsmark::lexicon
