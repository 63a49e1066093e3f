#include "recognise/people_words.h"

#include <algorithm>

#include "lexicon/frame_words.h"

namespace newsmark::recognise {
namespace {

using text::TokenKind;

constexpr uint32_t kMaxRun = 12;    // tokens in one name, particles, initials and a nickname in quotes included
constexpr uint32_t kMaxNickname = 4;  // words of a nickname between a given name and a surname
constexpr uint32_t kApposition = 8; // tokens scanned after "Name," for the title that describes them

// "Separately, Juppe said", "Ironically, …": suffixes of adverbs made from adjectives that no name has; a bare "-ally"
// or "-ly" is left alone (Mulally, Connally, Kelly, Beverly).
bool adverb_form(std::string_view w) {
  for (std::string_view s : {"ically", "ionally", "ually", "entally", "ately", "ously", "ingly", "edly", "ively", "fully",
                             "lessly"})
    if (w.size() > s.size() + 2 && w.ends_with(s)) return true;
  return false;
}

}  // namespace

NameWords::NameWords(const text::Document& doc)
    : doc_(doc), lx_(people_lexicon()), n_(static_cast<uint32_t>(doc.tokens.size())) {
  info_.resize(n_);
  for (uint32_t t = 0; t < n_; ++t) {
    const auto& tok = doc.tokens[t];
    if (tok.kind != TokenKind::Word) continue;
    info_[t].cls = lx_.classes_of(doc, t);
    // Asked of most tokens several times over while runs are tried: answered once here, without a call for the
    // lower-case words without a hyphen that most tokens are.
    if (!(tok.has(text::kCapitalized) || tok.hyphen) || !name_like_word(t)) continue;
    info_[t].state |= kNameLike;
    if (initial(t) || adverb_form(word(t))) info_[t].state |= kNeverName;
  }
  mark_initials();
}

template <typename Value>
NameWords::Match NameWords::longest_once(uint32_t t, uint8_t known, uint8_t starts, const lexicon::Gazetteer& g,
                                         uint8_t TokenInfo::*tokens, Value TokenInfo::*value) const {
  TokenInfo& x = info_[t];
  if (!(x.state & known)) {
    // The lexicon keeps its phrases and titles within the record's fields (PeopleLexicon::kMax*).
    const auto m = x.cls & starts ? g.longest(doc_, t) : lexicon::Gazetteer::Match{};
    x.*tokens = static_cast<uint8_t>(m.tokens);
    x.*value = m.tokens ? static_cast<Value>(m.values[0]) : 0;
    x.state |= known;
  }
  return {x.*tokens, x.*value};
}

NameWords::Match NameWords::title_at(uint32_t t) const {
  return longest_once(t, kTitleKnown, kStartsTitle, lx_.titles, &TokenInfo::title_tokens, &TokenInfo::title_value);
}

NameWords::Match NameWords::nonperson_at(uint32_t t) const {
  return longest_once(t, kPhraseKnown, kStartsNonPerson, lx_.nonpersons, &TokenInfo::phrase_tokens,
                      &TokenInfo::phrase_value);
}

NonPerson NameWords::nonperson(uint32_t t, bool& found) const {
  TokenInfo& x = info_[t];
  if (!(x.state & kWordKnown)) {
    const auto v = x.cls & kStartsNonPerson ? lx_.nonpersons.find(doc_, t) : std::span<const uint32_t>{};
    x.word_kind = v.empty() ? -1 : static_cast<int8_t>(v[0]);
    x.state |= kWordKnown;
  }
  found = x.word_kind >= 0;
  return found ? static_cast<NonPerson>(x.word_kind) : NonPerson::Word;
}

bool NameWords::name_like_word(uint32_t t) const {
  const auto& tok = doc_.tokens[t];
  if (tok.kind != TokenKind::Word) return false;
  const auto w = word(t);
  if (tok.has(text::kCapitalized)) return !tok.has(text::kAllCaps);
  if (!tok.hyphen) return false;
  const auto dash = w.find('-');
  return dash != std::string_view::npos && dash + 1 < w.size() && w[dash + 1] >= 'A' && w[dash + 1] <= 'Z' &&
         !lx_.particles.find(w.substr(0, dash)).empty();
}

void NameWords::mark_initials() {
  for (const auto& s : doc_.sentences) {
    uint32_t first = s.begin;
    while (first < s.end && doc_.tokens[first].kind != TokenKind::Word) ++first;  // past an opening quote
    if (first < s.end) info_[first].state |= kInitial;
  }
}

bool NameWords::name_word(uint32_t t, bool inner) const {
  if (!name_like(t) || (info_[t].state & kNeverName)) return false;
  bool found = false;
  const auto k = nonperson(t, found);
  // "Theresa May said", "Jan Kavan said", but not "Davison Feb. 1" or "on Friday".
  const bool surname_month = k == NonPerson::Time && (inner || given(t)) && !word(t).ends_with("day") &&
                             !(t + 1 < n_ && (word(t + 1) == "." || doc_.tokens[t + 1].kind == TokenKind::Number));
  if (found && k != NonPerson::Place && k != NonPerson::OrgHead && !surname_month) return false;
  // A longer organisation phrase starting here (White House) is no name either.
  const auto m = nonperson_at(t);
  if (m.tokens > 1 && static_cast<NonPerson>(m.value) != NonPerson::OrgHead) return false;
  return true;
}

bool NameWords::particle(uint32_t t) const {
  return doc_.tokens[t].kind == TokenKind::Word && !doc_.tokens[t].has(text::kCapitalized) &&
         (info_[t].cls & kParticle);
}

bool NameWords::cap_particle(uint32_t t) const {
  return doc_.tokens[t].has(text::kCapitalized) && (info_[t].cls & kParticle);
}

bool NameWords::initial(uint32_t t) const {
  const auto w = word(t);
  return w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z';
}

bool NameWords::dot_after(uint32_t t) const {
  return t + 1 < n_ && word(t + 1) == "." && !doc_.tokens[t + 1].has(text::kSpaceBefore);
}

uint32_t NameWords::after_nickname(uint32_t t) const {
  if (t >= n_ || word(t) != "\"") return 0;
  uint32_t k = t + 1;
  while (k < n_ && k - t <= kMaxNickname && doc_.tokens[k].kind == TokenKind::Word &&
         (doc_.tokens[k].has(text::kCapitalized) || lexicon::is_function(doc_, k, lexicon::kPreposition)))
    ++k;
  if (k == t + 1 || k >= n_ || word(k) != "\"" || k + 1 >= n_ || doc_.tokens[k + 1].has(text::kLineBefore)) return 0;
  return k + 1;
}

Run NameWords::collect(uint32_t j, bool particle_first) const {
  Run r{j, j, j, j, 0, false};
  uint32_t t = j, first_particle = UINT32_MAX, last_name = j;
  while (t < n_ && t - j < kMaxRun) {
    if (t > j && doc_.tokens[t].has(text::kLineBefore)) break;
    if (r.names >= 2 && suffix(t)) {
      r.name_end = last_name + 1;
      r.end = dot_after(t) ? t + 2 : t + 1;
      break;
    }
    if (initial(t) && dot_after(t) && t + 2 < n_ && name_word(t + 2)) {
      t += 2;
      continue;
    }
    if (r.names > 0 && starts_title(t)) break;  // "Chrysler Chief Executive Robert Nardelli"
    if (t == j && cap_particle(t) && t + 1 < n_ && name_word(t + 1)) {
      first_particle = t++;  // De Gaulle, Van Gogh at the start of a sentence
      continue;
    }
    if (r.names >= 2 && doc_.tokens[t].has(text::kHeadline)) break;
    if (name_word(t, r.names > 0)) {
      bool found = false;
      if (nonperson(t, found) == NonPerson::OrgHead && found) r.orgish = true;
      ++r.names;
      last_name = t;
      r.end = r.name_end = ++t;
      continue;
    }
    // Roberto " Hands of Stone " Duran: a nickname in quotes between the given name and the surname.
    if (r.names > 0) {
      if (const uint32_t after = after_nickname(t); after && name_word(after)) {
        t = after;
        continue;
      }
    }
    if (particle(t) && (r.names > 0 || particle_first)) {
      uint32_t u = t;
      while (u < n_ && u - t < 3 && particle(u)) ++u;
      if (u < n_ && name_word(u) && !doc_.tokens[u].has(text::kLineBefore)) {
        if (first_particle == UINT32_MAX) first_particle = t;
        t = u;
        continue;
      }
    }
    break;
  }
  if (r.names == 0) return r;
  r.surname = first_particle != UINT32_MAX && (first_particle > j || r.names == 1) ? first_particle : last_name;
  if (first_particle == j && r.names > 1) r.surname = j;
  return r;
}

bool NameWords::starts_title(uint32_t t) const {
  const auto m = title_at(t);
  if (m.tokens == 0) return false;
  uint32_t after = t + m.tokens;
  if (after < n_ && word(after) == ".") ++after;  // Rep. Jason Chaffetz
  return after < n_ && name_like(after) && !suffix(after);
}

Run NameWords::from_given(const Run& r) const {
  if (r.names < 3 || given(r.begin)) return r;
  for (uint32_t k = r.begin + 1; k + 1 < r.name_end; ++k)
    if (given(k) && name_word(k + 1, true)) {
      const Run tail = collect(k, false);
      if (tail.names >= 2 && tail.end == r.end) return tail;
    }
  return r;
}

bool NameWords::orghead_after(const Run& r) const {
  if (r.end >= n_) return false;
  bool found = false;
  return nonperson(r.end, found) == NonPerson::OrgHead && found;
}

bool NameWords::speech_after(uint32_t t) const {
  for (uint32_t k = 0; k < 3 && t < n_; ++k, ++t) {
    if (doc_.tokens[t].kind != TokenKind::Word) return false;
    if ((info_[t].cls & kSpeechVerb) && !doc_.tokens[t].has(text::kCapitalized)) return true;
    // "Smith has also said": the words that may stand between a speaker and the verb, as the quote stage reads them.
    if (lexicon::frame_entry(doc_, t).role != lexicon::FrameRole::Between) return false;
  }
  return false;
}

bool NameWords::speech_before(uint32_t t) const {
  if (t == 0) return false;
  const auto& p = doc_.tokens[t - 1];
  if (p.kind != TokenKind::Word || p.has(text::kCapitalized)) return false;
  // Inverted only after the quote or clause it reports: ", said Smith"; "Intel added Digital Rights" is no speech.
  if (info_[t - 1].cls & kSpeechVerb)
    return t >= 2 && doc_.tokens[t - 2].kind == TokenKind::Punct;
  return t >= 2 && word_is(t - 1, "to") && word_is(t - 2, "according");
}

int NameWords::appositive_title(uint32_t t, uint32_t& tb, uint32_t& te) const {
  if (t >= n_ || word(t) != ",") return -1;
  for (uint32_t u = t + 1; u < n_ && u <= t + kApposition; ++u) {
    if (doc_.tokens[u].has(text::kLineBefore)) return -1;
    const auto w = word(u);
    if (w == "," || w == "." || w == ";" || w == ":" || w == "\"" || w == "(") return -1;
    if (info_[u].cls & kSpeechVerb) return -1;
    const auto m = title_at(u);
    // An honorific in lower case is an office in apposition: "Tom Hall, the mayor," is the mayor.
    if (m.tokens && (!lx_.title_info[m.value].honorific || !doc_.tokens[u].has(text::kCapitalized))) {
      const uint32_t after = u + m.tokens;
      if (after < n_ && name_like(after)) return -1;  // ", Apple CEO Steve Jobs" names someone else
      // The title keeps the words that make it specific: "a marine economist", "Norway's fisheries minister".
      tb = u;
      te = after;
      while (tb > t + 1 && doc_.tokens[tb - 1].kind == TokenKind::Word && !determiner(tb - 1) &&
             !word_is(tb - 1, "former") && !word_is(tb - 1, "then"))
        --tb;
      return static_cast<int>(m.value);
    }
  }
  return -1;
}

bool NameWords::name_can_end(uint32_t t) const {
  if (t >= n_) return true;
  const auto& tok = doc_.tokens[t];
  if (tok.kind != TokenKind::Word || tok.has(text::kCapitalized)) return true;
  if (info_[t].cls & kSpeechVerb) return true;
  return any_of(word(t), {"has", "had", "have", "is", "was", "will", "would", "and", "who", "to", "on", "in", "at",
                          "of", "for", "with", "from", "as", "also", "met", "did", "does", "can", "could", "may"});
}

bool NameWords::given_first(const Run& r) const {
  if (!given(r.begin)) return false;
  bool found = false;
  return !(nonperson(r.begin, found) == NonPerson::Place && found);
}

Gender NameWords::given_gender(const Run& r) const {
  const auto v = info_[r.begin].cls & kGivenName ? lx_.given.find(doc_, r.begin) : std::span<const uint32_t>{};
  return v.empty() || r.names < 2 ? Gender::Unknown : static_cast<Gender>(v[0]);
}

std::string_view NameWords::surface(uint32_t b, uint32_t e) const {
  const auto& t = doc_.tokens;
  return std::string_view(doc_.norm.s).substr(t[b].begin, t[e - 1].end - t[b].begin);
}

std::string NameWords::key(uint32_t b, uint32_t e) const {
  std::string s;
  for (uint32_t t = b; t < e; ++t) {
    if (!s.empty()) s += ' ';
    s += word(t);
  }
  return lexicon::fold(s);  // "de Gaulle" and "De Gaulle" are one surname
}

bool NameWords::unknown_given(const Run& r) {
  if (r.names != 2 || sentence_initial(r.begin) || doc_.tokens[r.begin].has(text::kHeadline)) return false;
  if (!lowercase_ready_) {
    for (uint32_t t = 0; t < n_; ++t)
      if (doc_.tokens[t].kind == TokenKind::Word && !doc_.tokens[t].has(text::kCapitalized))
        lowercase_.insert(0, word(t), 1);
    lowercase_ready_ = true;
  }
  return !lowercase_.find_hashed(0, doc_.folded_hash(r.begin), doc_.folded_word(r.begin));
}

}  // namespace newsmark::recognise
