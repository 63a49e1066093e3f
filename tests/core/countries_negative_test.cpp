#include <gtest/gtest.h>

#include <string>

#include "recognise/countries.h"

namespace newsmark::recognise {
namespace {

// Texts in which no country must be found.
struct Case_ {
  const char* text;
};

void expect_none(std::initializer_list<Case_> cases) {
  for (const auto& c : cases) {
    const auto got = find_countries(text::make_document(c.text));
    EXPECT_TRUE(got.empty()) << c.text << " -> " << (got.empty() ? "" : got[0].iso);
  }
}

TEST(CountriesNegative, CommonWordsInLowerCaseAreNotCountries) {
  expect_none({{"let us eat turkey on fine china"}, {"a guinea pig"}, {"chad and jordan"}});
}

TEST(CountriesNegative, ContinentsBlocsAndOtherCitiesAreNotCountries) {
  expect_none({{"Europe and the EU met Nato in Geneva."},
               {"sales in North America and Latin America"},
               {"Belfast, Northern Ireland"},
               {"off New Guinea"},
               {"New Jersey and New Mexico"}});
}

TEST(CountriesNegative, HandlesUrlsEmailsAndHashtagsAreNotSearched) {
  expect_none({{"(@USNATO) said"}, {"see https://www.russia.com/ukraine now"}, {"mail info@russia.ru"}, {"#Ukraine"}});
}

TEST(CountriesNegative, CapitalsNamedAsPlacesAreNotCountries) {
  expect_none({{"He lives in Moscow."},
               {"A senior U.N. official in Baghdad said the talks went well."},
               {"a court in central London"},
               {"flights out of London Heathrow"},
               {"the Paris Air Show"},
               {"The Washington Post reported it."},
               {"George Washington crossed the river."},
               {"in Washington state"},
               {"Everett, Washington at noon"},
               {"a rally in Washington, D.C. on Sunday"},
               {"live on television in Warsaw and Prague"},
               {"shares fell in Paris, Amsterdam, Brussels and Stockholm"},
               {"a complaint with Washington D.C.'s attorney board"},
               {"driving toward Baghdad"}});
}

TEST(CountriesNegative, GivenNamesAreNotCountries) {
  expect_none({{"Michael Jordan scored."},
               {"Jordan Peterson wrote a book."},
               {"Chad said hello."},
               {"Mr Chad left."},
               {"Israel Adesanya fought."},
               {"Trump critic Mark Cuban said so."},
               {"Rep. Jim Jordan spoke. Later, Jordan said he would vote no."}});
}

TEST(CountriesNegative, GeorgiaTheUsStateIsNotTheCountry) {
  expect_none({{"Atlanta, Georgia is hot."},
               {"the state of Georgia"},
               {"Georgia voters went to the polls."},
               {"Republicans in Georgia and Alabama won the Senate race."}});
}

TEST(CountriesNegative, DependentTerritoriesArePlacesNotCountries) {
  expect_none({{"Protests spread across Hong Kong on Sunday."},
               {"a storm hit Puerto Rico"},
               {"flights to American Samoa"},
               {"the French Polynesia government"}});
}

TEST(CountriesNegative, EventsNamedAfterACountryAreNotCountries) {
  expect_none({{"He won the Portuguese Open last year."},
               {"GOLF - BRITISH MASTERS FINAL SCORES ."},
               {"tied for the American League wild card"},
               {"the German Cup second round"}});
}

TEST(CountriesNegative, CompanyNamesAreNotCountries) {
  expect_none({{"Air Canada and Air France"},
               {"Singapore Airlines and Qatar Airways"},
               {"the Bank of Japan and Bank of America"},
               {"the Swiss National Bank"},
               {"a loss at Ford Australia"},
               {"a reporter for USA Today"},
               {"the China Daily said on Saturday"},
               {"the Bank of America and Voice of America"}});
}

TEST(CountriesNegative, ProvincesAndRegionsNamedAfterCountriesAreNotCountries) {
  expect_none({{"Vancouver, British Columbia"}, {"African Americans and Latin Americans"}});
}

TEST(CountriesNegative, CurrenciesAreNotCountries) {
  expect_none({{"worth US$ 40 billion"}, {"the US dollar rose"}, {"in Swiss francs"}});
}

TEST(CountriesNegative, ShoutedPronounIsNotTheUs) { expect_none({{"LET US GO NOW"}}); }

TEST(CountriesNegative, OddInputNeverCrashes) {
  expect_none({{""}, {"-"}, {"'s"}, {"- - -"}});
  const std::string no_spaces(1 << 20, 'A');
  EXPECT_TRUE(find_countries(text::make_document(no_spaces)).empty());
  std::string many;
  for (int i = 0; i < 100000; ++i) many += "Russia-";
  EXPECT_EQ(find_countries(text::make_document(many)).size(), 1u);
}

}  // namespace
}  // namespace newsmark::recognise
