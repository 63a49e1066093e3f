#include "lexicon/frame_words.h"

#include "lexicon/function_words.h"
#include "lexicon/key_table.h"
#include "text/document.h"
#include "util/tsv.h"

namespace newsmark::data {
extern const std::string_view quote_frame_words_tsv, dates_weekdays_tsv, dates_deictic_tsv, dates_cues_tsv;
}  // namespace newsmark::data

namespace newsmark::lexicon {
namespace {

// Role and preposition flag packed into one non-zero value per folded word (KeyTable values are non-zero).
constexpr uint32_t kPrepositionBit = 0x100, kPresent = 0x200;

FrameRole role_of(std::string_view name) {
  return name == "between"  ? FrameRole::Between
         : name == "boundary" ? FrameRole::Boundary
         : name == "pronoun"  ? FrameRole::Pronoun
         : name == "work"     ? FrameRole::Work
         : name == "hearer"   ? FrameRole::Hearer
         : name == "naming"   ? FrameRole::Naming
         : name == "addressee" ? FrameRole::Addressee
                              : FrameRole::According;
}

const KeyTable& table() {
  static const auto m = [] {
    KeyTable m;
    util::for_each_record(data::quote_frame_words_tsv, [&](const auto& f) {
      if (f.size() < 2) return;
      const bool prep = f.size() > 2 && f[2] == "preposition";
      m.insert(0, f[0], static_cast<uint32_t>(role_of(f[1])) | (prep ? kPrepositionBit : 0) | kPresent);
    });
    const auto time = static_cast<uint32_t>(FrameRole::Time) | kPresent;
    util::for_each_record(data::dates_weekdays_tsv, [&](const auto& f) {
      if (f.size() > 2 && f[2] == "day") m.insert(0, f[0], time);
    });
    util::for_each_record(data::dates_deictic_tsv, [&](const auto& f) {
      if (f.size() > 1 && f[1] == "day" && f[0].find(' ') == std::string_view::npos) m.insert(0, f[0], time);
    });
    util::for_each_record(data::dates_cues_tsv, [&](const auto& f) {  // "Friday night"
      if (f.size() > 1 && f[1] == "part-of-day") m.insert(0, f[0], time);
    });
    // The pronouns that can stand for a speaker, and the forms of be and the auxiliaries that may stand between a
    // speaker and the verb ("X were calling", "X could say"), come from the one function-word list.
    for_each_function_word(
        [](std::string_view w, uint32_t v, void* ctx) {
          auto& t = *static_cast<KeyTable*>(ctx);
          if (v & kSpeakerPronoun) t.insert(0, w, static_cast<uint32_t>(FrameRole::Pronoun) | kPresent);
          else if ((v & (kBe | kAuxiliary)) && !t.find(0, w))
            t.insert(0, w, static_cast<uint32_t>(FrameRole::Between) | kPresent);
        },
        &m);
    return m;
  }();
  return m;
}

}  // namespace

namespace {

// The one copy of the look-up both forms share (under LTO each form had inlined its own, and the table's builder).
[[gnu::noinline]] FrameEntry find(uint32_t hash, std::string_view folded) {
  const uint32_t v = table().find_hashed(0, hash, folded);
  return {static_cast<FrameRole>(v & 0xFF), (v & kPrepositionBit) != 0};
}

}  // namespace

FrameEntry frame_entry(std::string_view folded) { return find(text::word_hash(folded), folded); }

FrameEntry frame_entry(const text::Document& doc, std::size_t t) { return find(doc.folded_hash(t), doc.folded_word(t)); }

}  // namespace newsmark::lexicon
