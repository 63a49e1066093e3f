#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "analysis.h"
#include "entities/people.h"
#include "text/document.h"

namespace newsmark::entities {
namespace {

struct Found {
  uint32_t start, end;
  MentionKind kind;
  std::string person;  // canonical name of the entity the mention belongs to
};

std::vector<Person> analyse(const std::string& text) {
  const auto doc = text::make_document(text);
  std::vector<Person> out;
  to_analysis(doc, find_people(doc), out);
  return out;
}

std::vector<Found> mentions(const std::vector<Person>& people) {
  std::vector<Found> out;
  for (const auto& p : people)
    for (const auto& m : p.mentions) out.push_back({m.at.start, m.at.end, m.kind, p.name});
  std::sort(out.begin(), out.end(), [](const Found& a, const Found& b) { return a.start < b.start; });
  return out;
}

void expect_mentions(const std::string& text, const std::vector<Found>& want) {
  const auto got = mentions(analyse(text));
  ASSERT_EQ(got.size(), want.size()) << text;
  for (std::size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(got[i].start, want[i].start) << text << " #" << i;
    EXPECT_EQ(got[i].end, want[i].end) << text << " #" << i;
    EXPECT_EQ(got[i].kind, want[i].kind) << text << " #" << i;
    EXPECT_EQ(got[i].person, want[i].person) << text << " #" << i;
  }
}

constexpr auto kName = MentionKind::Name, kSurname = MentionKind::Surname, kTitle = MentionKind::Title,
               kPronoun = MentionKind::Pronoun;

struct MentionCase {
  const char* text;
  std::vector<Found> want;
};

TEST(People, EvidenceMarksNames) {
  const MentionCase cases[] = {
      // an honorific is part of the mention
      {"Mr Smith said the talks would go on.", {{0, 8, kTitle, "Smith"}}},
      {"Dr. Ruth Okafor arrived.", {{0, 15, kName, "Ruth Okafor"}}},
      // an office before the name is not
      {"Commission president Hans van den Broek spoke.", {{21, 39, kName, "Hans van den Broek"}}},
      {"Denmark’s Prime Minister Mette Frederiksen met them.", {{25, 42, kName, "Mette Frederiksen"}}},
      // apposition after the name
      {"Kofi Annan, the UN secretary-general, arrived.", {{0, 10, kName, "Kofi Annan"}}},
      // subject or inverted subject of a verb of saying, with no known given name
      {"Xochitl Quetzal said on Monday it was over.", {{0, 15, kName, "Xochitl Quetzal"}}},
      {"“We will go,” said Xochitl Quetzal.", {{19, 34, kName, "Xochitl Quetzal"}}},
      // a given name from the lists
      {"They met Margaret Okonjo in town.", {{9, 24, kName, "Margaret Okonjo"}}},
      // a month that is also a name
      {"Prime Minister Theresa May said so.", {{15, 26, kName, "Theresa May"}}},
      {"Jan Kavan said so.", {{0, 9, kName, "Jan Kavan"}}},
      // the holder of an office named after the organisation
      {"said the chairman of Acme Corp Peter Wells.", {{31, 42, kName, "Peter Wells"}}},
  };
  for (const auto& c : cases) expect_mentions(c.text, c.want);
}

TEST(People, AShortFormOfAGivenNameIsTheSamePerson) {
  // "Ken" begins "Kenneth"; names of two genders stay apart ("Dan", "Danielle")
  EXPECT_EQ(analyse("Kenneth Starr spoke on Monday. Later, Ken Starr said the law was clear.").size(), 1u);
  EXPECT_EQ(analyse("Dan Hall spoke on Monday. Later, Danielle Hall said the law was clear.").size(), 2u);
  // two letters begin too many names
  EXPECT_EQ(analyse("Jo Hall spoke on Monday. Later, Joan Hall said the law was clear.").size(), 2u);
}

TEST(People, ASurnameAloneIsTheNamesakeTheTextCallsByIt) {
  // after Anna and Tom Berg, "Berg" alone is the one introduced first (news gives the other's given name or title),
  // and stays the one already called so; a gender or given name still picks the namesake that fits
  const auto people = analyse("Anna Berg spoke in Ohio. Her husband, Tom Berg, joined her. Berg said they would win. "
                              "Mr. Berg agreed. Berg left.");
  ASSERT_EQ(people.size(), 2u);
  EXPECT_EQ(people[0].name, "Anna Berg");
  EXPECT_EQ(people[1].name, "Tom Berg");
  const auto at = [](const Person& p) {
    std::vector<uint32_t> starts;
    for (const auto& m : p.mentions)
      if (m.kind != kPronoun) starts.push_back(m.at.start);
    return starts;
  };
  EXPECT_EQ(at(people[0]), (std::vector<uint32_t>{0, 60, 103}));  // Anna Berg, Berg, Berg
  EXPECT_EQ(at(people[1]), (std::vector<uint32_t>{38, 86}));      // Tom Berg, Mr. Berg
}

TEST(People, ASurnameAloneIsNotTheNamesakeWithNothingToShowItIsAPerson) {
  // a headline's "Wisconsin Berg rally" reads as a name first, but "Berg" alone is the woman named after it
  const auto people = analyse("Scuffle outside Wisconsin Berg rally.\n\nAs front-runner Anna Berg prepared to speak, "
                              "protesters gathered. Berg said they would win.");
  ASSERT_EQ(people.size(), 2u);
  EXPECT_EQ(people[1].name, "Anna Berg");
  ASSERT_EQ(people[1].mentions.size(), 2u);
  EXPECT_EQ(people[1].mentions[1].at.start, 105u);
}

TEST(People, OneNameSetOffAfterARelativesNounIsThatRelative) {
  const MentionCase cases[] = {
      {"Tom Hall came with his wife, Jane, on Monday.",
       {{0, 8, kName, "Tom Hall"}, {19, 22, kPronoun, "Tom Hall"}, {29, 33, kSurname, "Jane"}}},
      {"Tom Hall and his older brother, Freddy, left.",
       {{0, 8, kName, "Tom Hall"}, {13, 16, kPronoun, "Tom Hall"}, {32, 38, kSurname, "Freddy"}}},
      {"Tom Hall came with his wife Melania.",
       {{0, 8, kName, "Tom Hall"}, {19, 22, kPronoun, "Tom Hall"}, {28, 35, kSurname, "Melania"}}},
  };
  for (const auto& c : cases) expect_mentions(c.text, c.want);
  // the noun gives the gender the name lists may not know
  const auto people = analyse("Anna Berg spoke with her son, Trig, at the rally.");
  ASSERT_EQ(people.size(), 2u);
  EXPECT_EQ(people[1].name, "Trig");
  EXPECT_EQ(people[1].gender, Gender::Male);
}

TEST(People, ParticlesHyphensAndApostrophesStayInTheName) {
  const MentionCase cases[] = {
      {"Charles de Gaulle arrived.", {{0, 17, kName, "Charles de Gaulle"}}},
      {"Crown Prince Mohammed bin Salman arrived.", {{0, 32, kName, "Mohammed bin Salman"}}},
      {"President Bashar al-Assad arrived.", {{10, 25, kName, "Bashar al-Assad"}}},
      {"Mr O’Brien arrived.", {{0, 10, kTitle, "O’Brien"}}},
      {"Jean-Claude Juncker said so.", {{0, 19, kName, "Jean-Claude Juncker"}}},
      {"William Clay Ford Jr. said so.", {{0, 21, kName, "William Clay Ford"}}},
      {"John F. Kennedy said so.", {{0, 15, kName, "John F. Kennedy"}}},
  };
  for (const auto& c : cases) expect_mentions(c.text, c.want);
}

TEST(People, MentionsOfOnePersonClusterUnderTheFullestName) {
  expect_mentions("Ms Lindqvist spoke first. Anna Lindqvist, the foreign minister, said talks would resume. "
                  "Lindqvist left.",
                  {{0, 12, kTitle, "Anna Lindqvist"},
                   {26, 40, kName, "Anna Lindqvist"},
                   {89, 98, kSurname, "Anna Lindqvist"}});
  const auto people = analyse("Ms Lindqvist spoke first. Anna Lindqvist, the foreign minister, said talks would resume.");
  ASSERT_EQ(people.size(), 1u);
  EXPECT_EQ(people[0].id, "p1");
  EXPECT_EQ(people[0].gender, Gender::Female);
  EXPECT_EQ(people[0].titles, std::vector<std::string>{"foreign minister"});
}

TEST(People, StyleSuchAsDrJoinsAPersonDescribedByAnOffice) {
  const auto people = analyse("Maria Lindqvist, a marine economist at the university, has studied the fleet. "
                              "“The quotas are too low,” Dr Lindqvist said.");
  ASSERT_EQ(people.size(), 1u);
  EXPECT_EQ(people[0].name, "Maria Lindqvist");
  EXPECT_EQ(people[0].titles, (std::vector<std::string>{"marine economist", "Dr"}));
}

TEST(People, AppositiveTitleKeepsTheWordsThatMakeItSpecific) {
  const auto people = analyse("Jonas Lie, Norway’s fisheries minister, agreed. Tom Hall, the former European Commission "
                              "president, said no. Maria Lindqvist, a marine economist, spoke. Lindqvist, an economist, "
                              "left.");
  ASSERT_EQ(people.size(), 3u);
  EXPECT_EQ(people[0].titles, std::vector<std::string>{"fisheries minister"});
  EXPECT_EQ(people[1].titles, std::vector<std::string>{"European Commission president"});
  EXPECT_EQ(people[2].titles, std::vector<std::string>{"marine economist"});  // one office: same head word
}

TEST(People, APrepositionBeforeATitleKeepsTheWordsBeforeItOut) {
  const auto people = analyse("The letter this week to Attorney General Janet Reno was short.");
  ASSERT_EQ(people.size(), 1u);
  EXPECT_EQ(people[0].titles, std::vector<std::string>{"Attorney General"});
}

TEST(People, TitleBeforeANameKeepsItsModifiersAfterADeterminer) {
  const auto people = analyse("The Norwegian fisheries minister Ingrid Halvorsen said talks would resume. He told "
                              "minister Anna Berg nothing.");
  ASSERT_EQ(people.size(), 2u);
  EXPECT_EQ(people[0].titles, std::vector<std::string>{"Norwegian fisheries minister"});
  EXPECT_EQ(people[1].titles, std::vector<std::string>{"minister"});  // no determiner: "told" stays out
}

TEST(People, NamesakesStayApartWhenGivenNamesOrHonorificsDiffer) {
  // Mrs cannot be Peter, Mr cannot be Mary: each honorific joins the namesake of its gender.
  expect_mentions("Mary Brown met Peter Brown. Mrs Brown said she was tired. Mr Brown left.",
                  {{0, 10, kName, "Mary Brown"},
                   {15, 26, kName, "Peter Brown"},
                   {28, 37, kTitle, "Mary Brown"},
                   {43, 46, kPronoun, "Mary Brown"},
                   {58, 66, kTitle, "Peter Brown"}});
}

TEST(People, IdsFollowFirstMentionAndGenderComesFromEvidence) {
  const auto people = analyse("Xochitl Quetzal said she was ready. Ms Okafor agreed. John Smith said nothing.");
  ASSERT_EQ(people.size(), 3u);
  const struct {
    const char* id;
    const char* name;
    Gender gender;
  } want[] = {{"p1", "Xochitl Quetzal", Gender::Female},  // from the pronoun
              {"p2", "Okafor", Gender::Female},           // from the honorific
              {"p3", "John Smith", Gender::Male}};        // from the given name
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(people[i].id, want[i].id);
    EXPECT_EQ(people[i].name, want[i].name);
    EXPECT_EQ(people[i].gender, want[i].gender) << want[i].name;
    EXPECT_FALSE(people[i].quoted);
  }
}

TEST(People, PronounsResolveByGenderRecencyAndClause) {
  const MentionCase cases[] = {
      // gender picks the woman although the man is nearer
      {"Ms Okafor met Mr Smith. She said no.",
       {{0, 9, kTitle, "Okafor"}, {14, 22, kTitle, "Smith"}, {24, 27, kPronoun, "Okafor"}}},
      // recency among two men
      {"Mr Jones spoke. Mr Smith said he would go.",
       {{0, 8, kTitle, "Jones"}, {16, 24, kTitle, "Smith"}, {30, 32, kPronoun, "Smith"}}},
      // in an earlier sentence the subject wins over a later name
      {"Mr Smith met Mr Jones on Friday. He said talks would go on.",
       {{0, 8, kTitle, "Smith"}, {13, 21, kTitle, "Jones"}, {33, 35, kPronoun, "Smith"}}},
      // an object pronoun is not the subject of its own clause
      {"John Smith met Mr Jones. Mr Jones thanked him.",
       {{0, 10, kName, "John Smith"},
        {15, 23, kTitle, "Jones"},
        {25, 33, kTitle, "Jones"},
        {42, 45, kPronoun, "John Smith"}}},
      // possessive her, and his
      {"Ms Okafor said her plan and his were ready.",
       {{0, 9, kTitle, "Okafor"}, {15, 18, kPronoun, "Okafor"}}},
      // a person of unknown gender named in the sentence before is nearer than one known to fit further back
      {"Ms Okafor spoke. Rep. Kemi Adeyemi disagreed. She said no.",
       {{0, 9, kTitle, "Okafor"}, {17, 34, kName, "Kemi Adeyemi"}, {46, 49, kPronoun, "Kemi Adeyemi"}}},
  };
  for (const auto& c : cases) expect_mentions(c.text, c.want);
}

TEST(People, TitleAloneJoinsTheHolderForQuotes) {
  const std::string text =
      "Kofi Annan, the UN secretary-general, arrived on Monday. The secretary-general said the talks would go on.";
  const auto doc = text::make_document(text);
  const People p = find_people(doc);
  ASSERT_EQ(p.entities.size(), 1u);
  bool joined = false;
  for (const auto& m : p.mentions)
    if (m.title_only) {
      joined = true;
      EXPECT_EQ(m.entity, 0);
      EXPECT_EQ(doc.js_begin(m.begin), 61u);
      EXPECT_EQ(doc.js_end(m.end - 1), 78u);
    }
  EXPECT_TRUE(joined);
  // Not highlighted as a name.
  std::vector<Person> out;
  to_analysis(doc, p, out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].mentions.size(), 1u);
}

