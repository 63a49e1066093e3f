#include "recognise/people.h"

#include <algorithm>
#include <string>
#include <unordered_set>

#include "recognise/people_lexicon.h"

namespace newsmark::recognise {
namespace {

using text::Document;
using text::TokenKind;

constexpr uint32_t kMaxRun = 8;     // tokens in one name, particles and initials included
constexpr uint32_t kApposition = 8; // tokens scanned after "Name," for the title that describes them

bool is(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if ((a[i] | 0x20) != (b[i] | 0x20)) return false;
  return true;
}

bool any_of(std::string_view w, std::initializer_list<std::string_view> list) {
  for (auto x : list)
    if (is(w, x)) return true;
  return false;
}

struct Run {
  uint32_t begin = 0, end = 0;   // tokens, suffix included
  uint32_t name_end = 0;         // before a suffix
  uint32_t surname = 0;
  uint32_t names = 0;            // name words, not counting particles and initials
  bool orgish = false;           // holds a word that ends organisation and place names
  bool empty() const { return names == 0; }
};

class Finder {
 public:
  explicit Finder(const Document& doc)
      : doc_(doc), lx_(people_lexicon()), n_(static_cast<uint32_t>(doc.tokens.size())) {
    mark_headlines();
  }

  NameMentions run() {
    first_pass();
    known_names_pass();
    std::sort(out_.names.begin(), out_.names.end(),
              [](const NameMention& a, const NameMention& b) { return a.begin < b.begin; });
    return std::move(out_);
  }

 private:
  std::string_view word(uint32_t t) const { return doc_.word(t); }
  bool word_is(uint32_t t, std::string_view w) const { return t < n_ && is(word(t), w); }

  NonPerson nonperson(uint32_t t, bool& found) const {
    const auto v = lx_.nonpersons.find(word(t));
    found = !v.empty();
    return found ? static_cast<NonPerson>(v[0]) : NonPerson::Word;
  }

  // A word that can be part of a name: capitalised, not an acronym, or a prefixed name such as al-Assad.
  bool name_like(uint32_t t) const {
    const auto& tok = doc_.tokens[t];
    if (tok.kind != TokenKind::Word) return false;
    const auto w = word(t);
    if (tok.has(text::kCapitalized)) return !tok.has(text::kAllCaps);
    const auto dash = w.find('-');
    return dash != std::string_view::npos && dash + 1 < w.size() && w[dash + 1] >= 'A' && w[dash + 1] <= 'Z' &&
           !lx_.particles.find(w.substr(0, dash)).empty();
  }

  // A name-like word that is not an organisation, a month, a credit or a function word.
  // A headline in title case (a whole line, no lower-case word of four letters or more) capitalises every word, so
  // a name there is cut after two words: "Hillary Clinton Speaks Out" is Hillary Clinton.
  void mark_headlines() {
    headline_.assign(n_, 0);
    initial_.assign(n_, 0);
    for (const auto& s : doc_.sentences) {
      uint32_t first = s.begin;
      while (first < s.end && doc_.tokens[first].kind != TokenKind::Word) ++first;  // past an opening quote
      if (first < s.end) initial_[first] = 1;
      const bool line = (s.begin == 0 || doc_.tokens[s.begin].has(text::kLineBefore)) &&
                        (s.end >= n_ || doc_.tokens[s.end].has(text::kLineBefore));
      if (!line) continue;
      uint32_t caps = 0, lower = 0;
      for (uint32_t t = s.begin; t < s.end; ++t) {
        const auto& tok = doc_.tokens[t];
        if (tok.kind != TokenKind::Word || tok.end - tok.begin < 4) continue;
        (tok.has(text::kCapitalized) ? caps : lower) += 1;
      }
      if (lower == 0 && caps >= 4) std::fill(headline_.begin() + s.begin, headline_.begin() + s.end, 1);
    }
  }

  // inner: not the first word of the name, where a month may be a surname (Theresa May).
  bool name_word(uint32_t t, bool inner = false) const {
    if (!name_like(t) || initial(t)) return false;
    bool found = false;
    const auto k = nonperson(t, found);
    const bool surname_month = k == NonPerson::Time && inner && !word(t).ends_with("day");
    if (found && k != NonPerson::Place && k != NonPerson::OrgHead && !surname_month) return false;
    // A longer organisation phrase starting here (White House) is no name either.
    const auto m = lx_.nonpersons.longest(doc_, t);
    if (m.tokens > 1 && static_cast<NonPerson>(m.values[0]) != NonPerson::OrgHead) return false;
    return true;
  }

