// Person name mentions, found from evidence kept as data: honorifics and titles, given names, name particles, the
// apposition around a name and verbs of saying next to it. Clustering and pronouns come after (entities/people.h).
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "analysis.h"
#include "text/document.h"

namespace newsmark::recognise {

struct NameMention {
  uint32_t begin = 0, end = 0;   // tokens of the mention as highlighted (an honorific included), end exclusive
  uint32_t name = 0;             // first token of the name proper
  uint32_t surname = 0;          // first token of the surname (de in Charles de Gaulle)
  uint32_t name_end = 0;         // end of the name proper, before a suffix such as Jr
  uint32_t family_end = 0;       // end of the surname when it is written first (Wang of Wang Donghai), else 0
  MentionKind kind = MentionKind::Name;  // Name: given name and surname; Surname: one name; Title: a title alone
  Gender gender = Gender::Unknown;       // what the honorific says, else the given name
  bool gender_from_honorific = false;
  std::string_view title;        // an office or rank beside the name as the text spells it, empty if none
  bool title_is_style = false;   // the title is a style (Dr, Prof) that any office may go with
};

// Capitalised names that are organisations: their words are never taken for people's names elsewhere in the text.
struct OrgMention {
  uint32_t begin = 0, end = 0;
};

struct NameMentions {
  std::vector<NameMention> names;  // in text order, not overlapping
  std::vector<OrgMention> orgs;
};

// The end of a mention's surname: its family name written first (Wang of Wang Donghai), else the end of the name.
inline uint32_t surname_end(const NameMention& m) { return m.family_end ? m.family_end : m.name_end; }

NameMentions find_name_mentions(const text::Document& doc);

}  // namespace newsmark::recognise
