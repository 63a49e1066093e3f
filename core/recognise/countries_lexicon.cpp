#include "recognise/countries_lexicon.h"

#include "text/normalize.h"
#include "text/token.h"
#include "util/tsv.h"
#include "util/small.h"

namespace newsmark::data {
extern const std::string_view countries_tsv;
extern const std::string_view countries_aliases_tsv;
extern const std::string_view countries_exceptions_tsv;
extern const std::string_view countries_territories_tsv;
extern const std::string_view countries_ambiguous_tsv;
extern const std::string_view countries_context_tsv;
}  // namespace newsmark::data

namespace newsmark::recognise {
namespace {

bool same_word(const text::Document& doc, std::size_t t, std::string_view w) { return doc.word(t) == w; }

// Calls f on each part of a '|'-separated list.
template <typename F>
void for_each_part(std::string_view list, F&& f) {
  while (!list.empty()) {
    const auto bar = list.find('|');
    if (const auto part = list.substr(0, bar); !part.empty()) f(part);
    if (bar == std::string_view::npos) break;
    list.remove_prefix(bar + 1);
  }
}

bool parse_form(std::string_view s, CountryForm& form) {
  if (s == "name")
    form = CountryForm::Name;
  else if (s == "alias")
    form = CountryForm::Alias;
  else if (s == "demonym")
    form = CountryForm::Demonym;
  else if (s == "capital")
    form = CountryForm::Capital;
  else
    return false;
  return true;
}

class Builder {
 public:
  explicit Builder(CountryLexicon& lex) : lex_(lex) {}

  void load() {
    // Sized from the lists' lengths first (a line of countries.tsv holds several names, demonyms and capitals), so
    // that no table grows on the way.
    constexpr std::size_t kNamesPerLine = 3;  // a country's line: its names, demonyms and capital
    std::size_t lines = kNamesPerLine * util::count_lines(data::countries_tsv);
    std::size_t bytes = kNamesPerLine * data::countries_tsv.size();
    for (const auto tsv : {data::countries_aliases_tsv, data::countries_exceptions_tsv, data::countries_territories_tsv})
      lines += util::count_lines(tsv), bytes += tsv.size();
    lex_.gazetteer.reserve(2 * lines, bytes);
    lex_.shouted.reserve(2 * lines, bytes);
    // Exceptions first and hand-kept aliases next: the first value of a phrase is the one used, so they win.
    util::for_each_record(data::countries_tsv, [&](const auto& f) {
      if (f.size() < 2) return;
      index_.find_or_insert(kIso, f[0], static_cast<uint32_t>(lex_.countries.size() + 1));
      lex_.countries.push_back({std::string(f[0]), std::string(f[1])});
    });
    util::for_each_record(data::countries_ambiguous_tsv, [&](const auto& f) { ambiguous(f); });
    for (const auto tsv : {data::countries_exceptions_tsv, data::countries_territories_tsv})
      util::for_each_record(tsv, [&](const auto& f) {
        if (!f.empty() && !f[0].empty()) phrase(f[0], CountryLexicon::kBlocked);
      });
    util::for_each_record(data::countries_aliases_tsv, [&](const auto& f) {
      CountryForm form;
      if (f.size() >= 3 && parse_form(f[1], form)) add(f[0], form, f[2]);
    });
    util::for_each_record(data::countries_tsv, [&](const auto& f) {
      if (f.size() < 5) return;
      for_each_part(f[2], [&](std::string_view p) { add(f[0], CountryForm::Name, p); });
      for_each_part(f[3], [&](std::string_view p) { add(f[0], CountryForm::Demonym, p); });
      for_each_part(f[4], [&](std::string_view p) { add(f[0], CountryForm::Capital, p); });
    });
    util::for_each_record(data::countries_context_tsv, [&](const auto& f) { context(f); });
  }

 private:
  void add(std::string_view iso, CountryForm form, std::string_view phrase) {
    const uint32_t country = index_.find(kIso, iso);
    if (!country) return;
    CountryPhrase p{static_cast<uint16_t>(country - 1), form, -1};
    if (const uint32_t a = index_.find(kAmbiguity, phrase)) p.ambiguity = static_cast<int16_t>(a - 1);
    this->phrase(phrase, static_cast<uint32_t>(lex_.phrases.size()));
    lex_.phrases.push_back(p);
  }

  // The filter is marked with the phrase's first word as the tokenizer may cut it ("People" of "People's", "St" of
  // "St. George's", "Washington" of "Washington, D.C."), without tokenizing every phrase a second time.
  void phrase(std::string_view text, uint32_t value) {
    lex_.gazetteer.add(text, value);
    lex_.shouted.add(text, value, lexicon::Case::kFold);
    std::string_view first = text.substr(0, text.find_first_of(" ,"));
    // Any mark that could split the phrase counts it as longer: a wrong guess only costs a walk.
    const bool longer = text.find_first_of(" ,.'’-") != std::string_view::npos;
    auto mark = [&](std::string_view w) {
      CountryLexicon::mark(lex_.first_words, w);
      if (longer) CountryLexicon::mark(lex_.first_of_longer, w);
    };
    mark(first);
    for (std::string_view suffix : {"'s", "’s", "."})
      if (first.ends_with(suffix)) mark(first.substr(0, first.size() - suffix.size()));
  }

