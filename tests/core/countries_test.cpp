#include "recognise/countries.h"

#include <gtest/gtest.h>

#include "recognise/countries_lexicon.h"
#include "text/normalize.h"
#include "text/token.h"
#include "util/tsv.h"

namespace newsmark::data {
extern const std::string_view countries_tsv;
extern const std::string_view countries_aliases_tsv;
extern const std::string_view countries_exceptions_tsv;
}  // namespace newsmark::data

#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

namespace newsmark::recognise {
namespace {

struct Mention {
  uint32_t start, end;
  std::string iso;
  CountryForm form;
  bool operator==(const Mention&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Mention& m) {
  return os << "{" << m.start << "," << m.end << "," << m.iso << "," << name_of(m.form) << "}";
}

std::vector<Mention> mentions(const std::string& text) {
  std::vector<Mention> out;
  for (const auto& c : find_countries(text::make_document(text)))
    for (const auto& m : c.mentions) out.push_back({m.at.start, m.at.end, c.iso, m.form});
  std::sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) { return a.start < b.start; });
  return out;
}

struct Case_ {
  const char* text;
  std::vector<Mention> want;
};

void check(const std::vector<Case_>& cases) {
  for (const auto& c : cases) EXPECT_EQ(mentions(c.text), c.want) << c.text;
}

constexpr auto kName = CountryForm::Name;
constexpr auto kAlias = CountryForm::Alias;
constexpr auto kDemonym = CountryForm::Demonym;
constexpr auto kCapital = CountryForm::Capital;

TEST(Countries, NamesAndAliasesMapToTheirCountry) {
  check({
      {"Russia and Ukraine", {{0, 6, "RU", kName}, {11, 18, "UA", kName}}},
      {"The US, the U.S. and the USA", {{4, 6, "US", kAlias}, {12, 16, "US", kAlias}, {25, 28, "US", kAlias}}},
      {"UK, U.K., Britain and Great Britain",
       {{0, 2, "GB", kAlias}, {4, 8, "GB", kAlias}, {10, 17, "GB", kAlias}, {22, 35, "GB", kAlias}}},
      {"He flew to America.", {{11, 18, "US", kAlias}}},
      {"Turkey and Czechia", {{0, 6, "TR", kName}, {11, 18, "CZ", kName}}},
      {"Kosovo, Taiwan, Palestine and Vatican City",
       {{0, 6, "XK", kName}, {8, 14, "TW", kName}, {16, 25, "PS", kName}, {30, 42, "VA", kName}}},
      // a closed-class word opening the line before it is no first name
      {"Prices fell.\nOne U.S. firm bought options.", {{17, 21, "US", kAlias}}},
  });
}

TEST(Countries, DemonymsMapToTheirCountry) {
  check({
      {"Russian troops", {{0, 7, "RU", kDemonym}}},
      {"Russians and Swedes", {{0, 8, "RU", kDemonym}, {13, 19, "SE", kDemonym}}},
      {"British and Dutch ministers", {{0, 7, "GB", kDemonym}, {12, 17, "NL", kDemonym}}},
      {"Ukrainian grain", {{0, 9, "UA", kDemonym}}},
  });
}

TEST(Countries, HeadlinesInCapitalsNameCountries) {
  check({
      {"SOCCER - ROMANIA BEAT LITHUANIA .", {{9, 16, "RO", kName}, {22, 31, "LT", kName}}},
      {"CRICKET - SRI LANKA BEAT AUSTRALIA .", {{10, 19, "LK", kName}, {25, 34, "AU", kName}}},
      // a country that is also a given name, and a capital letter for "versus", are no person's name in capitals
      {"SOCCER - ISRAEL BEAT BULGARIA .", {{9, 15, "IL", kName}, {21, 29, "BG", kName}}},
      {"CRICKET - AUSTRALIA V SRI LANKA SCOREBOARD .", {{10, 19, "AU", kName}, {22, 31, "LK", kName}}},
      // an event's word further on in a line in capitals is not part of the country's name
      {"SOCCER - BELARUS BEAT ESTONIA IN WORLD CUP QUALIFIER .", {{9, 16, "BY", kName}, {22, 29, "EE", kName}}},
  });
}

TEST(Countries, FormerNamesAndSpellingsMapToTodaysCode) {
  check({
      {"Refugees in Zaire and Zairean troops", {{12, 17, "CD", kAlias}, {22, 29, "CD", kDemonym}}},
      {"Igor Potapovich ( Kazakstan )", {{18, 27, "KZ", kAlias}}},
  });
}

TEST(Countries, AnAliasHeadingALongerNameIsPartOfItUnlessTheNameIsTheGovernments) {
  check({
      {"He won the U.S. Open again.", {}},
      {"He won the U.S. Amateur Championship again.", {}},
      {"The U.S. Agriculture Department said so.", {{4, 8, "US", kAlias}}},
      {"U.S. President Bill Clinton spoke.", {{0, 4, "US", kAlias}}},
      // a name never runs on into the next sentence
      {"He lives in the U.S. The talks resumed.", {{16, 20, "US", kAlias}}},
      {"He lives in the US. The talks resumed.", {{16, 18, "US", kAlias}}},
  });
}

TEST(Countries, LongestPhraseWins) {
  check({
      {"the United States of America", {{4, 28, "US", kName}}},
      {"Papua New Guinea and Equatorial Guinea", {{0, 16, "PG", kName}, {21, 38, "GQ", kName}}},
      {"Guinea-Bissau and Guinea", {{0, 13, "GW", kName}, {18, 24, "GN", kName}}},
      {"the Dominican Republic", {{4, 22, "DO", kName}}},
      {"Niger and Nigeria", {{0, 5, "NE", kName}, {10, 17, "NG", kName}}},
  });
}

TEST(Countries, PossessiveIsLeftOutOfTheSpan) {
  check({
      {"Russia's demands", {{0, 6, "RU", kName}}},
      {"Russia’s demands", {{0, 6, "RU", kName}}},
      {"the UK’s Liz Truss", {{4, 6, "GB", kAlias}}},
  });
}

TEST(Countries, PartsOfHyphenatedWordsAreFound) {
  check({
      {"the Nato-Russia Council", {{9, 15, "RU", kName}}},
      {"a US-led force", {{2, 4, "US", kAlias}}},
      {"Russia-Ukraine talks", {{0, 6, "RU", kName}, {7, 14, "UA", kName}}},
      {"pro-Russian rebels", {{4, 11, "RU", kDemonym}}},
  });
}

TEST(Countries, CapitalsCountWhenTheyStandForTheGovernment) {
  check({
      {"Moscow said it would act.", {{0, 6, "RU", kCapital}}},
      {"talks with Moscow", {{11, 17, "RU", kCapital}}},
      {"rivals in Moscow and Washington dominate", {{10, 16, "RU", kCapital}, {21, 31, "US", kCapital}}},
      {"officials in Washington", {{13, 23, "US", kCapital}}},
      {"a chance for Moscow to show it", {{13, 19, "RU", kCapital}}},
      {"once Moscow's sphere of influence", {{5, 11, "RU", kCapital}}},
      {"Kiev would not agree", {{0, 4, "UA", kCapital}}},
      {"Washington said no", {{0, 10, "US", kCapital}}},
      {"officials in Washington, D.C.", {{13, 29, "US", kCapital}}},
      {"Washington and London are alone", {{0, 10, "US", kCapital}, {15, 21, "GB", kCapital}}},
      {"officials in Moscow and Kyiv", {{13, 19, "RU", kCapital}, {24, 28, "UA", kCapital}}},
  });
}

TEST(Countries, PluralDemonymsAfterCapitalisedWordsAreStillPeoples) {
  check({
      {"Many Americans agreed.", {{5, 14, "US", kDemonym}}},
      {"Two Iraqi soldiers", {{4, 9, "IQ", kDemonym}}},
      {"A U.S. official said", {{2, 6, "US", kAlias}}},
  });
}

TEST(Countries, AmbiguousWordsFollowTheirDocumentClues) {
  check({
      {"Russia warned Georgia and Moldova.", {{0, 6, "RU", kName}, {14, 21, "GE", kName}, {26, 33, "MD", kName}}},
      {"Congo is large.", {{0, 5, "CD", kAlias}}},
      {"Congo, whose capital is Brazzaville, is small.", {{0, 5, "CG", kAlias}}},
      {"Dominican voters", {{0, 9, "DO", kDemonym}}},
      {"King Abdullah of Jordan", {{17, 23, "JO", kName}}},
  });
}

TEST(Countries, OffsetsAreUtf16) {
  check({
      {"😀 Russia", {{3, 9, "RU", kName}}},
      {"über Chile", {{5, 10, "CL", kName}}},
  });
}

TEST(Countries, OneEntityPerCodeInOrderOfFirstMention) {
  const auto got = find_countries(text::make_document("Britain, Russia and the UK. Russians agreed."));
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].iso, "GB");
  EXPECT_EQ(got[0].name, "United Kingdom");
  EXPECT_EQ(got[0].mentions.size(), 2u);
  EXPECT_EQ(got[1].iso, "RU");
  EXPECT_EQ(got[1].name, "Russia");
  EXPECT_EQ(got[1].mentions.size(), 2u);
}