TEST(People, NicknameInQuotesBetweenGivenNameAndSurnameIsPartOfTheMentionNotTheName) {
  const auto got = analyse("Boxing legend Roberto \" Hands of Stone \" Duran climbs into the ring. Duran is 45.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].name, "Roberto Duran");
  ASSERT_EQ(got[0].mentions.size(), 2u);
}

TEST(People, SwahiliParticleWaJoinsTheNameAfterATitle) {
  const auto got = analyse("Prime Minister Kengo wa Dondo said at the end of a visit that talks would go on.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].name, "Kengo wa Dondo");
}

TEST(People, FamilyNameWrittenFirstIsTheSurnameThatRecursAlone) {
  auto got = analyse("Police detained Wang Donghai on Friday. Police would not say why Wang was sent away.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].name, "Wang Donghai");
  EXPECT_EQ(got[0].mentions.size(), 2u);
  got = analyse("The leader Kim Jong-un spoke. Kim said the talks failed.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].mentions.size(), 2u);
  // an English given name before a plain surname keeps the English order
  got = analyse("Kim Basinger starred in the film. Basinger said so.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].mentions.size(), 2u);
}

TEST(People, OffsetsAreUtf16) {
  expect_mentions("😀 Mr Müller said so.", {{3, 12, kTitle, "Müller"}});
}

}  // namespace
}  // namespace newsmark::entities

namespace newsmark::entities {
namespace {

TEST(People, OrganisationsAreRecognisedAndAreNoPeople) {
  const std::string text = "The Kremlin said Boeing Commercial Airplanes and Goldman Sachs would help.";
  const auto doc = text::make_document(text);
  EXPECT_TRUE(find_people(doc).entities.empty());
  std::vector<std::string> orgs;
  for (const auto& o : recognise::find_name_mentions(doc).orgs)
    orgs.push_back(text.substr(doc.js_begin(o.begin), doc.js_end(o.end - 1) - doc.js_begin(o.begin)));
  EXPECT_EQ(orgs, (std::vector<std::string>{"Kremlin", "Boeing", "Commercial Airplanes", "Goldman Sachs"}));
}

std::vector<std::string> names_in(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& p : analyse(text)) out.push_back(p.name);
  return out;
}

using Names = std::vector<std::string>;

TEST(People, ARoleNounBeforeANameMakesItAPerson) {
  EXPECT_EQ(names_in("Deportivo will be without midfielder Mauro Silva on Saturday."), Names{"Mauro Silva"});
  EXPECT_EQ(names_in("\"There will be selling pressure,\" said broker Shakil Rizvi."), Names{"Shakil Rizvi"});
}

TEST(People, InitialsBeforeOneNameWordMakeAPerson) {
  EXPECT_EQ(names_in("Kent 244 ( C. Hooper 58 ; K. Evans 4-71 )"), (Names{"C. Hooper", "K. Evans"}));
}

TEST(People, NamesListedBesideAPersonArePeople) {
  // Michael Atherton is a person by his given name; the names listed after him by their place in the list.
  EXPECT_EQ(names_in("England - Michael Atherton ( captain ) , Moin Khan , Saqlain Mushtaq and Waqar Younis ."),
            (Names{"Michael Atherton", "Moin Khan", "Saqlain Mushtaq", "Waqar Younis"}));
}

TEST(People, ANameFollowedByItsCountryInBracketsIsAnAthlete) {
  EXPECT_EQ(names_in("1. Noureddine Morceli ( Algeria ) 3 minutes 49.09 seconds\n2. Laban Rotich ( Kenya ) 3:53.42"),
            (Names{"Noureddine Morceli", "Laban Rotich"}));
}

TEST(People, ARoleInBracketsOrATeamLineMakesTheListPeople) {
  EXPECT_EQ(names_in("Pakistan : Aamir Sohail , Saeed Anwar , Wasim Akram ( captain ) ."),
            (Names{"Aamir Sohail", "Saeed Anwar", "Wasim Akram"}));
}

TEST(People, OneWordSurnamesInsideAListBesideAPersonArePeople) {
  EXPECT_EQ(names_in("Did not bat : Michael Atherton , Dharmasena , Vaas , Muralitharan ."),
            (Names{"Michael Atherton", "Dharmasena", "Vaas", "Muralitharan"}));
}

TEST(People, ASurnameInACapitalisedHeadlineIsThePersonTheBodyNames) {
  expect_mentions("ATHLETICS - MITCHELL WINS .\nDennis Mitchell won the 100 metres .",
                  {{12, 20, kSurname, "Dennis Mitchell"}, {28, 43, kName, "Dennis Mitchell"}});
}

TEST(People, ASurnameNamingAnOrganisationIsThePersonWhenTheFullNameIsMoreFrequent) {
  // "Anna Berg" twice and one "Berg Foundation": the bare surname is still the person.
  expect_mentions("Anna Berg spoke. Anna Berg left. The Berg Foundation paid. Berg said no.",
                  {{0, 9, kName, "Anna Berg"}, {17, 26, kName, "Anna Berg"}, {59, 63, kSurname, "Anna Berg"}});
  // Written more often as the organisation than as the person, the surname alone is the organisation.
  expect_mentions("Anna Berg spoke. The Berg Foundation paid. The Berg Foundation grew. Berg said no.",
                  {{0, 9, kName, "Anna Berg"}});
}

TEST(People, AWordGluedInFrontOfANameLeavesItAtTheGivenName) {
  EXPECT_EQ(names_in("Argentine Abel Balbo scored twice."), Names{"Abel Balbo"});
  EXPECT_EQ(names_in("He beat fellow American James Heath on Saturday."), Names{"James Heath"});
}

TEST(People, ScorecardsLineUpsAndResultsPlaceTheirNames) {
  EXPECT_EQ(names_in("Bowling : Aamir Sohail 10-0-50-0 , Waqar Younis 9-0-54-1 ."),
            (Names{"Aamir Sohail", "Waqar Younis"}));
  EXPECT_EQ(names_in("Saeed Anwar c Croft b Gough 0\nIjaz Ahmed not out 83"),
            (Names{"Saeed Anwar", "Croft", "Gough", "Ijaz Ahmed"}));
  EXPECT_EQ(names_in("Jesper Parnevik of Sweden fired a record eight-under-par 64 ."), Names{"Jesper Parnevik"});
  // A shirt number and a dash before each name: the list still runs from the one person it holds.
  EXPECT_EQ(names_in("New Zealand - 15 - Christian Cullen , 14 - Glen Osborne , 13 - Walter Little ."),
            (Names{"Christian Cullen", "Glen Osborne", "Walter Little"}));
}

TEST(People, ATitleListedBesideANameIsNoSecondPerson) {
  EXPECT_EQ(names_in("\"It works,\" said Airbus President and Chief Executive Officer , Tom Enders ."),
            Names{"Tom Enders"});
}

TEST(People, PlacesAndOrganisationsListedBesideAPersonStayOut) {
  EXPECT_EQ(names_in("Anna Lindqvist , Stockholm University and the European Commission met."), Names{"Anna Lindqvist"});
}

}  // namespace
}  // namespace newsmark::entities
