#include "recognise/people.h"

#include <algorithm>
#include <optional>
#include <string>

#include "lexicon/function_words.h"
#include "lexicon/key_table.h"
#include "recognise/countries_lexicon.h"
#include "recognise/people_lists.h"
#include "recognise/people_words.h"
#include "util/sort_by.h"

namespace newsmark::recognise {
namespace {

using text::Document;
using text::TokenKind;

// The passes: titles and names with their evidence first, then names listed beside them, then known names wherever
// they recur.
class Finder : private NameWords {
 public:
  explicit Finder(const Document& doc) : NameWords(doc) {}

  NameMentions run() {
    first_pass();
    coordinated_names(*this, doc_, out_.names, false);
    drop_countries();
    family_first_order();
    known_names_pass();
    coordinated_names(*this, doc_, out_.names, true);
    // Again for the names the later passes add; the first round kept them from spreading a country's word.
    drop_countries();
    family_first_order();
    util::stable_sort_by(out_.names, [](const NameMention& m) { return m.begin; });
    return std::move(out_);
  }

 private:
  // A name that is a country's name, alias or demonym is the country ("defending champion Spain", "North Korea
  // demanded", "S. Korea urges"), unless that word is also a person's name (Jordan, Chad, Israel).
  bool is_country(const NameMention& m) const {
    const auto& lx = country_lexicon();
    uint32_t b = m.name;
    while (b + 2 < m.name_end && initial(b) && dot_after(b)) b += 2;
    for (uint32_t k = b >= 2 ? b - 2 : 0; k <= b; ++k) {
      const auto match = lx.match_at(doc_, k);
      if (!match.tokens || k + match.tokens != m.name_end || (k < b && k + match.tokens <= b)) continue;
      const int16_t a = match.phrase->ambiguity;
      return a < 0 || !lx.ambiguities[static_cast<std::size_t>(a)].person;
    }
    return false;
  }

  // "Wang Donghai", "Kim In-so": a two- or three-word name opening with a family name written first has its surname
  // there; where that word is also an English given name (Kim, Lee), only a hyphenated given name after it says so.
  void family_first_order() {
    for (auto& m : out_.names) {
      const uint32_t words = m.name_end - m.name;
      if (words < 2 || words > 3 || m.surname == m.name || !has_class(m.name, kFamilyFirst)) continue;
      const auto next = word(m.name + 1);
      const bool hyphenated = next.find('-') != std::string_view::npos;
      if (has_class(m.name, kEnglishGiven) && !hyphenated) continue;
      m.surname = m.name;
      m.family_end = m.name + 1;
    }
  }

  void drop_countries() {
    std::erase_if(out_.names, [&](const NameMention& m) { return m.name < m.name_end && is_country(m); });
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
    if (title && !title->address && te > tb) m.title = surface(tb, te), m.title_is_style = title->style;
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
      if (p == k || !given(p)) continue;
      const Run r = collect(p, false);
      if (r.names >= 2) {
        emit(r, r.begin, &ti, tb, te);
        return r.end;
      }
    }
    return 0;
  }

  // Where an office's title starts once the words that make it specific are in: "the Norwegian fisheries minister
  // Ingrid Halvorsen" → "Norwegian fisheries minister". Only between a determiner or possessive and the office, so a
  // verb before it ("told minister X") never joins.
  uint32_t modifiers_before(uint32_t i) const {
    for (uint32_t k = i; k > 0 && i - k < 3;) {
      --k;
      const auto& tok = doc_.tokens[k];
      if (tok.kind == TokenKind::Possessive || determiner(k)) return k + 1;
      // "this week to Attorney General X": a preposition means the words before it are no part of the title.
      if (tok.kind != TokenKind::Word || tok.has(text::kLineBefore) ||
          lexicon::is_function(doc_, k, lexicon::kPreposition))
        return i;
    }
    return i;
  }

