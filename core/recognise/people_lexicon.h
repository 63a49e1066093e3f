// The word lists that tell person names apart from other capitalised words, built once from core/data/people-*.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "analysis.h"
#include "lexicon/gazetteer.h"

namespace newsmark::recognise {

struct TitleInfo {
  bool honorific = false; // part of the mention (Mr, Senator) rather than an office beside it (President)
  bool address = false;   // a plain form of address (Mr, Ms), not reported as a title
  Gender gender = Gender::Unknown;
};

enum class NonPerson : uint32_t { Org, Credit, Place, Time, Word, OrgHead };

struct PeopleLexicon {
  lexicon::Gazetteer titles;       // value: index into title_info
  std::vector<TitleInfo> title_info;
  lexicon::Gazetteer nonpersons;   // value: NonPerson
  lexicon::Gazetteer given;        // value: Gender
  lexicon::Gazetteer particles;    // value: 0
  lexicon::Gazetteer speech_verbs; // value: 0
};

const PeopleLexicon& people_lexicon();

}  // namespace newsmark::recognise
