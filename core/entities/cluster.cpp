// One entity per person: a full name, its surname alone and title + surname are the same person unless given names,
// genders or titles say otherwise; the fullest form names the entity.
#include <algorithm>

#include "entities/people.h"
#include "lexicon/gazetteer.h"
#include "lexicon/key_table.h"
#include "util/sort_by.h"
#include "util/small.h"

namespace newsmark::entities {
namespace {

using recognise::NameMention;

std::string words(const text::Document& doc, uint32_t b, uint32_t e) {
  std::string s;
  for (uint32_t t = b; t < e; ++t) {
    if (!s.empty()) s += ' ';
    s += doc.word(t);
  }
  return lexicon::fold(s);  // "de Gaulle" and "De Gaulle" are one surname
}

// The head of a title, its last word: "marine economist" and "economist" are one office.
std::string_view head(std::string_view title) {
  const auto sp = title.rfind(' ');
  return sp == std::string_view::npos ? title : title.substr(sp + 1);
}

bool has_title(const Entity& e, std::string_view title) {
  const auto f = lexicon::fold(head(title));
  for (const auto& t : e.titles)
    if (lexicon::fold(head(t)) == f) return true;
  return false;
}

// "J" and "John" may be the same given name, and so may a short form that begins the other ("Ken" and "Kenneth",
// "Pete" and "Peter"); "John" and "James" are not.
bool same_given(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty() || a == b) return true;
  if (a.size() > b.size()) std::swap(a, b);
  constexpr std::size_t kShortForm = 3;  // "Jo" begins too many names to stand for any one of them
  return (a.size() == 1 && b.front() == a.front()) || (a.size() >= kShortForm && b.starts_with(a));
}

struct Candidate {
  std::string given, surname;
  Gender gender = Gender::Unknown;
  int gender_rank = 0;
  std::string_view title;
  bool title_is_style = false;
};

bool compatible(const Entity& e, const Candidate& c) {
  if (e.surname != c.surname || !same_given(e.given, c.given)) return false;
  if (e.gender != Gender::Unknown && c.gender != Gender::Unknown && e.gender != c.gender) return false;
  // Titles tell namesakes apart ("President Bush", "Governor Bush"); a style such as Dr goes with any office.
  return c.title.empty() || c.title_is_style || !e.has_office || has_title(e, c.title);
}

// The name as the text writes it, but for a nickname in quotes inside it: "Roberto " Hands of Stone " Duran" is
// Roberto Duran.
std::string name_text(const text::Document& doc, uint32_t b, uint32_t e) {
  const auto span = [&](uint32_t from, uint32_t to) {
    return std::string(doc.text.substr(doc.text_begin(from), doc.text_end(to - 1) - doc.text_begin(from)));
  };
  for (uint32_t open = b + 1; open < e; ++open) {
    if (doc.word(open) != "\"") continue;
    for (uint32_t close = open + 1; close + 1 < e; ++close)
      if (doc.word(close) == "\"") return span(b, open) + " " + span(close + 1, e);
  }
  return span(b, e);
}

}  // namespace

void index_mentions(People& p) {
  util::stable_sort_by(p.mentions, [](const Mention& m) { return m.begin; });
  for (auto& e : p.entities) e.mentions.clear();
  for (uint32_t i = 0; i < p.mentions.size(); ++i)
    if (p.mentions[i].entity >= 0) p.entities[p.mentions[i].entity].mentions.push_back(i);
}