  // A title at i: a name after it is a person; "the secretary-general" alone stands for whoever holds the post.
  uint32_t at_title(uint32_t i, const Match& tm) {
    const TitleInfo& ti = lx_.title_info[tm.value];
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
      const Run whole = collect(j, true);
      const Run r = from_given(whole);
      const bool split = r.begin != whole.begin;
      bool ok = false;
      const bool bare_title = r.names == 1 && title_at(r.begin).tokens > 0;  // "Mr. President"
      if (!r.empty() && !bare_title && !(r.orgish || orghead_after(r))) {
        if (ti.honorific) ok = true;
        else if (r.names >= 2) ok = true;
        else ok = !comma && name_can_end(r.end);
      } else if (!r.empty() && r.names >= 2 && given_first(r)) {
        ok = true;  // "chairman of Chrysler LLC Jim Press": a given name outweighs an organisation word
      }
      if (ok) {
        if (split) emit(r, r.begin, nullptr);
        else emit(r, ti.honorific ? i : r.begin, &ti, ti.honorific ? i : modifiers_before(i), i + tm.tokens);
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
    const Run whole = collect(i, false);
    if (whole.empty()) return i + 1;
    // "Argentine Abel Balbo", "Centre Jason Little": a word glued in front of a name; the name starts at its given name.
    const Run r = given_first(whole) ? whole : from_given(whole);
    if (r.begin != whole.begin && given_first(r)) {
      emit(r, r.begin, nullptr);
      return r.end;
    }
    const bool orgish = r.orgish || orghead_after(r);
    if (r.names >= 2) {
      uint32_t tb = 0, te = 0;
      const int appos = appositive_title(r.end, tb, te);
      const bool strong = speech_after(r.end) || speech_before(r.begin) || appos >= 0;
      const bool given = given_first(r);
      // "Board on Professional Responsibility", "Commission on Presidential Debates": the tail of an organisation.
      const bool tail = r.begin >= 2 && doc_.tokens[r.begin - 2].has(text::kCapitalized) &&
                        any_of(word(r.begin - 1), {"of", "on", "for", "and"});
      if (tail && !given) return r.end;
      if ((!orgish && (given || strong)) || (orgish && given && strong)) {
        const TitleInfo* ti = appos >= 0 ? &lx_.title_info[appos] : nullptr;
        emit(r, r.begin, ti, tb, ti ? te : tb);
        return r.end;
      }
    }
    // "his wife, Jane,", "Trump's older brother, Freddy,": one name set off after a relative's noun names that person.
    if (r.names == 1 && !orgish) {
      if (const auto gender = relative_before(r)) {
        const TitleInfo relation{false, true, false, *gender};  // gives the gender only; no title is reported
        emit(r, r.begin, *gender == Gender::Unknown ? nullptr : &relation);
        return r.end;
      }
    }
    // "J. Adams 123", "C. Hooper 58": initials before one name word make it a person's name.
    if (r.names == 1 && !orgish) {
      uint32_t b = r.surname;
      while (b >= 2 && initial(b - 2) && dot_after(b - 2) && !doc_.tokens[b].has(text::kLineBefore)) b -= 2;
      if (b < r.surname && b <= r.begin) {
        Run named = r;
        named.begin = b;
        named.names = 2;  // an initial stands for a given name
        emit(named, b, nullptr);
        return r.end;
      }
    }
    if (orgish) out_.orgs.push_back({r.begin, r.end});
    return r.end;
  }

  // The gender of the relative whose noun stands right before the one-word name r, behind a possessive at most two
  // words before it ("his wife, Jane,", "her late husband Tom", "Trump's older brother, Freddy,"); the name must close
  // the apposition its comma opens. None when r follows no such noun.
  std::optional<Gender> relative_before(const Run& r) const {
    uint32_t noun = r.begin;
    const bool comma = noun > 0 && word(noun - 1) == ",";
    if (comma) --noun;
    if (noun < 2 || doc_.tokens[r.begin].has(text::kLineBefore)) return std::nullopt;
    --noun;
    const auto& nt = doc_.tokens[noun];
    if (nt.kind != TokenKind::Word || nt.has(text::kCapitalized)) return std::nullopt;
    const auto relation = lx_.relations.find(doc_, noun);
    if (relation.empty()) return std::nullopt;
    if (comma && r.end < n_ && doc_.tokens[r.end].kind != TokenKind::Punct) return std::nullopt;
    for (uint32_t p = noun; p-- > 0 && noun - p <= 3;) {
      const auto& tok = doc_.tokens[p];
      if (tok.kind == TokenKind::Possessive || lexicon::possessive_determiner(doc_, p))
        return static_cast<Gender>(relation[0]);
      if (tok.kind != TokenKind::Word || tok.has(text::kCapitalized) || lexicon::function_word(doc_, p)) break;
    }
    return std::nullopt;
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
        const auto np = nonperson_at(i);
        if (np.tokens) {
          const auto k = static_cast<NonPerson>(np.value);
          if (k == NonPerson::Org || k == NonPerson::Credit) out_.orgs.push_back({i, i + np.tokens});
          const bool month_name = k == NonPerson::Time && np.tokens == 1 && name_word(i);  // Jan Kavan
          if (((k != NonPerson::Place && k != NonPerson::OrgHead) || np.tokens > 1) && !month_name) {
            i += np.tokens;
            continue;
          }
        }
      }
      const auto tm = title_at(i);
      if (tm.tokens) {
        i = at_title(i, tm);
        continue;
      }
      i = name_like(i) ? at_name(i) : i + 1;
    }
  }

