#include "lexicon/inflect.h"
#include "util/small.h"

namespace newsmark::lexicon {
namespace {

bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// One syllable ending consonant-vowel-consonant doubles its last letter before -ed and -ing (snap → snapped); longer
// verbs are stressed unpredictably (admit → admitted, but counter → countered), so they do not.
bool doubles(std::string_view w) {
  if (w.size() < 3) return false;
  const char a = w[w.size() - 3], b = w[w.size() - 2], c = w[w.size() - 1];
  const bool qu = a == 'u' && w.size() > 3 && w[w.size() - 4] == 'q';  // the u of "quip" is a consonant
  if ((vowel(a) && !qu) || !vowel(b) || vowel(c) || c == 'w' || c == 'x' || c == 'y') return false;
  int vowel_groups = 0;
  for (std::size_t i = 0; i < w.size(); ++i) vowel_groups += vowel(w[i]) && (i == 0 || !vowel(w[i - 1]));
  return vowel_groups == 1;
}

}  // namespace

std::vector<std::string> regular_forms(std::string_view lemma) {
  const auto space = lemma.find(' ');
  const std::string_view w = lemma.substr(0, space);
  const std::string rest = space == std::string_view::npos ? "" : std::string(lemma.substr(space));
  std::string s, ed, ing;
  const std::string base(w);
  const char last = w.empty() ? '\0' : w.back();
  const bool consonant_y = last == 'y' && w.size() > 1 && !vowel(w[w.size() - 2]);
  if (consonant_y) {
    const std::string stem = base.substr(0, base.size() - 1);
    s = stem + "ies", ed = stem + "ied", ing = base + "ing";
  } else if (last == 'e') {
    const std::string stem = base.substr(0, base.size() - 1);
    s = base + "s", ed = base + "d", ing = (w.ends_with("ee") || w.ends_with("ye") ? base : stem) + "ing";
  } else {
    const bool sibilant = w.ends_with("s") || w.ends_with("sh") || w.ends_with("ch") || w.ends_with("x") ||
                          w.ends_with("z") || w.ends_with("o");
    s = base + (sibilant ? "es" : "s");
    const std::string stem = doubles(w) ? base + last : base;
    ed = stem + "ed", ing = stem + "ing";
  }
  return {base + rest, s + rest, ed + rest, ing + rest};
}

}  // namespace newsmark::lexicon

#include "util/small_end.h"
