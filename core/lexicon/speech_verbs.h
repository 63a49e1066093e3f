// The verbs of saying in core/data/speech-verbs.tsv, shared by the people stage (evidence that a name is a person)
// and the quotes stage (a quote's cue).
#pragma once
#include <cstdint>
#include <string_view>

#include "lexicon/gazetteer.h"

namespace newsmark::lexicon {

// Values of the gazetteer's entries: every form maps to kSpeech or kReports (a verb that also reports a clause).
inline constexpr uint32_t kSpeech = 1;
inline constexpr uint32_t kReports = 2;

// All forms, matched in any case, built once.
const Gazetteer& speech_verbs();

// Calls f(form, reports) for every form of every verb, for callers that index the list their own way.
void for_each_speech_verb(void (*f)(std::string_view form, bool reports, void* ctx), void* ctx);

}  // namespace newsmark::lexicon