  // Once a name is known, its surname alone and its repetitions are mentions too, wherever they stand.
  void known_names_pass() {
    // Surnames and full names seen and the words that name an organisation here (valued 1), and how often a surname
    // has a full name and an organisation's first word is used (valued 1 + the count), under these tags.
    enum : uint32_t { kSurname, kFull, kOrgWord, kFullNames, kOrgUses };
    lexicon::KeyTable seen;
    for (const auto& m : out_.names) {
      if (m.name == m.name_end) continue;
      seen.insert(kSurname, key(m.surname, surname_end(m)), 1);
      seen.insert(kFull, key(m.name, m.name_end), 1);
    }
    if (!seen.size()) return;
    auto known = [&](uint32_t tag, const std::string& s) { return seen.find(tag, s) != 0; };
    // Counts s under tag and says whether it was new.
    const auto count = [&](uint32_t tag, const std::string& s) {
      const uint32_t n = seen.find_or_insert(tag, s, 1);
      seen.insert(tag, s, n + 1);
      return n == 1;
    };
    // A surname that also names an organisation here (Ford, of the Ford Motor Company) is the organisation alone,
    // unless the person's full name is written more often than the organisation ("Donald Trump" and one "Trump
    // Foundation": Trump is still the person).
    for (const auto& m : out_.names)
      if (m.name != m.name_end && m.surname > m.name) count(kFullNames, key(m.surname, surname_end(m)));
    std::vector<std::string> orgs;  // each organisation's first word once, in order
    for (const auto& o : out_.orgs)
      if (auto w = lexicon::fold(word(o.begin)); count(kOrgUses, w)) orgs.push_back(std::move(w));
    for (const auto& w : orgs) {
      const uint32_t full = seen.find(kFullNames, w);
      if (!full || full <= seen.find(kOrgUses, w)) seen.insert(kOrgWord, w, 1);
    }
    std::vector<bool> covered(n_, false);  // a bit per token: the pass runs at the people stage's peak of memory
    for (const auto& m : out_.names)
      for (uint32_t t = m.begin; t < m.end; ++t) covered[t] = true;
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
      if (!clash && !r.orgish && known(kSurname, key(r.surname, r.name_end)) &&
          !(r.names == 1 && known(kOrgWord, key(r.surname, r.name_end)))) {
        end = r.name_end;
        surname = r.surname;
        if (r.begin != r.surname && !known(kFull, key(r.begin, r.name_end)) && !given_first(r) &&
            !unknown_given(r)) {
          begin = r.surname;
          for (uint32_t b = r.begin + 1; b < r.surname; ++b)
            if (known(kFull, key(b, r.name_end))) {
              begin = b;
              break;
            }
        }
      }
      for (uint32_t k = r.name_end - 1; !clash && !end && k > r.begin; --k) {
        if (!name_word(k - 1, k - 1 > r.begin)) continue;
        const auto head = key(r.begin, k);
        // "Berg Foundation": a surname heading an organisation's name is the organisation's.
        if (known(kFull, head) || (k == r.begin + 1 && !r.orgish && known(kSurname, head) && !known(kOrgWord, head))) {
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
    // "MITCHELL DEFEATS BAILEY": a word in capitals is the person the body names with that surname; two in a row that
    // spell a known full name are that name.
    for (uint32_t i = 0; i < n_; ++i) {
      const auto& tok = doc_.tokens[i];
      if (covered[i] || tok.kind != TokenKind::Word || !tok.has(text::kAllCaps) || word(i).size() < 3) continue;
      const bool pair = i + 1 < n_ && !covered[i + 1] && doc_.tokens[i + 1].has(text::kAllCaps) &&
                        known(kFull, key(i, i + 2));
      if (!pair && !known(kSurname, key(i, i + 1))) continue;
      NameMention m;
      m.begin = m.name = i;
      m.end = m.name_end = pair ? i + 2 : i + 1;
      m.surname = m.end - 1;
      m.kind = pair ? MentionKind::Name : MentionKind::Surname;
      found.push_back(m);
      for (uint32_t t = m.begin; t < m.end; ++t) covered[t] = true;
    }
    out_.names.insert(out_.names.end(), found.begin(), found.end());
  }

  NameMentions out_;
};

}  // namespace

NameMentions find_name_mentions(const Document& doc) {
  if (doc.tokens.empty()) return {};
  return Finder(doc).run();
}

}  // namespace newsmark::recognise
