#include <gtest/gtest.h>

#include <string>

#include "entities/people.h"
#include "text/document.h"

namespace newsmark::entities {
namespace {

std::vector<Person> analyse(const std::string& text) {
  const auto doc = text::make_document(text);
  std::vector<Person> out;
  to_analysis(doc, find_people(doc), out);
  return out;
}

std::string names(const std::vector<Person>& people) {
  std::string s;
  for (const auto& p : people) s += p.name + "; ";
  return s;
}

TEST(PeopleNegative, ACountryNamedLikeAPersonIsTheCountry) {
  for (const char* text : {"This year's finalists are defending champion Spain and the United States.",
                           "North Korea demanded on Saturday that the veteran return.", "S. Korea urges calm."})
    EXPECT_EQ(names(analyse(text)), "") << text;
}

TEST(PeopleNegative, BroadcastersNewsroomsAndEventsAreNoPeople) {
  EXPECT_EQ(names(analyse("State-run Damascus Radio said in a commentary that talks failed.")), "");
  EXPECT_EQ(names(analyse("-- Jim Ballantyne, London Newsroom +44 171 542 8062")), "Jim Ballantyne; ");
  EXPECT_EQ(names(analyse("It was the third match of the Singer World Series tournament.")), "");
}

TEST(PeopleNegative, ANameAfterANounThatIsNoRelativeOrWithoutAPossessiveIsNoPerson) {
  // "company" names no relative; "the wife" has no possessor
  EXPECT_EQ(names(analyse("Tom Hall sold his company, Acme, in May.")), "Tom Hall; ");
  EXPECT_EQ(names(analyse("The wife, Jane, was not there.")), "");
}

TEST(PeopleNegative, ASentenceAdverbBeforeACommaIsNoName) {
  EXPECT_EQ(names(analyse("Separately, Anna Berg confirmed the plan. Ironically, Tom Hall agreed.")),
            "Anna Berg; Tom Hall; ");
}

TEST(PeopleNegative, OrganisationsPlacesCreditsAndDatesAreNotPeople) {
  const char* texts[] = {
      "Nato said on Monday that the Kremlin had refused.",
      "The White House said on Friday that the European Commission agreed.",
      "Russian soldiers take part in drills. AP",
      "Photograph: Getty Images / Reuters",
      "General Motors said sales fell in March.",
      "Goldman Sachs said rates would rise.",
      "Boeing Commercial Airplanes said it would hire.",
      "The Justice Department said it would appeal.",
      "Talks will be held in Geneva, Switzerland, and in San Francisco on Wednesday.",
      "The Board on Professional Responsibility says the complaint stands.",
      "The deal closes Jan. 7, and talks resume on Friday.",
  };
  for (const char* t : texts) EXPECT_EQ(names(analyse(t)), "") << t;
}

TEST(PeopleNegative, CapitalsWithoutEvidenceAreNotPeople) {
  const char* texts[] = {
      "Ministers put on a show of unity.",
      "Despite the rain, Foreign Ministers met.",
      "Northrop Grumman and Airbus parent EADS defeat Boeing for contract",
      "Apple Unveils New MacBook Air Laptops",
      "Intel has recently added Digital Rights Management to its chips.",
      "The chief Russian negotiator arrived.",
      "In general, Moscow denies such intentions.",
      "Mr. President, will you pledge not to do it?",
      "Everything Trump says is a lie.",
  };
  for (const char* t : texts) EXPECT_EQ(names(analyse(t)), "") << t;
}

TEST(PeopleNegative, PronounsWithoutAPersonResolveToNobody) {
  const char* texts[] = {"He said it would rain.", "She told reporters that her plan was ready.",
                         "Nato said he would go."};
  for (const char* t : texts) EXPECT_EQ(names(analyse(t)), "") << t;
}

TEST(PeopleNegative, BadInputNeitherCrashesNorHangs) {
  const std::string inputs[] = {
      "",
      std::string(200000, 'A'),
      [] {
        std::string s;
        for (int i = 0; i < 20000; ++i) s += "Mr ";
        return s;
      }(),
      [] {
        std::string s;
        for (int i = 0; i < 20000; ++i) s += "Smith Jones de ";
        return s;
      }(),
      [] {
        std::string s;
        for (int i = 0; i < 20000; ++i) s += "he she him her ";
        return s;
      }(),
  };
  for (const auto& in : inputs) {
    const auto people = analyse(in);
    EXPECT_LE(people.size(), in.size());
  }
}

}  // namespace
}  // namespace newsmark::entities