  bool particle(uint32_t t) const {
    return doc_.tokens[t].kind == TokenKind::Word && !doc_.tokens[t].has(text::kCapitalized) &&
           !lx_.particles.find(word(t)).empty();
  }

  bool cap_particle(uint32_t t) const {
    return doc_.tokens[t].has(text::kCapitalized) && !lx_.particles.find(lexicon::fold(word(t))).empty();
  }

  bool initial(uint32_t t) const {
    const auto w = word(t);
    return w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z';
  }

  bool suffix(uint32_t t) const { return any_of(word(t), {"Jr", "Sr", "II", "III", "IV"}); }

  bool dot_after(uint32_t t) const {
    return t + 1 < n_ && word(t + 1) == "." && !doc_.tokens[t + 1].has(text::kSpaceBefore);
  }

  // The longest name starting at token j: capitalised words, particles between them, initials and a suffix.
  Run collect(uint32_t j, bool particle_first) const {
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
      if (r.names >= 2 && headline_[t]) break;
      if (name_word(t, r.names > 0)) {
        bool found = false;
        if (nonperson(t, found) == NonPerson::OrgHead && found) r.orgish = true;
        ++r.names;
        last_name = t;
        r.end = r.name_end = ++t;
        continue;
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

  // A title inside a run of capitals that a name follows (Chrysler Chief Executive Robert Nardelli); a title word at
  // the end of a name is the name's own (Martin Luther King).
  bool starts_title(uint32_t t) const {
    const auto m = lx_.titles.longest(doc_, t);
    if (m.tokens == 0) return false;
    uint32_t after = t + m.tokens;
    if (after < n_ && word(after) == ".") ++after;  // Rep. Jason Chaffetz
    return after < n_ && name_like(after) && !suffix(after);
  }

  bool orghead_after(const Run& r) const {
    if (r.end >= n_) return false;
    bool found = false;
    return nonperson(r.end, found) == NonPerson::OrgHead && found;
  }

  // "X said", "X has said", "X, who ..., said" is too far; a verb of saying right after (or right before) the name.
  bool speech_after(uint32_t t) const {
    for (uint32_t k = 0; k < 3 && t < n_; ++k, ++t) {
      if (doc_.tokens[t].kind != TokenKind::Word) return false;
      if (!lx_.speech_verbs.find(word(t)).empty() && !doc_.tokens[t].has(text::kCapitalized)) return true;
      if (!any_of(word(t), {"has", "had", "have", "also", "later", "then", "previously", "earlier", "again", "was",
                            "is", "would", "will", "reportedly", "recently", "once", "never", "repeatedly"}))
        return false;
    }
    return false;
  }

  bool speech_before(uint32_t t) const {
    if (t == 0) return false;
    const auto& p = doc_.tokens[t - 1];
    if (p.kind != TokenKind::Word || p.has(text::kCapitalized)) return false;
    // Inverted only after the quote or clause it reports: ", said Smith"; "Intel added Digital Rights" is no speech.
    if (!lx_.speech_verbs.find(word(t - 1)).empty())
      return t >= 2 && doc_.tokens[t - 2].kind == TokenKind::Punct;
    return t >= 2 && word_is(t - 1, "to") && word_is(t - 2, "according");
  }

  // "Name, Nato's secretary-general," : the office named before the next comma.
  int appositive_title(uint32_t t, uint32_t& tb) const {
    if (t >= n_ || word(t) != ",") return -1;
    for (uint32_t u = t + 1; u < n_ && u <= t + kApposition; ++u) {
      if (doc_.tokens[u].has(text::kLineBefore)) return -1;
      const auto w = word(u);
      if (w == "," || w == "." || w == ";" || w == ":" || w == "\"" || w == "(") return -1;
      if (!lx_.speech_verbs.find(w).empty()) return -1;
      const auto m = lx_.titles.longest(doc_, u);
      if (m.tokens && !lx_.title_info[m.values[0]].honorific) {
        const uint32_t after = u + m.tokens;
        if (after < n_ && name_like(after)) return -1;  // ", Apple CEO Steve Jobs" names someone else
        tb = u;
        return static_cast<int>(m.values[0]);
      }
    }
    return -1;
  }

  // After a one-word name behind an office, what may follow: punctuation, a verb of saying, or a function word.
  // "chief Russian negotiator" is an adjective, not a name.
  bool name_can_end(uint32_t t) const {
    if (t >= n_) return true;
    const auto& tok = doc_.tokens[t];
    if (tok.kind != TokenKind::Word || tok.has(text::kCapitalized)) return true;
    if (!lx_.speech_verbs.find(word(t)).empty()) return true;
    return any_of(word(t), {"has", "had", "have", "is", "was", "will", "would", "and", "who", "to", "on", "in", "at",
                            "of", "for", "with", "from", "as", "also", "met", "did", "does", "can", "could", "may"});
  }

  bool given_first(const Run& r) const {
    if (lx_.given.find(word(r.begin)).empty()) return false;
    bool found = false;
    return !(nonperson(r.begin, found) == NonPerson::Place && found);
  }

  Gender given_gender(const Run& r) const {
    const auto v = lx_.given.find(word(r.begin));
    return v.empty() || r.names < 2 ? Gender::Unknown : static_cast<Gender>(v[0]);
  }

  // The title as the text spells it (secretary-general, Prime Minister), over tokens [b, e).
  std::string_view surface(uint32_t b, uint32_t e) const {
    const auto& t = doc_.tokens;
    return std::string_view(doc_.norm.s).substr(t[b].begin, t[e - 1].end - t[b].begin);
  }

  void emit(const Run& r, uint32_t begin, const TitleInfo* title, uint32_t tb = 0, uint32_t te = 0) {
    NameMention m;
    m.begin = begin;
    m.end = r.end;
    m.name = r.begin;
    m.surname = r.surname;
    m.name_end = r.name_end;
    const bool spanned_title = begin < r.begin;
    m.kind = r.names >= 2 ? MentionKind::Name : spanned_title ? MentionKind::Title : MentionKind::Surname;
    if (title && title->gender != Gender::Unknown) {
      m.gender = title->gender;
      m.gender_from_honorific = true;
    } else {
      m.gender = given_gender(r);
    }
    if (title && !title->address && te > tb) m.title = surface(tb, te);
    out_.names.push_back(m);
  }

  void emit_title_only(uint32_t begin, uint32_t end, const TitleInfo& title) {
    NameMention m;
    m.begin = m.name = m.surname = m.name_end = begin;
    m.end = end;
    m.kind = MentionKind::Title;
    m.gender = title.gender;
    m.gender_from_honorific = title.gender != Gender::Unknown;
    m.title = surface(begin, end);
    out_.names.push_back(m);
  }

  // "chairman of Chrysler LLC Jim Press", "President of the United States Barack Obama": the holder's name follows the
  // organisation's, and starts at a given name.
  uint32_t after_organisation(uint32_t k, const TitleInfo& ti, uint32_t tb, uint32_t te) {
    if (word_is(k, "the")) ++k;
    for (uint32_t p = k; p < n_ && p < k + 6; ++p) {
      const auto& tok = doc_.tokens[p];
      if (tok.kind != TokenKind::Word || !tok.has(text::kCapitalized) || tok.has(text::kLineBefore)) return 0;
      if (p == k || lx_.given.find(word(p)).empty()) continue;
      const Run r = collect(p, false);
      if (r.names >= 2) {
        emit(r, r.begin, &ti, tb, te);
        return r.end;
      }
    }
    return 0;
  }

  // A title at i: a name after it is a person; "the secretary-general" alone stands for whoever holds the post.
  uint32_t at_title(uint32_t i, const lexicon::Gazetteer::Match& tm) {
    const TitleInfo& ti = lx_.title_info[tm.values[0]];
    const bool cap = doc_.tokens[i].has(text::kCapitalized);
    uint32_t j = i + tm.tokens;
    if (j < n_ && word(j) == "." && ti.honorific) ++j;
    bool comma = false;
    if (!ti.honorific && j < n_ && word(j) == "," && i > 0 &&
        (doc_.tokens[i - 1].kind == TokenKind::Possessive || word_is(i - 1, "the") || word_is(i - 1, "former"))) {
      comma = true;
      ++j;
    }
    if (j < n_ && starts_title(j)) return j;  // "Executive Vice President Scott Carson": the inner title leads
    if (j < n_ && (!ti.honorific || cap) && !doc_.tokens[j].has(text::kLineBefore)) {
      const Run r = collect(j, true);
      bool ok = false;
      const bool bare_title = r.names == 1 && lx_.titles.longest(doc_, r.begin).tokens > 0;  // "Mr. President"
      if (!r.empty() && !bare_title && !(r.orgish || orghead_after(r))) {
        if (ti.honorific) ok = true;
        else if (r.names >= 2) ok = true;
        else ok = !comma && name_can_end(r.end);
      } else if (!r.empty() && r.names >= 2 && given_first(r)) {
        ok = true;  // "chairman of Chrysler LLC Jim Press": a given name outweighs an organisation word
      }
      if (ok) {
        emit(r, ti.honorific ? i : r.begin, &ti, i, i + tm.tokens);
        return r.end;
      }
    }
    if (!ti.honorific && (word_is(j, "of") || word_is(j, "for"))) {
      if (const uint32_t end = after_organisation(j + 1, ti, i, i + tm.tokens); end) return end;
    }
    if (i > 0 && (word_is(i - 1, "the") || doc_.tokens[i - 1].kind == TokenKind::Possessive) &&
        (i + tm.tokens >= n_ || !name_like(i + tm.tokens)))
      emit_title_only(i, i + tm.tokens, ti);
    return i + tm.tokens;
  }

  uint32_t at_name(uint32_t i) {
    const Run r = collect(i, false);
    if (r.empty()) return i + 1;
    const bool orgish = r.orgish || orghead_after(r);
    if (r.names >= 2) {
      uint32_t tb = 0;
      const int appos = appositive_title(r.end, tb);
      const bool strong = speech_after(r.end) || speech_before(r.begin) || appos >= 0;
      const bool given = given_first(r);
      // "Board on Professional Responsibility", "Commission on Presidential Debates": the tail of an organisation.
      const bool tail = r.begin >= 2 && doc_.tokens[r.begin - 2].has(text::kCapitalized) &&
                        any_of(word(r.begin - 1), {"of", "on", "for", "and"});
      if (tail && !given) return r.end;
      if ((!orgish && (given || strong)) || (orgish && given && strong)) {
        const TitleInfo* ti = appos >= 0 ? &lx_.title_info[appos] : nullptr;
        emit(r, r.begin, ti, tb, ti ? tb + static_cast<uint32_t>(lx_.titles.longest(doc_, tb).tokens) : tb);
        return r.end;
      }
    }
    if (orgish) out_.orgs.push_back({r.begin, r.end});
    return r.end;
  }

  void first_pass() {
    uint32_t i = 0;
    while (i < n_) {
      const auto& tok = doc_.tokens[i];
      if (tok.kind != TokenKind::Word) {
        ++i;
        continue;
      }
      if (tok.has(text::kCapitalized)) {
        const auto np = lx_.nonpersons.longest(doc_, i);
        if (np.tokens) {
          const auto k = static_cast<NonPerson>(np.values[0]);
          if (k == NonPerson::Org || k == NonPerson::Credit) out_.orgs.push_back({i, i + np.tokens});
          if ((k != NonPerson::Place && k != NonPerson::OrgHead) || np.tokens > 1) {
            i += np.tokens;
            continue;
          }
        }
      }
      const auto tm = lx_.titles.longest(doc_, i);
      if (tm.tokens) {
        i = at_title(i, tm);
        continue;
      }
      i = name_like(i) ? at_name(i) : i + 1;
    }
  }

  std::string key(uint32_t b, uint32_t e) const {
    std::string s;
    for (uint32_t t = b; t < e; ++t) {
      if (!s.empty()) s += ' ';
      s += word(t);
    }
    return lexicon::fold(s);  // "de Gaulle" and "De Gaulle" are one surname
  }

  // "Ivana Trump" beside a known Trump: a first word that is no common word of this text, mid-sentence, is a given
  // name the lists lack ("Candidate Trump", "Neither Clinton" are not).
  bool unknown_given(const Run& r) {
    if (r.names != 2 || initial_[r.begin] || headline_[r.begin]) return false;
    if (!lowercase_ready_) {
      for (uint32_t t = 0; t < n_; ++t)
        if (doc_.tokens[t].kind == TokenKind::Word && !doc_.tokens[t].has(text::kCapitalized))
          lowercase_.insert(word(t));
      lowercase_ready_ = true;
    }
    return !lowercase_.count(lexicon::fold(word(r.begin)));
  }

  // Once a name is known, its surname alone and its repetitions are mentions too, wherever they stand.
  void known_names_pass() {
    std::vector<std::string> surnames, fulls;
    for (const auto& m : out_.names) {
      if (m.name == m.name_end) continue;
      surnames.push_back(key(m.surname, m.name_end));
      fulls.push_back(key(m.name, m.name_end));
    }
    if (surnames.empty()) return;
    auto known = [](const std::vector<std::string>& v, const std::string& s) {
      return std::find(v.begin(), v.end(), s) != v.end();
    };
    // A surname that also names an organisation here (Ford, of the Ford Motor Company) is the organisation alone.
    std::vector<std::string> org_words;
    for (const auto& o : out_.orgs) org_words.push_back(lexicon::fold(word(o.begin)));
    std::vector<uint8_t> covered(n_, 0);
    for (const auto& m : out_.names)
      for (uint32_t t = m.begin; t < m.end; ++t) covered[t] = 1;
    std::vector<NameMention> found;
    for (uint32_t i = 0; i < n_;) {
      if (covered[i] || !(name_word(i) || (particle(i) && !(i > 0 && name_like(i - 1))))) {
        ++i;
        continue;
      }
      const Run r = collect(i, particle(i));
      if (r.empty() || r.end <= i) {
        ++i;
        continue;
      }
      bool clash = false;
      for (uint32_t t = r.begin; t < r.end; ++t) clash = clash || covered[t];
      // The run itself, else its longest head that is a known name ("Obama Speech", "Hillary Clinton Goes").
      // A longer run ending in a known surname keeps only the known part: "Crooked Hillary Clinton", "Candidate Trump".
      uint32_t begin = r.begin, end = 0, surname = 0;
      if (!clash && !r.orgish && known(surnames, key(r.surname, r.name_end)) &&
          !(r.names == 1 && known(org_words, key(r.surname, r.name_end)))) {
        end = r.name_end;
        surname = r.surname;
        if (r.begin != r.surname && !known(fulls, key(r.begin, r.name_end)) && !given_first(r) &&
            !unknown_given(r)) {
          begin = r.surname;
          for (uint32_t b = r.begin + 1; b < r.surname; ++b)
            if (known(fulls, key(b, r.name_end))) {
              begin = b;
              break;
            }
        }
      }
      for (uint32_t k = r.name_end - 1; !clash && !end && k > r.begin; --k) {
        if (!name_word(k - 1, k - 1 > r.begin)) continue;
        const auto head = key(r.begin, k);
        if (known(fulls, head) || (k == r.begin + 1 && known(surnames, head) && !known(org_words, head))) {
          end = k;
          surname = k - 1;
        }
      }
      if (end) {
        NameMention m;
        m.begin = m.name = begin;
        m.end = end == r.name_end ? r.end : end;
        m.surname = surname;
        m.name_end = end;
        m.kind = begin == surname ? MentionKind::Surname : MentionKind::Name;
        Run head = r;
        head.begin = begin;
        head.names = end - begin;
        m.gender = given_gender(head);
        found.push_back(m);
      }
      i = r.end;
    }
    out_.names.insert(out_.names.end(), found.begin(), found.end());
  }

  const Document& doc_;
  const PeopleLexicon& lx_;
  const uint32_t n_;
  std::unordered_set<std::string_view> lowercase_;  // words the text writes in lower case (built when first asked)
  bool lowercase_ready_ = false;
  std::vector<uint8_t> headline_, initial_;  // per token: in a title-case headline; first word of a sentence
  NameMentions out_;
};

}  // namespace

NameMentions find_name_mentions(const Document& doc) {
  if (doc.tokens.empty()) return {};
  return Finder(doc).run();
}

}  // namespace newsmark::recognise
