// Quote finding and attribution: one test per edge case, exact spans and speakers.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "newsmark.h"
#include "quotes_helpers.h"

namespace newsmark {
namespace {

using testing_quotes::Found;
using testing_quotes::quotes_of;

void expect_quotes(const std::string& text, const std::vector<Found>& want) {
  const auto got = quotes_of(text);
  ASSERT_EQ(got.size(), want.size()) << text;
  for (std::size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(got[i].text, want[i].text) << text;
    EXPECT_EQ(got[i].kind, want[i].kind) << got[i].text;
    EXPECT_EQ(got[i].speaker, want[i].speaker) << got[i].text;
    if (!want[i].rule.empty()) EXPECT_EQ(got[i].rule, want[i].rule) << got[i].text;
  }
}

TEST(Quotes, ExplicitSpeakerAfterTheQuote) {
  expect_quotes("“We will not move,” Anna Berg said.", {{"We will not move,", "direct", "Anna Berg", "explicit-after-quote"}});
  expect_quotes("\"We will not move,\" said Anna Berg.", {{"We will not move,", "direct", "Anna Berg", "explicit-after-quote"}});
}

TEST(Quotes, ExplicitSpeakerBeforeAColon) {
  expect_quotes("The minister told reporters: “There is no deal.”",
                {{"There is no deal.", "direct", "The minister", "explicit-before-quote"}});
}

TEST(Quotes, PronounWithTwoCandidatesOfDifferentGender) {
  expect_quotes("Anna Berg met Tom Hall in Oslo. “We agreed,” she said. “Not yet,” he said.",
                {{"We agreed,", "direct", "Anna Berg", "pronoun-after-quote"},
                 {"Not yet,", "direct", "Tom Hall", "pronoun-after-quote"}});
}

TEST(Quotes, DashSignature) {
  expect_quotes("Water is life. “Protect it.” — Maria Lopez",
                {{"Protect it.", "direct", "Maria Lopez", "dash"}});
}

// The partial quote carries the frame's speaker; the clause around it is not reported a second time.
TEST(Quotes, PartialInsideReportedFrame) {
  expect_quotes("Ms Holm said there was “no justification” for the raid.",
                {{"no justification", "partial", "Holm", "reported-frame"}});
}

TEST(Quotes, ScareQuotesWithoutSpeechAreNotQuotes) {
  expect_quotes("The so-called “peace” plan was tabled in the “Blue Room” on Monday.", {});
}

TEST(Quotes, UnclosedLastQuoteEndsWithItsParagraph) {
  expect_quotes("Officials were blunt. “We cannot wait any longer for them to act",
                {{"We cannot wait any longer for them to act", "direct", "", "none"}});
}

TEST(Quotes, StrayMarkNeverSwallowsTheArticle) {
  std::string text = "He wrote \" and then";
  for (int i = 0; i < 200; ++i) text += " more words follow here";
  text += ".\n\nA new paragraph.";
  EXPECT_TRUE(quotes_of(text).empty());
}

TEST(Quotes, NestedSingleInsideDoubleIsOneQuote) {
  expect_quotes("“They call it ‘a mistake’, and it is not,” Dr Stone said.",
                {{"They call it ‘a mistake’, and it is not,", "direct", "Stone", "explicit-after-quote"}});
}

TEST(Quotes, ApostrophesAtWordEndsAreNotMarks) {
  expect_quotes("The students’ union said the ’90s rules don’t apply. “Nothing changes,” it said.",
                {{"the ’90s rules don’t apply", "indirect", "The students’ union", "reported-speech"},
                 // "it" stands for the union the sentence before is about
                 {"Nothing changes,", "direct", "The students’ union", "pronoun-after-quote"}});
}

TEST(Quotes, QuoteSpanningThreeParagraphsKeepsItsSpeaker) {
  expect_quotes("“First part of it.\n\n“Second part of it.\n\n“Third and last,” said Ola Nordmann.",
                {{"First part of it.", "direct", "Ola Nordmann", "continuation"},
                 {"Second part of it.", "direct", "Ola Nordmann", "continuation"},
                 {"Third and last,", "direct", "Ola Nordmann", "explicit-after-quote"}});
}

TEST(Quotes, TwoSpeakersAlternating) {
  expect_quotes("“Yes,” said Ada Byron. “No,” said Alan Turing.\n\n“Maybe,” Ada Byron said. “Never,” Alan Turing said.",
                {{"Yes,", "direct", "Ada Byron", ""}, {"No,", "direct", "Alan Turing", ""},
                 {"Maybe,", "direct", "Ada Byron", ""}, {"Never,", "direct", "Alan Turing", ""}});
}

TEST(Quotes, ContinuationWithinAParagraph) {
  expect_quotes("“We stand firm,” Eva Lind said. “We always have.”",
                {{"We stand firm,", "direct", "Eva Lind", "explicit-after-quote"},
                 {"We always have.", "direct", "Eva Lind", "continuation"}});
}

TEST(Quotes, EmbeddedPostTakesItsSignatureAuthor) {
  expect_quotes("Ministers met today.\n\nWe stand together. pic.twitter.com/abc123 — City Council (@citycouncil) May 2, 2021",
                {{"We stand together.", "embedded", "City Council", "embedded-post"}});
}

TEST(Quotes, InvertedFrameWithAnAuxiliaryKeepsTheSpeaker) {
  expect_quotes("Talks will resume on Monday, Ingrid Halvorsen has said.",
                {{"Talks will resume on Monday", "indirect", "Ingrid Halvorsen", "reported-speech"}});
}

TEST(Quotes, NounFormsOfReportVerbsFrameNothing) {
  expect_quotes("The build-up of tens of thousands of troops near Ukraine has prompted fears of a Russian invasion.", {});
}

TEST(Quotes, AccordingTo) {
  expect_quotes("Prices will rise by a fifth next year, according to the central bank.",
                {{"Prices will rise by a fifth next year", "indirect", "the central bank", "reported-speech"}});
}

TEST(Quotes, AThousandUnmatchedMarksFindNothingAndDoNotHang) {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "“ ";
  EXPECT_TRUE(quotes_of(text).empty());
}

TEST(Quotes, LongAppositionBeforeTheCueKeepsTheName) {
  expect_quotes("Megan Hester, senior associate for education organizing at the Annenberg Institute for School Reform, "
                "said parents still want good schools.",
                {{"parents still want good schools", "indirect", "Megan Hester", "reported-speech"}});
}

TEST(Quotes, ShortReportedClauseAfterTheVerbIsReported) {
  expect_quotes("Labor officials said it would not.", {{"it would not", "indirect", "Labor officials", "reported-speech"}});
  // before an inverted frame, three words are an opening adverbial
  expect_quotes("At this point, the officer said nothing.", {});
}

TEST(Quotes, PhraseSettingTimeOrPlaceAfterTheVerbIsNotReported) {
  expect_quotes("Anna Berg said at a news conference last month.", {});
  expect_quotes("Anna Berg wrote in her memoir the company had lost its way.",
                {{"the company had lost its way", "indirect", "Anna Berg", "reported-speech"}});
  expect_quotes("Anna Berg said in an interview on Friday that prices will rise.",
                {{"prices will rise", "indirect", "Anna Berg", "reported-speech"}});
}

TEST(Quotes, ParticipleFrameTakesTheSentenceSubject) {
  expect_quotes("In a speech earlier in the day, Tom Hall attacked his rival for her record, saying, “She is not ready.”",
                {{"his rival for her record", "indirect", "Tom Hall", "reported-content"},
                 {"She is not ready.", "direct", "Tom Hall", "explicit-before-quote"}});
}

TEST(Quotes, ParentheticalFrameReportsTheWholeSentence) {
  expect_quotes("The museum, Anna Berg said, would make visitors face uncomfortable truths.",
                {{"The museum, Anna Berg said, would make visitors face uncomfortable truths", "indirect", "Anna Berg",
                  "reported-speech"}});
}

TEST(Quotes, AVerbWithAThatClauseOfItsOwnIsNotAnInvertedFrame) {
  expect_quotes("Sen. Anna Berg, D-Vt., told Fox News that the polls were wrong.",
                {{"the polls were wrong", "indirect", "Anna Berg", "reported-speech"}});
}

TEST(Quotes, AdverbsBetweenTheSubjectAndItsVerbAreNotTheSpeaker) {
  expect_quotes("The Tennessean first reported that the senator would skip the convention.",
                {{"the senator would skip the convention", "indirect", "The Tennessean", "reported-speech"}});
  // a negative contraction is an auxiliary
  expect_quotes("The agency hasn’t said that the plant would close.",
                {{"the plant would close", "indirect", "The agency", "reported-speech"}});
  // an ordinal after a determiner is part of the phrase
  const auto got = testing_quotes::quotes_of("Nearly a third say they would vote for the mayor again.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].source, "Nearly a third");
}

TEST(Quotes, AReportedClauseRunsOnPastADashOrSemicolonUnlessAnotherFrameFollows) {
  expect_quotes("Anna Berg said immigration is in decline — a decline that began while she was in office.",
                {{"immigration is in decline — a decline that began while she was in office", "indirect", "Anna Berg",
                  "reported-speech"}});
  expect_quotes("Anna Berg said the plan would pass; Tom Hall said it would fail.",
                {{"the plan would pass", "indirect", "Anna Berg", "reported-speech"},
                 {"it would fail", "indirect", "Tom Hall", "reported-speech"}});
}

TEST(Quotes, AccordingToWithALongSourceOrInTheMiddleOfASentence) {
  expect_quotes("According to the officer in charge of the base that night, the scene in the movie is untrue.",
                {{"the scene in the movie is untrue", "indirect", "the officer in charge of the base that night",
                  "reported-speech"}});
  expect_quotes("The company receives, according to one report, $234 million in contracts.",
                {{"The company receives, according to one report, $234 million in contracts", "indirect", "one report",
                  "reported-speech"}});
  expect_quotes("Since last November, according to Anna Berg, the police have killed more than 40 people.",
                {{"Since last November, according to Anna Berg, the police have killed more than 40 people", "indirect",
                  "Anna Berg", "reported-speech"}});
}

TEST(Quotes, ASentenceOpeningWithADocumentReportsWhatItSays) {
  expect_quotes("In a new poll released Thursday, the mayor won 45 percent of the vote.",
                {{"the mayor won 45 percent of the vote", "indirect", "a new poll", "reported-content"}});
  // a frame of its own decides; a time is no document
  expect_quotes("In an interview with the paper, Anna Berg said the plant would close.",
                {{"the plant would close", "indirect", "Anna Berg", "reported-speech"}});
  EXPECT_TRUE(testing_quotes::quotes_of("In the fall of 2007, the mayor held a lead in the city.").empty());
}

TEST(Quotes, AnOpeningPrepositionPastAConjunctionIsNoSpeakersName) {
  expect_quotes("And on Tuesday, Anna Berg, chairman of the House Ways and Means Committee, said that the tax would stay.",
                {{"the tax would stay", "indirect", "Anna Berg", "reported-speech"}});
}

TEST(Quotes, AVerbCoordinatedAfterTheFrameIsNotReported) {
  const auto got = testing_quotes::quotes_of("Anna Berg spoke. She told a cheering crowd, then referred to the slogan.");
  for (const auto& q : got) EXPECT_NE(q.text, "then referred to the slogan");
}

TEST(Quotes, PluralGroupIsAReportedSpeaker) {
  expect_quotes("Foreign policy analysts said geopolitical factors have lifted the country's appeal.",
                {{"geopolitical factors have lifted the country's appeal", "indirect", "Foreign policy analysts",
                  "reported-speech"}});
}

TEST(Quotes, CoordinatedFramesReportTwoClauses) {
  expect_quotes("Eva Lind said the talks would go on for a week and added that nobody would leave early.",
                {{"the talks would go on for a week", "indirect", "Eva Lind", "reported-speech"},
                 {"nobody would leave early", "indirect", "Eva Lind", "reported-speech"}});
}

TEST(Quotes, TranscriptTurnNamesItsSpeakerOutsideTheQuote) {
  expect_quotes("Partial transcript:\n\n\"HOLM: We will not be moving on this at all.\"",
                {{"We will not be moving on this at all.", "direct", "HOLM", "transcript"}});
}

TEST(Quotes, FullStopInsideTheMarksEndsTheFrame) {
  expect_quotes("Anna Berg says his “latest outburst is unhinged.” She says it shows he is unfit.",
                {{"latest outburst is unhinged.", "direct", "Anna Berg", "reported-frame"},
                 {"it shows he is unfit", "indirect", "Anna Berg", "reported-speech"}});
}

TEST(Quotes, AddingSharesTheSpeakerOfTheFrameBefore) {
  expect_quotes("“We see no link,” said Jo Hart, adding that it would take “more hours” before details emerge.",
                {{"We see no link,", "direct", "Jo Hart", "explicit-after-quote"},
                 {"more hours", "partial", "Jo Hart", "reported-frame"}});
}

TEST(Quotes, SentenceAdverbIsNotPartOfTheSpeaker) {
  expect_quotes("Meanwhile Anna Berg said the talks would go on for a week.",
                {{"the talks would go on for a week", "indirect", "Anna Berg", "reported-speech"}});
}

TEST(Quotes, StraightMarkAfterASpaceClosesANestedEnd) {
  expect_quotes("\"I dislike the term 'outreach,' \" Tom Hall told the group.",
                {{"I dislike the term 'outreach,'", "direct", "Tom Hall", "explicit-after-quote"}});
}

TEST(Quotes, CoordinatedCueSharesTheSentenceSubject) {
  expect_quotes("Anna Berg laughed and said, “I do not believe it.”",
                {{"I do not believe it.", "direct", "Anna Berg", "explicit-before-quote"}});
}

TEST(Quotes, HeadlineNameBeforeAColon) {
  expect_quotes("Rush Limbaugh: Clinton Request ‘Reeks of Fear.’",
                {{"Reeks of Fear.", "direct", "Rush Limbaugh", "colon"}});
}

TEST(Quotes, ObjectOfAReportingVerbIsReportedContent) {
  expect_quotes("At the forum, Anna Berg cited her years in the Senate as proof of her experience.",
                {{"her years in the Senate as proof of her experience", "indirect", "Anna Berg", "reported-content"}});
}

TEST(Quotes, ContentClauseOfAFindingIsReported) {
  expect_quotes("A report released last year found that the agency could not be sure where the money came from.",
                {{"the agency could not be sure where the money came from", "indirect", "A report",
                  "reported-content"}});
}

TEST(Quotes, ReportingVerbAfterADeterminerIsANoun) {
  expect_quotes("Anna Berg signed the proposed bill on Friday.", {});
}

TEST(Quotes, ReportingVerbInARelativeClauseReportsNothing) {
  expect_quotes("The rules she cited were old and nobody read them.", {});
}

TEST(Quotes, PassiveReportingVerbWithItsAgentReportsNothing) {
  expect_quotes("The nominee has been endorsed by dozens of papers across the country.", {});
}

TEST(Quotes, CoordinatedCueTakesTheSubjectOfItsOwnClause) {
  expect_quotes("Once in my early twenties, when my mother spoke of it, I laughed and said, “I do not believe it.”",
                {{"I do not believe it.", "direct", "", "pronoun-before-quote"}});
}

TEST(Quotes, InvertedCueNeedsANounPhraseSpeaker) {
  expect_quotes("The vote was delayed again and again, Recently said nothing.", {});
}

TEST(Quotes, FragmentOpeningASentenceTakesTheCueAfterIt) {
  expect_quotes("Anna Berg spoke for an hour.\n\n“The only way they will change is jail time” for such behaviour, she said.",
                {{"The only way they will change is jail time", "direct", "Anna Berg", "reported-frame"}});
}

TEST(Quotes, RelativePronounBeforeAuxiliariesStandsForTheSpeaker) {
  expect_quotes("The bill has foes among several senators who have argued that it helps nobody in the end.",
                {{"it helps nobody in the end", "indirect", "several senators", "reported-speech"}});
}

TEST(Quotes, QuantifierSubjectReportsAClause) {
  expect_quotes("To varying degrees, all agreed that the proposal would raise taxes on the rich.",
                {{"the proposal would raise taxes on the rich", "indirect", "all", "reported-speech"}});
}

TEST(Quotes, WhatSomeoneCallsDefersToTheSentenceFrame) {
  expect_quotes("Anna Berg says she admired the courage shown in what Tom Hall calls a “war of some pretty unpleasant words.”",
                {{"war of some pretty unpleasant words.", "direct", "Anna Berg", "reported-frame"}});
}

TEST(Quotes, ReportingVerbFramesAFragmentWhenNoSpeechVerbDoes) {
  expect_quotes("In July, Tom Hall dismissed the small state as being in the “suburbs of the capital” of its neighbour.",
                {{"suburbs of the capital", "partial", "Tom Hall", "reported-frame"}});
}

TEST(Quotes, NounLikeCueEndingItsClauseAfterAQuote) {
  expect_quotes("“We see charter schools offering hope,” the letter reads.",
                {{"We see charter schools offering hope,", "direct", "the letter", "explicit-after-quote"}});
}

TEST(Quotes, NicknameInMarksInsideTheSpeakerPhrase) {
  // the name around the nickname is one person's, named without the nickname
  expect_quotes("“This is a big year for us!” Del. Marcia \"Cia\" Price shouted to the crowd.",
                {{"This is a big year for us!", "direct", "Marcia Price", "explicit-after-quote"}});
}

TEST(Quotes, TitleOfAShowInASentenceIsNotAQuote) {
  expect_quotes("On this weekend's broadcast of “Fox News Sunday,” the governor talked about taxes for an hour.", {});
}

TEST(Quotes, HeadlineKeepsItsTitleCaseQuote) {
  expect_quotes("Parents Rally Nationwide To ‘Reclaim Our Schools.’",
                {{"Reclaim Our Schools.", "direct", "", "none"}});
}

}  // namespace
TEST(Quotes, ItBeforeCallsMakesItAVerb) {
  expect_quotes("The group is denouncing what it calls “a disgusting attack on women.”",
                {{"a disgusting attack on women.", "direct", "The group", "pronoun-before-quote"}});
}

TEST(Quotes, RelativeWhoSpeaksForThePersonBeforeIt) {
  expect_quotes("Anna Berg, who joked of the museum, “It took us a long time.”",
                {{"It took us a long time.", "direct", "Anna Berg", "pronoun-before-quote"}});
  expect_quotes("The bill has foes among several senators who have argued that it helps nobody in the end.",
                {{"it helps nobody in the end", "indirect", "several senators", "reported-speech"}});
}

TEST(Quotes, RestrictiveWhoInsideAFrameDefersToTheOuterFrame) {
  expect_quotes("Anna Berg mocked the complaint, saying anybody who complains about a microphone “is not having a good "
                "night.”",
                {{"the complaint", "indirect", "Anna Berg", "reported-content"},
                 {"is not having a good night.", "direct", "Anna Berg", "reported-frame"}});
}

TEST(Quotes, PrepositionalPhraseBeforeTheCueBelongsToTheSubject) {
  expect_quotes("Anna Berg in an interview said “We will not move.”",
                {{"We will not move.", "direct", "Anna Berg", "explicit-before-quote"}});
  expect_quotes("Officials in Oslo said “there is no deal.”",
                {{"there is no deal.", "direct", "Officials in Oslo", "explicit-before-quote"}});
}

TEST(Quotes, ReportingVerbNearAShortQuoteKeepsIt) {
  expect_quotes("Tom Hall openly admires the general as a “strong leader” today.",
                {{"strong leader", "partial", "Tom Hall", "reported-frame"}});
}

TEST(Quotes, QuoteAfterASentenceEndingInACueGoesOnWithThatSpeaker) {
  expect_quotes("The talks may stall while the ministers meet, Anna Berg said. “The other factor is time.”",
                {{"The talks may stall while the ministers meet", "indirect", "Anna Berg", "reported-speech"},
                 {"The other factor is time.", "direct", "Anna Berg", "previous-sentence"}});
}

TEST(Quotes, TitleCaseHeadlineVerbsAreCues) {
  expect_quotes("Anna Berg Calls Tom Hall ‘A Disgrace’ Over Shooting Comments\n\nThe row went on.",
                {{"A Disgrace", "partial", "Anna Berg", "reported-frame"}});
}

TEST(Quotes, MarksOfAnotherStyleNestInsideAQuote) {
  expect_quotes("Tom Hall continued:\n\n\"The question was: “Do you trust them?” Forty percent said yes.\"",
                {{"The question was: “Do you trust them?” Forty percent said yes.", "direct", "Tom Hall",
                  "explicit-before-quote"}});
}

TEST(Quotes, ClosingMarkOpeningAParagraphOpensTheQuote) {
  expect_quotes("“We will stay,” Anna Berg said.\n\n” … what I learned is that we stay together.”",
                {{"We will stay,", "direct", "Anna Berg", "explicit-after-quote"},
                 {"… what I learned is that we stay together.", "direct", "Anna Berg", "continuation"}});
}

TEST(Quotes, CueAfterTheQuoteStaysInItsSentence) {
  expect_quotes("The crowd heard “Do not do it!” until gunshots are heard. At this point, the officer said nothing.",
                {{"Do not do it!", "direct", "", "none"}});
  // An aspectual verb before the cue is not part of the speaker.
  expect_quotes("Anna Berg kept shouting “Do not do it!” until the end.",
                {{"Do not do it!", "direct", "Anna Berg", "explicit-before-quote"}});
}

TEST(Quotes, QuotedSectionHeadingIsNoQuote) {
  expect_quotes("“It will pass,” Anna Berg said.\n\n‘All Bets Are Off.’\n\nEight years ago the mine closed.",
                {{"It will pass,", "direct", "Anna Berg", "explicit-after-quote"}});
}

TEST(Quotes, SameStyleQuoteNestedInAQuoteBelongsToIt) {
  expect_quotes("“As a young woman, I would rather live in what he calls “hell” than live in his world.” ― Anna Berg",
                {{"As a young woman, I would rather live in what he calls “hell” than live in his world.", "direct",
                  "Anna Berg", "dash"}});
}

TEST(Quotes, OpeningCurlyMarkAfterTheWordsClosesTheQuote) {
  expect_quotes("Anna Berg said:\n\n“The rate is 51 percent.“\n\nThe statement was checked.",
                {{"The rate is 51 percent.", "direct", "Anna Berg", "explicit-before-quote"}});
}

TEST(Quotes, WordsAVerbOfNamingQuotesAreNoTitle) {
  // A passive cue names no speaker: the statement did not label itself.
  expect_quotes("When the agency examined the statement, it was labeled “Mostly True.”",
                {{"Mostly True.", "direct", "", "none"}});
}

TEST(Quotes, ColonAfterAPersonIntroducesTheNextParagraph) {
  expect_quotes("On July 6, Anna Berg made the following comment:\n\n“For young people the rate is 33 percent.”",
                {{"For young people the rate is 33 percent.", "direct", "Anna Berg", "colon"}});
}

TEST(Quotes, NameInsideAnAppositionNamesADescribedSpeaker) {
  expect_quotes("Another critic, Laurence H. Tribe, likened the rules to “burning the Constitution of the United States” "
                "last year.",
                {{"burning the Constitution of the United States", "partial", "Laurence H. Tribe", "reported-frame"}});
}

TEST(Quotes, NameInsideAnAppositionNamesADeterminedDescriptionWithCapitals) {
  expect_quotes("The Conservative leader, Anna Berg, said the policy was ‘a disaster waiting to happen’.",
                {{"a disaster waiting to happen", "partial", "Anna Berg", "reported-frame"}});
}

TEST(Quotes, ParticipleAfterAPrepositionSharesTheSubject) {
  expect_quotes("Tom Hall appeared on television on Tuesday and began by saying he would “never” diagnose anyone that way.",
                {{"never", "partial", "Tom Hall", "reported-frame"}});
}

TEST(Quotes, InfinitiveCueWithoutANamedSubjectDefersToTheOuterFrame) {
  expect_quotes("At a press conference, the mayor said it was too early to say “whether this was terror.”",
                {{"whether this was terror.", "direct", "the mayor", "reported-frame"}});
}

TEST(Quotes, QuantitySubjectSpeaks) {
  expect_quotes("However, 63 percent said the minister was “justified” in keeping it private.",
                {{"justified", "partial", "63 percent", "reported-frame"}});
}

TEST(Quotes, AsideBetweenDashesStandsBetweenSpeakerAndCue) {
  expect_quotes("Tom Hall, the chief executive of the company -- which also owns the station, the paper and the site -- "
                "told me, “We are a network.”",
                {{"We are a network.", "direct", "Tom Hall", "explicit-before-quote"}});
}

TEST(Quotes, RatingVerbFramesAShortQuote) {
  expect_quotes("The agency rated the claims as “entirely true” last year.",
                {{"entirely true", "partial", "The agency", "reported-frame"}});
}

TEST(Quotes, NameBeforeAnInfinitiveCueSpeaks) {
  expect_quotes("All this has led the journalist Anna Berg to fear a “Putin-Ribbentrop Pact.”",
                {{"Putin-Ribbentrop Pact.", "direct", "Anna Berg", "reported-frame"}});
}

TEST(Quotes, ReportedClauseOfARelativeFrameEndsWithItsComma) {
  expect_quotes("Sweden’s prime minister, Anna Berg, who has said she does not plan to apply for membership, held talks "
                "with the alliance on Friday.",
                {{"she does not plan to apply for membership", "indirect", "Anna Berg", "reported-speech"}});
}

TEST(Quotes, AccordingToLeavesTheSpeakersAppositionOut) {
  expect_quotes("According to Anna Berg, a marine economist at the university, the dispute has cost exporters about 40 "
                "million euros.",
                {{"the dispute has cost exporters about 40 million euros", "indirect", "Anna Berg", "reported-speech"}});
}

TEST(Quotes, TitleAfterANounNamingAWorkIsNoQuote) {
  expect_quotes("In his 2002 book, “Make Your Kid a Millionaire,” Tom Hall suggested saving early.", {});
  expect_quotes("It was his 1994 “Contract with America” that made the difference.", {});
}

TEST(Quotes, ShortQuoteThatIsAWholeSentenceIsSpeech) {
  expect_quotes("“It is for everyone,” the president added. “We are one.”",
                {{"It is for everyone,", "direct", "the president", "explicit-after-quote"},
                 {"We are one.", "direct", "the president", "continuation"}});
}

TEST(Quotes, ParticipleAfterAnObjectSharesTheSubjectOfTheEarlierVerb) {
  expect_quotes("As the show ended, the band leader called the guests to the stage, singing “It is Our Time.”",
                {{"the guests to the stage", "indirect", "the band leader", "reported-content"},
                 {"It is Our Time.", "direct", "the band leader", "explicit-before-quote"}});
}

TEST(Quotes, ColonAfterALongOpeningAdverbialGoesToTheSubject) {
  const auto got = quotes_of("With party leaders increasingly worried about a lack of passion for the campaign among "
                             "young voters in the cities, President Anna Berg is rolling out a new and more personal "
                             "message: “It is about me.”");
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got.back().text, "It is about me.");
  EXPECT_EQ(got.back().speaker, "Anna Berg");
  EXPECT_EQ(got.back().rule, "colon");
}

TEST(Quotes, GoingAfterSomeoneFramesAQuote) {
  expect_quotes("In recent weeks, Tom Hall has gone after the senator as a “spoiled brat with a big mouth.”",
                {{"spoiled brat with a big mouth.", "direct", "Tom Hall", "reported-frame"}});
}

TEST(Quotes, SignatureAfterAParagraphsLastQuoteSignsItsEarlierQuotes) {
  expect_quotes("“You are not a leader.” ― Anna Berg\n“All they have is money.” And that is all he has “the root of all "
                "evil.” ― Tom Hall",
                {{"You are not a leader.", "direct", "Anna Berg", "dash"},
                 {"All they have is money.", "direct", "Tom Hall", "continuation"},
                 {"the root of all evil.", "direct", "Tom Hall", "dash"}});
}

TEST(Quotes, ParticipleAfterForTakesTheNearestSubjectPronoun) {
  expect_quotes("Tom Hall earned the attention of Congress, where he appeared at a hearing for his role in promoting pills "
                "and for saying that coffee was a “magic cure for every body type.”",
                {{"magic cure for every body type.", "direct", "Tom Hall", "reported-frame"}});
}

// Sentences that never end, full of quotes and cues: every scan stays inside the frame window, so these finish in
// linear time (a quadratic scan would take minutes here) and give exact results.
TEST(Quotes, EndlessSentencesOfQuotesGiveExactResults) {
  const auto repeat = [](std::string_view piece, int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s += piece;
    return s;
  };
  constexpr int kN = 50000;
  auto got = quotes_of(repeat("“ab cd ef gh” ", kN));
  ASSERT_EQ(got.size(), static_cast<std::size_t>(kN));
  EXPECT_EQ(got[1].kind, "partial");
  EXPECT_EQ(got[1].rule, "none");
  EXPECT_TRUE(quotes_of(repeat("“ab” ", kN)).empty());  // scare quotes, with no speech anywhere near
  got = quotes_of(repeat("“ab cd,” he said ", kN));
  ASSERT_EQ(got.size(), static_cast<std::size_t>(kN));
  EXPECT_EQ(got.back().rule, "pronoun-after-quote");
  got = quotes_of(repeat("Anna Berg for saying “no” for saying ", kN));
  ASSERT_EQ(got.size(), static_cast<std::size_t>(kN));
  EXPECT_EQ(got.back().speaker, "Anna Berg");
}

TEST(Quotes, ParentheticalFrameWithATitledNameReportsTheSentence) {
  expect_quotes("Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999.",
                {{"Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999", "indirect", "Clarke",
                  "reported-speech"}});
}

TEST(Quotes, CoordinatedSubjectSpeaksWhole) {
  expect_quotes("Experts on North Korea and nuclear nonproliferation said the latest nuclear test could change that.",
                {{"the latest nuclear test could change that", "indirect",
                  "Experts on North Korea and nuclear nonproliferation", "reported-speech"}});
}

TEST(Quotes, SignatureOnItsOwnLineSignsThePostAboveIt) {
  expect_quotes("The mission posted a message on Friday.\n\nWe stand with our allies in the face of threats. "
                "#StrongerTogether\n\n— Anna Berg (@annaberg) January 7, 2022\n\nThe talks went on.",
                {{"We stand with our allies in the face of threats. #StrongerTogether", "embedded", "Anna Berg",
                  "embedded-post"}});
}

TEST(Quotes, BelowTheConfidenceThresholdNobodyIsNamed) {
  // Nobody for "he" to stand for: the source and cue stay, the speaker is unknown.
  expect_quotes("“We will stay,” he said.", {{"We will stay,", "direct", "", "pronoun-after-quote"}});
  // A relative "who" stands for the described phrase before it, which is sure enough to name.
  expect_quotes("He was forced to defend not paying an architect who said “the bill was never paid.”",
                {{"the bill was never paid.", "direct", "an architect", "pronoun-before-quote"}});
}

TEST(Quotes, BritishSingleQuoteHoldsTheDoubleQuotesInsideIt) {
  expect_quotes("‘We will not accept “business as usual”, and neither will our allies,’ Anna Berg said.",
                {{"We will not accept “business as usual”, and neither will our allies,", "direct", "Anna Berg",
                  "explicit-after-quote"}});
  // A stray ‘ before a number opens nothing that could swallow the quote after it.
  expect_quotes("In the ‘90s, “We were poor,” Anna Berg said, and the students’ union agreed.",
                {{"We were poor,", "direct", "Anna Berg", "explicit-after-quote"}});
}

}  // namespace newsmark
