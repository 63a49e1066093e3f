#include "entities/people.h"

namespace newsmark::entities {

People find_people(const text::Document& doc) {
  People p = cluster(doc, recognise::find_name_mentions(doc));
  resolve_pronouns(doc, p);
  return p;
}

void to_analysis(const text::Document& doc, const People& people, std::vector<Person>& out) {
  out.reserve(out.size() + people.entities.size());
  for (std::size_t i = 0; i < people.entities.size(); ++i) {
    const Entity& e = people.entities[i];
    Person person;
    person.id = "p";  // appended, not "p" + ..., which trips g++ 12's -Wrestrict
    person.id += std::to_string(i + 1);
    person.name = e.name;
    person.gender = e.gender;
    person.titles = e.titles;
    // Titles alone (the secretary-general) explain attribution but are not names to highlight.
    for (const uint32_t k : e.mentions) {
      const Mention& m = people.mentions[k];
      if (m.title_only) continue;
      person.mentions.push_back({Offsets{doc.js_begin(m.begin), doc.js_end(m.end - 1)}, m.kind});
    }
    out.push_back(std::move(person));
  }
}

}  // namespace newsmark::entities
