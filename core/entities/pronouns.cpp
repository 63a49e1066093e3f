// he/him/his and she/her resolve to the most recent person of that gender within a few sentences, else to the most
// recent person of unknown gender, who then takes it; him and her as objects skip the people of their own clause
// ("Smith met him" is not Smith).
#include <algorithm>

#include "entities/people.h"
#include "lexicon/function_words.h"
#include "text/fold.h"
#include "util/small.h"

namespace newsmark::entities {

void index_mentions(People& p);  // cluster.cpp

namespace {

constexpr uint32_t kWindow = 6;  // sentences back a pronoun may reach

bool one_of(std::string_view w, std::initializer_list<std::string_view> list) {
  for (auto x : list)
    if (text::equals_folded(w, x)) return true;
  return false;
}

struct Pronoun {
  Gender gender = Gender::Unknown;
  bool object = false;  // him, or her used as an object
};

Pronoun pronoun_at(const text::Document& doc, uint32_t t) {
  if (doc.tokens[t].kind != text::TokenKind::Word) return {};
  const auto w = doc.folded_word(t);
  // English's gendered pronouns are two to seven letters from h or s: most tokens need no look-up.
  if (w.size() < 2 || w.size() > 7 || (w[0] != 'h' && w[0] != 's')) return {};
  const uint32_t f = lexicon::function_word(w);
  if (!(f & lexicon::kPronoun) || !(f & (lexicon::kMale | lexicon::kFemale))) return {};
  const Gender gender = (f & lexicon::kMale) ? Gender::Male : Gender::Female;
  if (!(f & lexicon::kObject) || (f & lexicon::kSubject)) return {gender, false};
  if (!(f & lexicon::kPossessive)) return {gender, true};
  // "her" before a noun is possessive; before punctuation or a function word it is an object.
  const bool last = t + 1 >= doc.tokens.size() || doc.tokens[t + 1].kind != text::TokenKind::Word;
  const bool object = last || one_of(doc.word(t + 1), {"to", "in", "on", "at", "for", "with", "that", "and", "as",
                                                       "from", "by", "of", "about", "after", "before", "into", "over",
                                                       "when", "if", "but", "or", "the", "a", "an", "this", "again",
                                                       "back", "down", "up", "out"});
  return {gender, object};
}

// Whether nothing between two tokens of one sentence opens a new clause.
bool same_clause(const text::Document& doc, uint32_t from, uint32_t to) {
  for (uint32_t t = from; t < to; ++t) {
    const auto w = doc.word(t);
    if (one_of(w, {",", ";", ":", "\"", "(", "that", "who", "which", "and", "but", "because", "after", "before",
                   "when", "while", "if", "said", "says"}))
      return false;
  }
  return true;
}

struct Seen {
  uint32_t end = 0, sentence = 0;
  int32_t entity = -1;
};

}  // namespace

void resolve_pronouns(const text::Document& doc, People& people) {
  if (people.entities.empty()) return;
  std::vector<Seen> seen;
  std::vector<Mention> added;
  std::size_t next = 0;  // next mention not yet seen
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    for (uint32_t t = doc.sentences[s].begin; t < doc.sentences[s].end; ++t) {
      while (next < people.mentions.size() && people.mentions[next].begin <= t) {
        const auto& m = people.mentions[next++];
        if (m.entity >= 0) seen.push_back({m.end, s, m.entity});
      }
      const Pronoun p = pronoun_at(doc, t);
      if (p.gender == Gender::Unknown) continue;
      // The nearest person known to have the pronoun's gender, else the nearest of unknown gender, who takes it.
      int32_t subject = -1;  // "Mr Jones thanked him": not Mr Jones, wherever else he was named
      int32_t chosen = -1, unknown = -1;
      uint32_t chosen_sentence = 0, unknown_sentence = 0;
      for (auto it = seen.rbegin(); it != seen.rend() && it->sentence + kWindow >= s; ++it) {
        const Entity& e = people.entities[it->entity];
        if (e.gender != Gender::Unknown && e.gender != p.gender) continue;
        if (it->end > t || it->entity == subject) continue;
        if (p.object && it->sentence == s && same_clause(doc, it->end, t)) {
          subject = it->entity;
          continue;
        }
        if (e.gender == Gender::Unknown) {
          // Only a person named in this sentence or the last may take a gender from a pronoun.
          if (unknown < 0 && it->sentence + 1 >= s) unknown = it->entity, unknown_sentence = it->sentence;
          continue;
        }
        // In an earlier sentence the first person named there, its subject, wins over the later ones: "Mr Smith met
        // Mr Jones. He said..." is Mr Smith.
        if (chosen >= 0 && it->sentence != chosen_sentence) break;
        chosen = it->entity;
        chosen_sentence = it->sentence;
        if (chosen_sentence == s) break;
      }
      // "Reeves told parliament … Opposition leader Kemi Badenoch dismissed the figures. She added": a person of
      // unknown gender named in a later sentence than the nearest one known to fit is nearer to the reader.
      if (chosen < 0 || (unknown >= 0 && unknown_sentence > chosen_sentence)) chosen = unknown;
      if (chosen < 0) continue;
      Entity& e = people.entities[chosen];
      if (e.gender == Gender::Unknown) e.gender = p.gender, e.gender_rank = 1;
      added.push_back({t, t + 1, MentionKind::Pronoun, false, chosen});
      seen.push_back({t + 1, s, chosen});
    }
  }
  people.mentions.insert(people.mentions.end(), added.begin(), added.end());
  index_mentions(people);
}

}  // namespace newsmark::entities

#include "util/small_end.h"
