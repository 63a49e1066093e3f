// People: name mentions clustered into one entity per person, title-only mentions joined to the holder of the title,
// and he/she pronouns resolved to an entity. The quotes stage reads this to attribute speakers: every mention carries
// token positions and its entity, and entity i is Analysis::people[i] (id "p<i+1>").
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "analysis.h"
#include "recognise/people.h"
#include "text/document.h"

namespace newsmark::entities {

struct Mention {
  uint32_t begin = 0, end = 0;  // tokens, end exclusive (an honorific is inside, an office outside)
  MentionKind kind = MentionKind::Name;  // Title: a title alone (the secretary-general), or an honorific and surname
  bool title_only = false;      // "the secretary-general": not highlighted as a name, but a speaker all the same
  int32_t entity = -1;          // index into People::entities
};

struct Entity {
  std::string name;     // the fullest form met (Charles de Gaulle), without honorific
  std::string given;    // first given name, empty when only the surname was met
  std::string surname;  // the surname key, folded (de gaulle)
  Gender gender = Gender::Unknown;
  int gender_rank = 0;  // how sure: 3 honorific or office, 2 given name, 1 pronouns
  std::vector<std::string> titles;
  bool has_office = false;  // some title is an office or rank, not only a style such as Dr
  std::vector<uint32_t> mentions;  // indices into People::mentions, in text order
};

struct People {
  std::vector<Mention> mentions;  // in text order, pronouns included
  std::vector<Entity> entities;   // in order of first mention
};

// Groups name mentions into entities (entities/cluster.cpp).
// Out of line, as find_quotes: inlined into the pipeline its size-compiled code would be compiled for speed again.
[[gnu::noinline]] People cluster(const text::Document& doc, const recognise::NameMentions& names);

// Adds he/him/his/she/her mentions resolved by gender, recency and clause (entities/pronouns.cpp).
// Out of line, for the same reason.
[[gnu::noinline]] void resolve_pronouns(const text::Document& doc, People& people);

// The whole stage: mentions, clusters, pronouns.
People find_people(const text::Document& doc);

// Writes the entities as newsmark/1 people (ids p1, p2... in order of first mention; quoted left false).
void to_analysis(const text::Document& doc, const People& people, std::vector<Person>& out);

}  // namespace newsmark::entities
