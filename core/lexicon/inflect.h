// Regular English verb inflection, so that word lists give a lemma once instead of every form by hand.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace newsmark::lexicon {

// The lemma and its regular forms: third person (boasts, echoes, implores, replies), past (boasted, fumed, scolded,
// replied, quipped) and -ing (boasting, fuming, replying, quipping). A multi-word lemma inflects its first word
// ("blurt out" → "blurted out"). Irregular verbs are not for this: their lists give every form.
std::vector<std::string> regular_forms(std::string_view lemma);

}  // namespace newsmark::lexicon