People cluster(const text::Document& doc, const recognise::NameMentions& names) {
  People p;
  // Surname -> 1 + index of its namesakes (the entities of that surname) in `namesakes_of`.
  lexicon::KeyTable by_surname;
  std::vector<std::vector<int32_t>> namesakes_of;
  // What choosing among namesakes needs of each entity so far.
  struct Tally {
    uint32_t last_seen = 0;   // token where it was last mentioned
    uint32_t uses = 0;        // mentions
    uint32_t bare_uses = 0;   // mentions by its surname alone
    uint32_t name_words = 0;  // words in its canonical name
  };
  std::vector<Tally> tally;
  for (const NameMention& m : names.names) {
    if (m.name == m.name_end) continue;  // titles alone join their holder below
    Candidate c;
    c.surname = words(doc, m.surname, recognise::surname_end(m));
    if (m.surname > m.name) c.given = std::string(doc.word(m.name));
    else if (recognise::surname_end(m) < m.name_end) c.given = std::string(doc.word(recognise::surname_end(m)));
    c.gender = m.gender;
    c.gender_rank = m.gender == Gender::Unknown ? 0 : m.gender_from_honorific ? 3 : 2;
    c.title = m.title;
    c.title_is_style = m.title_is_style;
    int32_t best = -1;
    const uint32_t slot = by_surname.find_or_insert(0, c.surname, static_cast<uint32_t>(namesakes_of.size() + 1));
    if (slot > namesakes_of.size()) namesakes_of.emplace_back();
    auto& namesakes = namesakes_of[slot - 1];
    // A surname alone, with no given name, gender or title to tell namesakes apart ("Clinton said" after both
    // Hillary and Bill Clinton), is the namesake the text already calls by it alone, else the one it names most, else
    // one with a gender (a given name or title makes it surely a person: not "Wisconsin Trump" of a headline's
    // "Wisconsin Trump rally"), else the first it introduced: news gives the other one's given name or title.
    // Anything more to go on picks the one last mentioned.
    const bool bare = c.given.empty() && c.gender == Gender::Unknown && c.title.empty();
    const auto principal = [&](int32_t e, int32_t than) {
      const Tally &a = tally[e], &b = tally[than];
      if (a.bare_uses != b.bare_uses) return a.bare_uses > b.bare_uses;
      if (a.uses != b.uses) return a.uses > b.uses;
      return p.entities[e].gender_rank > 0 && p.entities[than].gender_rank == 0;
    };
    for (const int32_t e : namesakes) {
      if (!compatible(p.entities[e], c)) continue;
      if (best < 0) best = e;
      else if (bare ? principal(e, best) : tally[e].last_seen > tally[best].last_seen) best = e;
    }
    const uint32_t count = m.name_end - m.name;
    if (best < 0) {
      best = static_cast<int32_t>(p.entities.size());
      p.entities.emplace_back();
      p.entities.back().surname = c.surname;
      namesakes.push_back(best);
      tally.emplace_back();
    }
    Entity& e = p.entities[best];
    Tally& seen = tally[best];
    if (e.given.empty()) e.given = c.given;
    if (count > seen.name_words) {
      seen.name_words = count;
      e.name = name_text(doc, m.name, m.name_end);
    }
    if (c.gender_rank > e.gender_rank) e.gender = c.gender, e.gender_rank = c.gender_rank;
    if (!m.title.empty() && !has_title(e, m.title)) e.titles.emplace_back(m.title);
    if (!m.title.empty() && !m.title_is_style) e.has_office = true;
    seen.last_seen = m.begin;
    seen.bare_uses += bare;
    ++seen.uses;
    p.mentions.push_back({m.begin, m.end, m.kind, false, best});
  }
  // "the secretary-general": whoever last held that title before it, else the first who holds it in the article.
  // Folded title -> 1 + its holder's entity, under the tags kFirst and kLast.
  enum : uint32_t { kFirst, kLast };
  lexicon::KeyTable holders;
  for (int32_t e = static_cast<int32_t>(p.entities.size()) - 1; e >= 0; --e)
    for (const auto& t : p.entities[e].titles)
      holders.insert(kFirst, lexicon::fold(head(t)), static_cast<uint32_t>(e + 1));
  const std::size_t named = p.mentions.size();
  std::size_t next = 0;
  for (const NameMention& m : names.names) {
    if (m.name != m.name_end) continue;
    for (; next < named && p.mentions[next].begin < m.begin; ++next)
      for (const auto& t : p.entities[p.mentions[next].entity].titles)
        holders.insert(kLast, lexicon::fold(head(t)), static_cast<uint32_t>(p.mentions[next].entity + 1));
    const auto title = lexicon::fold(head(m.title));
    uint32_t holder = holders.find(kLast, title);
    if (!holder) holder = holders.find(kFirst, title);
    if (holder) p.mentions.push_back({m.begin, m.end, MentionKind::Title, true, static_cast<int32_t>(holder - 1)});
  }
  index_mentions(p);
  return p;
}

}  // namespace newsmark::entities

#include "util/small_end.h"