TEST(CountryLexicon, EveryPhraseFirstWordPassesTheQuickFilter) {
  const auto& lex = country_lexicon();
  std::size_t checked = 0;
  auto check_phrase = [&](std::string_view phrase) {
    const auto norm = text::normalize(phrase);
    const auto toks = text::tokenize(norm.s);
    if (toks.empty()) return;
    const auto first = std::string_view(norm.s).substr(toks[0].begin, toks[0].end - toks[0].begin);
    EXPECT_TRUE(lex.may_start(first)) << phrase;
    ++checked;
  };
  auto each = [&](std::string_view list) {
    while (!list.empty()) {
      const auto bar = list.find('|');
      check_phrase(list.substr(0, bar));
      if (bar == std::string_view::npos) break;
      list.remove_prefix(bar + 1);
    }
  };
  util::for_each_record(data::countries_tsv, [&](const auto& f) {
    for (std::size_t i = 2; i < f.size(); ++i) each(f[i]);
  });
  util::for_each_record(data::countries_aliases_tsv, [&](const auto& f) {
    if (f.size() >= 3) check_phrase(f[2]);
  });
  util::for_each_record(data::countries_exceptions_tsv, [&](const auto& f) { check_phrase(f[0]); });
  EXPECT_GT(checked, 1000u);
}

}  // namespace
}  // namespace newsmark::recognise