  void ambiguous(const std::vector<std::string_view>& f) {
    if (f.size() < 2) return;
    const uint32_t index = index_.find_or_insert(kAmbiguity, f[0], static_cast<uint32_t>(lex_.ambiguities.size() + 1));
    if (index > lex_.ambiguities.size()) lex_.ambiguities.emplace_back();
    Ambiguity& a = lex_.ambiguities[index - 1];
    a.word = std::string(f[0]);
    const std::string_view rule = f[1], clues = f.size() > 2 ? f[2] : std::string_view{};
    Clues* list = nullptr;
    if (rule == "person")
      a.person = true;
    else if (rule == "drop")
      a.drop = true;
    else if (rule == "shout")
      a.shout = true;
    else if (rule == "name-of")
      a.name_of = true;
    else if (rule == "speaker")
      list = &a.speaker;
    else if (rule == "not-before")
      list = &a.not_before;
    else if (rule == "not-after")
      list = &a.not_after;
    else if (rule == "not-doc")
      list = &a.not_doc;
    else if (rule == "doc-country")
      list = &a.doc_country;
    else if (rule.starts_with("iso-doc:")) {
      if (const uint32_t c = index_.find(kIso, rule.substr(8))) {
        a.other_country = static_cast<uint16_t>(c - 1);
        list = &a.other_doc;
      }
    }
    if (list) for_each_part(clues, [&](std::string_view p) { list->add(p); });
  }

  void context(const std::vector<std::string_view>& f) {
    if (f.size() < 2) return;
    const std::string_view kind = f[0];
    if (kind == "government-frame") {
      if (f.size() >= 3) lex_.government_frames.emplace_back(std::string(f[1]), std::string(f[2]));
      return;
    }
    Clues* list = kind == "currency"            ? &lex_.currency
                  : kind == "currency-name"     ? &lex_.currency_name
                  : kind == "org-after"         ? &lex_.org_after
                  : kind == "org-before"        ? &lex_.org_before
                  : kind == "government-after"  ? &lex_.government_after
                  : kind == "government-before" ? &lex_.government_before
                  : kind == "government-noun"   ? &lex_.government_noun
                  : kind == "government-people" ? &lex_.government_people
                  : kind == "place-before"      ? &lex_.place_before
                  : kind == "not-first-name"    ? &lex_.not_first_name
                                                : nullptr;
    if (list) list->add(f[1]);
  }

  CountryLexicon& lex_;
  // An ISO code -> 1 + its index in lex_.countries; an ambiguous word -> 1 + its index in lex_.ambiguities.
  enum : uint32_t { kIso, kAmbiguity };
  lexicon::KeyTable index_;
};

}  // namespace

void Clues::add(std::string_view phrase) {
  std::vector<std::string> words;
  const bool plain =
      !phrase.empty() &&
      phrase.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string_view::npos;
  if (plain) {
    words.emplace_back(phrase);  // most clues are one plain word: no need to tokenize them
  } else {
    const auto norm = text::normalize(phrase);
    for (const auto& t : text::tokenize(norm.s))
      words.emplace_back(norm.s.substr(t.begin, t.end - t.begin));
  }
  if (words.empty()) return;
  for (const auto& w : words) {
    const uint32_t h = text::word_hash(w) & 1023;
    words_[h >> 6] |= 1ull << (h & 63);
  }
  ends_.insert(kFirst, words.front(), 1);
  ends_.insert(kLast, words.back(), 1);
  if (words.size() == 1) ends_.insert(kSingle, words.front(), 1);
  phrases_.push_back(std::move(words));
}

bool Clues::starts_at(const text::Document& doc, std::size_t t) const {
  if (t >= doc.tokens.size() || !may_hold(doc.word(t)) || !ends_.find(kFirst, doc.word(t))) return false;
  for (const auto& p : phrases_) {
    if (t + p.size() > doc.tokens.size()) continue;
    std::size_t i = 0;
    while (i < p.size() && same_word(doc, t + i, p[i])) ++i;
    if (i == p.size()) return true;
  }
  return false;
}

bool Clues::ends_before(const text::Document& doc, std::size_t t) const {
  if (t == 0 || !may_hold(doc.word(t - 1)) || !ends_.find(kLast, doc.word(t - 1))) return false;
  for (const auto& p : phrases_) {
    if (p.size() > t) continue;
    std::size_t i = 0;
    while (i < p.size() && same_word(doc, t - p.size() + i, p[i])) ++i;
    if (i == p.size()) return true;
  }
  return false;
}

bool Clues::has(std::string_view word) const { return may_hold(word) && ends_.find(kSingle, word) != 0; }

const CountryLexicon& country_lexicon() {
  static const CountryLexicon lex = [] {
    CountryLexicon l;
    Builder(l).load();
    return l;
  }();
  return lex;
}

}  // namespace newsmark::recognise

#include "util/small_end.h"
