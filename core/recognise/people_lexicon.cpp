#include "recognise/people_lexicon.h"

#include "lexicon/speech_verbs.h"
#include "text/normalize.h"
#include "text/token.h"
#include "util/tsv.h"
#include "util/small.h"

namespace newsmark::data {
extern const std::string_view people_titles_tsv;
extern const std::string_view people_nonpersons_tsv;
extern const std::string_view people_given_names_tsv;
extern const std::string_view people_given_names_intl_tsv;
extern const std::string_view people_particles_txt;
extern const std::string_view people_family_first_txt;
extern const std::string_view people_relations_tsv;
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

// Marks the folded first word of a phrase, tokenised as the text is, with a class bit.
void mark(PeopleLexicon& lx, std::string_view phrase, uint8_t bit) {
  if (const auto word = phrase.substr(0, phrase.find(' ')); lexicon::plain_phrase(phrase) && word.size() <= 64) {
    // Folded on the stack: an allocation per entry was much of the list's start-up.
    const lexicon::Folded first(word);
    lx.classes.merge(0, first.view(), bit);
    return;
  }
  const auto norm = text::normalize(phrase);
  const auto toks = text::tokenize(norm.s);
  if (toks.empty()) return;
  const auto first = lexicon::fold(std::string_view(norm.s).substr(toks[0].begin, toks[0].end - toks[0].begin));
  lx.classes.merge(0, first, bit);
}

void add_given(PeopleLexicon& lx, std::string_view data, uint8_t bits) {
  util::for_each_record(data, [&](const std::vector<std::string_view>& f) {
    if (f.size() < 2) return;
    lx.given.add(f[0], static_cast<uint32_t>(gender_of(f[1])));
    mark(lx, f[0], bits);
  });
}

void add_words(PeopleLexicon& lx, lexicon::Gazetteer& g, std::string_view data, lexicon::Case c, uint8_t bit) {
  util::for_each_record(data, [&](const std::vector<std::string_view>& f) {
    g.add(f[0], 0, c);
    mark(lx, f[0], bit);
  });
}

PeopleLexicon build() {
  PeopleLexicon lx;
  // Sized from the lists' lengths first: re-placing every key at each doubling was a good part of start-up.
  const std::size_t given = util::count_lines(data::people_given_names_intl_tsv) +
                            util::count_lines(data::people_given_names_tsv);
  lx.given.reserve(given, data::people_given_names_intl_tsv.size() + data::people_given_names_tsv.size());
  lx.classes.reserve(given + util::count_lines(data::people_titles_tsv) + util::count_lines(data::people_nonpersons_tsv) +
                     util::count_lines(data::people_family_first_txt) + util::count_lines(data::people_particles_txt));
  lx.nonpersons.reserve(2 * util::count_lines(data::people_nonpersons_tsv), data::people_nonpersons_tsv.size());
  util::for_each_record(data::people_titles_tsv, [&](const std::vector<std::string_view>& f) {
    if (f.size() < 3) return;
    lx.titles.add(f[0], static_cast<uint32_t>(lx.title_info.size()), lexicon::Case::kFold);
    mark(lx, f[0], kStartsTitle);
    lx.title_info.push_back({f[1] != "office", f[1] == "address", f[1] == "style", gender_of(f[2])});
  });
  util::for_each_record(data::people_nonpersons_tsv, [&](const std::vector<std::string_view>& f) {
    if (f.size() < 2) return;
    lx.nonpersons.add(f[0], static_cast<uint32_t>(nonperson_of(f[1])));
    mark(lx, f[0], kStartsNonPerson);
  });
  // The hand-kept list first, so that its gender wins where both lists have a name (Kim is no woman in Korea).
  add_given(lx, data::people_given_names_intl_tsv, kGivenName);
  add_given(lx, data::people_given_names_tsv, kGivenName | kEnglishGiven);
  util::for_each_record(data::people_family_first_txt, [&](const auto& f) { mark(lx, f[0], kFamilyFirst); });
  add_words(lx, lx.particles, data::people_particles_txt, lexicon::Case::kExact, kParticle);
  util::for_each_record(data::people_relations_tsv, [&](const std::vector<std::string_view>& f) {
    if (f.size() >= 2) lx.relations.add(f[0], static_cast<uint32_t>(gender_of(f[1])), lexicon::Case::kFold);
  });
  // Verbs that report what someone said are evidence that their subject is a person.
  lexicon::for_each_speech_verb(
      [](std::string_view form, bool reports, void* ctx) {
        if (!reports) return;
        auto& l = *static_cast<PeopleLexicon*>(ctx);
        l.speech_verbs.add(form, 0, lexicon::Case::kFold);
        mark(l, form, kSpeechVerb);
      },
      &lx);
  return lx;
}

}  // namespace

const PeopleLexicon& people_lexicon() {
  static const PeopleLexicon lx = build();
  return lx;
}

}  // namespace newsmark::recognise

#include "util/small_end.h"
