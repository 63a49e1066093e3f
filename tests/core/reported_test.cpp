// Reported content whose source the text does not name (quotes/reported_unsourced.cpp): questions put by an unnamed
// asker, hedges, expectations and hearsay. One table of cases per mechanism, exact spans and speakers.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quotes_helpers.h"

namespace newsmark {
namespace {

using testing_quotes::quotes_of;

struct Want {
  std::string text, speaker, rule;  // speaker "" and rule "none": reported, with no source named
};

struct Case {
  std::string input;
  std::vector<Want> want;  // every indirect quote, in text order
};

void expect_reported(const std::vector<Case>& cases) {
  for (const auto& c : cases) {
    std::vector<Want> got;
    for (const auto& q : quotes_of(c.input))
      if (q.kind == "indirect") got.push_back({q.text, q.speaker, q.rule});
    ASSERT_EQ(got.size(), c.want.size()) << c.input;
    for (std::size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(got[i].text, c.want[i].text) << c.input;
      EXPECT_EQ(got[i].speaker, c.want[i].speaker) << c.input;
      EXPECT_EQ(got[i].rule, c.want[i].rule) << c.input;
    }
  }
}

TEST(ReportedQuestion, PassiveAskedReportsTheQuestionWithNoAsker) {
  expect_reported({
      {"Asked whether he would run again, the senator said no.", {{"whether he would run again", "", "none"}}},
      {"When asked how ties would fare, Anna Berg laughed.", {{"how ties would fare", "", "none"}}},
      {"Anna Berg was asked about her paid speeches in the race.", {{"her paid speeches in the race", "", "none"}}},
      {"Asked on Fox News who leads the party, Tom Hall smiled.", {{"who leads the party", "", "none"}}},
      {"Asked specifically what should be done, the voters were divided.", {{"what should be done", "", "none"}}},
      // the question runs to the comma before the answer's frame, over a relative clause of its own
      {"Asked whether the job, which friends described as miserable, mattered, Tom Hall said no.",
       {{"whether the job, which friends described as miserable, mattered", "", "none"}}},
      // a sentence that is mostly a quotation still reports the question put to its speaker
      {"“It is everything but the other candidate, and I will say it again and again,” Anna Berg told the radio "
       "station when asked which candidate she would back.",
       {{"which candidate she would back", "", "none"}}},
  });
}

TEST(ReportedQuestion, AskedByNamesTheAsker) {
  expect_reported({
      {"Asked by Anna Berg to respond to the criticism, Tom Hall smiled.",
       {{"to respond to the criticism", "Anna Berg", "reported-speech"}}},
  });
}

TEST(ReportedQuestion, ActiveAskedKeepsItsSubjectAsTheAsker) {
  expect_reported({
      {"Anna Berg asked whether the talks would resume.",
       {{"whether the talks would resume", "Anna Berg", "reported-speech"}}},
      {"Anna Berg asked the minister whether the talks would resume.",
       {{"whether the talks would resume", "Anna Berg", "reported-speech"}}},
      {"The reporter asked Tom Hall about the missing funds.", {{"the missing funds", "The reporter", "reported-speech"}}},
  });
}

TEST(ReportedHedge, HedgeVerbReportsItsWholeClause) {
  expect_reported({
      {"The campaign seemed to retreat from its promise.", {{"The campaign seemed to retreat from its promise", "", "none"}}},
      {"In the past few days, the mayor appeared poised to win.", {{"the mayor appeared poised to win", "", "none"}}},
      {"It appears that the vote was not boring to everyone.", {{"the vote was not boring to everyone", "", "none"}}},
  });
}

TEST(ReportedHedge, AppearingSomewhereIsNoHedge) {
  expect_reported({
      {"The mayor appeared on Fox News on Sunday.", {}},
      {"The mayor appeared at a rally in Ohio.", {}},
  });
}

TEST(ReportedHedge, AHedgeInsideAFrameBelongsToTheFrame) {
  expect_reported({
      {"Anna Berg said the mayor seemed tired of the race.",
       {{"the mayor seemed tired of the race", "Anna Berg", "reported-speech"}}},
  });
}

TEST(ReportedExpectation, PassiveExpectationHasNoSource) {
  expect_reported({
      {"Tom Hall is expected to win the primary next week.", {{"Tom Hall is expected to win the primary next week", "", "none"}}},
      {"The firms are widely expected to cut jobs this year.", {{"The firms are widely expected to cut jobs this year", "", "none"}}},
  });
}

TEST(ReportedHearsay, ReportedlyMarksItsClause) {
  expect_reported({
      {"The group is reportedly spending $1.5 million on advertisements.",
       {{"The group is reportedly spending $1.5 million on advertisements", "", "none"}}},
      {"Reportedly, he made threatening comments to co-workers.", {{"he made threatening comments to co-workers", "", "none"}}},
  });
}

TEST(ReportVerbs, StanceAndTopicVerbsReportTheirObjectOrClause) {
  expect_reported({
      {"Anna Berg discussed her plans for the city.", {{"her plans for the city", "Anna Berg", "reported-content"}}},
      {"The senator highlighted the cost of the program.",
       {{"the cost of the program", "The senator", "reported-content"}}},
      {"Tom Hall agrees the deal is fair to both sides.",
       {{"the deal is fair to both sides", "Tom Hall", "reported-content"}}},
      {"The union is backing a higher minimum wage.", {{"a higher minimum wage", "The union", "reported-content"}}},
      {"Anna Berg is hoping the talks will resume soon.",
       {{"the talks will resume soon", "Anna Berg", "reported-content"}}},
      {"The governor decided to veto the bill.", {{"to veto the bill", "The governor", "reported-content"}}},
      {"Anna Berg pointed to the rising cost of housing.",
       {{"the rising cost of housing", "Anna Berg", "reported-content"}}},
      {"Tom Hall made clear he would not run again.", {{"he would not run again", "Tom Hall", "reported-content"}}},
  });
}

TEST(ReportedRelative, AFrameInARelativeClauseReportsUpToTheSentencesOwnVerb) {
  expect_reported({
      // the relative pronoun stands for what was said; the clause ends at the comma before "will not apply"
      {"The new policy, which officials said will take effect in May, will not apply to farmers.",
       {{"will take effect in May", "officials", "reported-speech"}}},
      {"The donor list, which the campaign says includes two million names, is another asset.",
       {{"includes two million names", "the campaign", "reported-speech"}}},
      // with no such comma the relative clause runs on to the sentence's end
      {"They changed the delegate system, which Anna Berg said leaves millions of voters, especially the young, out.",
       {{"leaves millions of voters, especially the young, out", "Anna Berg", "reported-speech"}}},
      // around it, an outer frame reports the whole clause, relative clause and all
      {"Anna Berg said that the plan, which some have argued was a ploy, was an insult to the voters.",
       {{"the plan, which some have argued was a ploy, was an insult to the voters", "Anna Berg", "reported-speech"}}},
  });
}

TEST(ReportedHeadline, SourceColonClaimReportsTheClaimAsTheSources) {
  expect_reported({
      {"Lynch: No outside influence on FBI probe.\n\nThe attorney general spoke on Monday.",
       {{"No outside influence on FBI probe", "Lynch", "colon"}}},
      {"Clinton camp: Rival's plan threatens national security\n\nThe statement came late.",
       {{"Rival's plan threatens national security", "Clinton camp", "colon"}}},
  });
}

TEST(ReportedHeadline, KickersTitlesAndLaterLinesCreditNoOne) {
  expect_reported({
      {"Breaking: Sanders wins the Nevada caucuses.\n\nThe count went on.", {}},
      {"The Latest: Cruz to give away engraved shotgun.\n\nThe count went on.", {}},
      {"A long night.\n\nPoll: Sanders leads in Iowa by four points.", {}},
      {"BUSTED: Aides kept a second server for years.\n\nThe count went on.", {}},
  });
}

TEST(ReportVerbs, APrepositionOfMeansOrPlaceAfterTheVerbReportsNothing) {
  expect_reported({
      {"Anna Berg called up the reserves on Monday.", {}},
      {"The senator echoed in a speech the worries of farmers.", {}},
      // after the one told, too: the clause starts after the adverbial, if one follows it at all
      {"Ms. Berg told The Associated Press by phone from her home.", {}},
      {"Anna Berg told CNN by phone that she would run.", {{"she would run", "Anna Berg", "reported-speech"}}},
      {"Anna Berg called the charges unfounded.", {{"the charges unfounded", "Anna Berg", "reported-content"}}},
      // after "that" the clause may open with a setting of its own
      {"The report found that in the largest counties turnout fell.",
       {{"in the largest counties turnout fell", "The report", "reported-content"}}},
  });
}

TEST(ReportVerbs, ADayOrAMannerAdverbAfterTheVerbIsNoPartOfTheClause) {
  expect_reported({
      {"Anna Berg said Tuesday the talks would resume.", {{"the talks would resume", "Anna Berg", "reported-speech"}}},
      {"Tom Hall said Wednesday night that he would not run.", {{"he would not run", "Tom Hall", "reported-speech"}}},
      {"Anna Berg said on Tuesday she would not raise taxes.",
       {{"she would not raise taxes", "Anna Berg", "reported-speech"}}},
      // a manner adverb after the verb is how it was said
      {"Tom Hall argued insistently that he would win.", {{"he would win", "Tom Hall", "reported-speech"}}},
      {"Anna Berg testified voluntarily in 1998.", {}},
      // past the place that follows the day, too
      {"Sen. Anna Berg said Sunday in Madison, Wisconsin, that she was hoping for a large turnout.",
       {{"she was hoping for a large turnout", "Anna Berg", "reported-speech"}}},
  });
}

TEST(ReportedParticiple, AParticipleAfterAQuotationsFrameReportsForItsSpeaker) {
  expect_reported({
      {"“There is a real demographic revolution in the United States, a revolution in which whites will become "
       "minorities in thirty years,” Ramos said, referring to the growing Hispanic community.",
       {{"the growing Hispanic community", "Ramos", "reported-content"}}},
      {"“The key to the success of these ventures was the broader market timing and nothing else,” said Mr. Hedge, "
       "referring to the two resorts.",
       {{"the two resorts", "Hedge", "reported-content"}}},
  });
}

TEST(ReportedParticiple, AParticipleOfMannerAfterTheFrameIsNotWhatWasSaid) {
  expect_reported({
      {"“We are ready for whatever comes next, and we will not be moved by anyone at all,” she said, smiling at the "
       "crowd.",
       {}},
  });
}

TEST(ReportVerbs, AnyPastVerbIntroducingAThatClauseReportsIt) {
  expect_reported({
      {"Tom Hall fretted that the plant would close.", {{"the plant would close", "Tom Hall", "reported-content"}}},
      {"Anna Berg clarified that the tax would stay.", {{"the tax would stay", "Anna Berg", "reported-content"}}},
      {"The crowd was so tired that nobody stayed for the vote.", {}},
      {"The groups that backed the plan met on Monday.", {}},
  });
}

TEST(ReportVerbs, NounFormsOfRateAndThankFrameNothing) {
  expect_reported({
      {"The central bank raised interest rates for the first time in a decade.", {}},
      {"The town was saved thanks to the volunteers who came from far away.", {}},
  });
}

TEST(ReportedCoordination, AConjunctionOpeningANamedSubjectAndFrameEndsTheClause) {
  expect_reported({
      {"Senator Tom Hall supported the bill and Anna Berg opposed the measure.",
       {{"the bill", "Tom Hall", "reported-content"}, {"the measure", "Anna Berg", "reported-content"}}},
      {"The group claimed the attack but U.S. officials have said they do not believe it.",
       {{"they do not believe it", "U.S. officials", "reported-speech"}}},
  });
}

TEST(ReportedSpeaker, APossessiveBeforeANounNamesTheSpeaker) {
  expect_reported({
      {"The talks were going well, her friend said.", {{"The talks were going well", "her friend", "reported-speech"}}},
      {"His spokesman said the senator would not run.",
       {{"the senator would not run", "His spokesman", "reported-speech"}}},
  });
}

TEST(ReportVerbs, APluralNounFormBeforeAPrepositionOrAPauseFramesNothing) {
  expect_reported({
      {"The terror attacks in Paris shook the city for weeks.", {}},
      {"Senator Tom Hall attacks the governor's record on schools.",
       {{"the governor's record on schools", "Tom Hall", "reported-content"}}},
  });
}

TEST(ReportVerbs, AVerbFormDescribingTheNounAfterItFramesNothing) {
  expect_reported({{"The Institute, an independent think tank, said the plans left little room for error.",
                    {{"the plans left little room for error", "The Institute", "reported-speech"}}}});
}

TEST(ReportedInverted, AFrameThatAColonEndsIntroducesTheQuoteAfterIt) {
  // the clause before "she added:" is the scene, and "told the board:" is no inverted speaker
  expect_reported({{"Speaking to the BBC on Sunday, she added: ‘This government has no plan.’", {}},
                   {"In July, Anna Berg, a nurse, told the board: \"We are exhausted.\"", {}}});
}

TEST(ReportedInverted, AParticipleIsNeverAnInvertedFrame) {
  expect_reported({{"Tom Hall avoided the term, though last week he used stronger words, saying the group \"must be "
                    "destroyed.\"",
                    {}}});
}

TEST(ReportedInverted, AnAdverbialOfTimeOrPlaceAfterTheFrameStillClosesIt) {
  expect_reported({
      {"The talks were going well, Tom Hall said in an interview with the local paper on Friday.",
       {{"The talks were going well", "Tom Hall", "reported-speech"}}},
      // the object of "told" stops at the preposition, which opens the adverbial
      {"The talks were going well, Anna Berg told reporters at a news conference on Friday.",
       {{"The talks were going well", "Anna Berg", "reported-speech"}}},
      // "to be a delegate" belongs to the adverbial: no clause of its own opens at its determiner
      {"His allegiance has shifted to the governor, Tom Hall said during his campaign speech to be a national delegate.",
       {{"His allegiance has shifted to the governor", "Tom Hall", "reported-speech"}}},
      // nor does a relative clause on the speaker after the verb keep the frame from closing
      {"Defending the plan is within the party's reach, said a handful of Democrats who point to the polls.",
       {{"Defending the plan is within the party's reach", "a handful of Democrats", "reported-speech"}}},
      // with no clause before it, the adverbial reports nothing
      {"Anna Berg said in a statement on Friday.", {}},
  });
}

TEST(ReportedInverted, SpeakersJoinedByAndAreOneSource) {
  expect_reported({{"The talks were going well, teachers and union officials said.",
                    {{"The talks were going well", "teachers and union officials", "reported-speech"}}}});
}

TEST(ReportedInverted, ASemicolonAfterTheVerbEndsTheFrameNotStartsAClause) {
  expect_reported({{"The talks were going well, analysts say; in 2012, the plan stalled.",
                    {{"The talks were going well", "analysts", "reported-speech"}}}});
}

TEST(ReportVerbs, TheStagesOwnFormsOfStanceAndThoughtReportTheirContent) {
  expect_reported({
      {"Anna Berg weighed in on the minimum wage at the rally.",
       {{"the minimum wage at the rally", "Anna Berg", "reported-content"}}},
      {"Voters in the county feel the economy is improving.",
       {{"the economy is improving", "Voters in the county", "reported-content"}}},
      {"Tom Hall sees the tax as a burden on families.",
       {{"the tax as a burden on families", "Tom Hall", "reported-content"}}},
      {"Anna Berg touched on the housing crisis in her speech.",
       {{"the housing crisis in her speech", "Anna Berg", "reported-content"}}},
      {"Anna Berg lashed out at the governor over the budget.",
       {{"the governor over the budget", "Anna Berg", "reported-content"}}},
      {"Tom Hall made the case that the tax would help families.",
       {{"the tax would help families", "Tom Hall", "reported-content"}}},
      // a form after a determiner is a noun, and an -s form before "of" a plural noun
      {"The feel of the room was tense for the whole evening.", {}},
      {"The lists of donors were published on Monday.", {}},
  });
}

TEST(ReportVerbs, APassiveParticipleTakesNoObject) {
  expect_reported({
      {"The view is not universally shared on the bench.", {}},
      {"Tom Hall was widely criticized in the local papers.", {}},
      {"Tom Hall criticized the plan in the local papers.",
       {{"the plan in the local papers", "Tom Hall", "reported-content"}}},
  });
}

TEST(ReportedInverted, AFrameClosingTheSentenceReportsEverythingBeforeIt) {
  expect_reported({
      // the frames inside the clause ("agreed", "criticized") are what the closing frame's speaker reports
      {"He agreed to sell the plane to Tom Hall in 2010, records show.",
       {{"He agreed to sell the plane to Tom Hall in 2010", "records", "reported-speech"}}},
      {"Anna Berg criticized the plan on Monday, her aides said.",
       {{"Anna Berg criticized the plan on Monday", "her aides", "reported-speech"}}},
      {"Tom Hall left early, and Anna Berg stayed.", {}},
      // one clause a subordinating conjunction opens is the scene, not what the frame after it reports
      {"While Tom Hall has said that he recommends cases, Anna Berg said she never did.",
       {{"he recommends cases", "Tom Hall", "reported-speech"}, {"she never did", "Anna Berg", "reported-speech"}}},
      {"If elected, I will cut taxes, Tom Hall said.",
       {{"If elected, I will cut taxes", "Tom Hall", "reported-speech"}}},
      // so does a speech verb set off by commas mid-sentence
      {"After the board agreed to sell the land to a developer, the museum, Tom Hall said, would close.",
       {{"After the board agreed to sell the land to a developer, the museum, Tom Hall said, would close", "Tom Hall",
         "reported-speech"}}},
  });
}

TEST(ReportedJudgement, APassiveJudgementReportsItsWholeClauseWithNoSource) {
  expect_reported({
      {"The plan is widely seen as a gift to the rich.", {{"The plan is widely seen as a gift to the rich", "", "none"}}},
      {"Pigs are considered unclean by many religious groups.",
       {{"Pigs are considered unclean by many religious groups", "", "none"}}},
      // perception, and a participle before another preposition, judge nothing
      {"The governor was seen leaving the building.", {}},
      {"The speech was viewed by millions of people across the country.", {}},
  });
}

TEST(ReportedClauseEnd, AParticipleOfReportingAfterACommaEndsTheClauseAndReportsItsOwn) {
  expect_reported({{"Anna Berg said the plant would close next year, pointing to the sale of the land.",
                    {{"the plant would close next year", "Anna Berg", "reported-speech"},
                     {"the sale of the land", "Anna Berg", "reported-content"}}}});
}

TEST(ReportedSpeaker, TheDayAfterOnIsNoSubject) {
  expect_reported({{"Tom Hall, the state's highest-ranking Republican, on Tuesday called the plan a disaster for the state.",
                    {{"the plan a disaster for the state", "Tom Hall", "reported-content"}}}});
}

TEST(ReportedClauseEnd, ARelativeClauseWithAFrameOfItsOwnReportsForItself) {
  expect_reported({{"Tom Hall praised Anna Berg, who announced she is leaving the race.",
                    {{"Anna Berg", "Tom Hall", "reported-content"},
                     {"she is leaving the race", "Anna Berg", "reported-speech"}}}});
}

TEST(ReportVerbs, AnObjectMayBeOneNameOrOnePronoun) {
  expect_reported({
      {"Governor Tom Hall endorsed Sanders.", {{"Sanders", "Tom Hall", "reported-content"}}},
      {"The board criticized it.", {{"it", "The board", "reported-content"}}},
      // one word that names no one is still too little to report
      {"Governor Tom Hall endorsed yesterday.", {}},
  });
}

}  // namespace
}  // namespace newsmark
