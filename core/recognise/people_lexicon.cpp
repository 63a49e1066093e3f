#include "recognise/people_lexicon.h"

#include "util/tsv.h"

namespace newsmark::data {
extern const std::string_view people_titles_tsv;
extern const std::string_view people_nonpersons_tsv;
extern const std::string_view people_given_names_tsv;
extern const std::string_view people_given_names_intl_tsv;
extern const std::string_view people_particles_txt;
extern const std::string_view people_speech_verbs_txt;
}  // namespace newsmark::data

namespace newsmark::recognise {
namespace {

Gender gender_of(std::string_view code) {
  if (code == "m") return Gender::Male;
  if (code == "f") return Gender::Female;
  return Gender::Unknown;
}

NonPerson nonperson_of(std::string_view kind) {
  if (kind == "org") return NonPerson::Org;
  if (kind == "credit") return NonPerson::Credit;
  if (kind == "place") return NonPerson::Place;
  if (kind == "time") return NonPerson::Time;
  if (kind == "orghead") return NonPerson::OrgHead;
  return NonPerson::Word;
}

void add_given(lexicon::Gazetteer& g, std::string_view data) {
  util::for_each_record(data, [&](const std::vector<std::string_view>& f) {
    if (f.size() >= 2) g.add(f[0], static_cast<uint32_t>(gender_of(f[1])));
  });
}

void add_words(lexicon::Gazetteer& g, std::string_view data, lexicon::Case c) {
  util::for_each_record(data, [&](const std::vector<std::string_view>& f) { g.add(f[0], 0, c); });
}

PeopleLexicon build() {
  PeopleLexicon lx;
  util::for_each_record(data::people_titles_tsv, [&](const std::vector<std::string_view>& f) {
    if (f.size() < 3) return;
    lx.titles.add(f[0], static_cast<uint32_t>(lx.title_info.size()), lexicon::Case::kFold);
    lx.title_info.push_back({f[1] != "office", f[1] == "address", gender_of(f[2])});
  });
  util::for_each_record(data::people_nonpersons_tsv, [&](const std::vector<std::string_view>& f) {
    if (f.size() >= 2) lx.nonpersons.add(f[0], static_cast<uint32_t>(nonperson_of(f[1])));
  });
  add_given(lx.given, data::people_given_names_tsv);
  add_given(lx.given, data::people_given_names_intl_tsv);
  add_words(lx.particles, data::people_particles_txt, lexicon::Case::kExact);
  add_words(lx.speech_verbs, data::people_speech_verbs_txt, lexicon::Case::kFold);
  return lx;
}

}  // namespace

const PeopleLexicon& people_lexicon() {
  static const PeopleLexicon lx = build();
  return lx;
}

}  // namespace newsmark::recognise
