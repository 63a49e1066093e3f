// What is not a quote, and quotes that must name nobody: each case a shape readers would otherwise see marked wrong.
#include <gtest/gtest.h>

#include <string>

#include "quotes_helpers.h"

namespace newsmark {
namespace {

using testing_quotes::quotes_of;

// The quote's speaker as the reader sees it: the first quote of `text` whose span is `quote`.
std::string speaker_of(const std::string& text, const std::string& quote) {
  for (const auto& q : quotes_of(text))
    if (q.text == quote) return q.speaker;
  ADD_FAILURE() << "no quote '" << quote << "' in: " << text;
  return "?";
}

TEST(QuotesNegative, ScareQuoteWithNoSpeechAroundItIsNoQuote) {
  EXPECT_TRUE(quotes_of("The so-called “reform” passed on Monday.").empty());
  // two words a colon announces, with their own full stop, are a message, not a scare quote
  const auto got = quotes_of("The rally on Wednesday had one message: “Dump Trump.”");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].text, "Dump Trump.");
}

TEST(QuotesNegative, AWorkDescribedByAPassiveVerbAfterItNamesNoSpeaker) {
  EXPECT_EQ(speaker_of("Next month brings “Berg Revealed,” a biography written by Tom Hall.", "Berg Revealed,"), "");
  // nor is the agent's phrase reported speech
  for (const auto& q : quotes_of("Next month brings “Berg Revealed,” a biography written by Tom Hall."))
    EXPECT_NE(q.kind, "indirect") << q.text;
}

TEST(QuotesNegative, NicknameBetweenNamesIsNoQuote) {
  EXPECT_TRUE(quotes_of("Marcia \"Cia\" Price won the seat.").empty());
}

TEST(QuotesNegative, TitleOfAWorkInASentenceIsNoQuote) {
  EXPECT_TRUE(quotes_of("She appeared on “Face the Nation” on Sunday to discuss the budget.").empty());
  EXPECT_TRUE(quotes_of("She appeared on “Hannity” on Sunday to discuss the budget.").empty());
  // words in sentence case are no title: at least half of a title's words are capitalised
  const auto got = quotes_of("Anna Berg’s campaign slogan is “I’m with her.” But now she wants voters to know more.");
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got[0].text, "I’m with her.");
}

TEST(QuotesNegative, TitleAfterAPossessiveOrPrepositionIsNoQuoteThoughACueFollows) {
  for (const char* text : {"Speaking Sunday on ABC’s “This Week,” Anna Berg admitted that the course was not real.",
                           "Tom Hall, host of “Morning Joe,” suggested that the mayor should resign."}) {
    for (const auto& q : quotes_of(text)) EXPECT_EQ(q.kind, "indirect") << text;  // reported clauses only
  }
}

TEST(QuotesNegative, TitleAfterANounNamingAWorkIsNoQuote) {
  EXPECT_TRUE(quotes_of("In his 2002 book, ‘Make Your Kid a Millionaire,’ he set out the plan.").empty());
}

TEST(QuotesNegative, TitleOpeningASentenceBeforeARoleNounIsNoQuote) {
  EXPECT_TRUE(quotes_of("“Orange Is the New Black” star Maria Lopez spoke about her work.").empty());
}

TEST(QuotesNegative, HeadlineCreditedToItsWriterIsNoQuote) {
  EXPECT_TRUE(quotes_of("ART—\"Gallery opening across from the city museum,\" by Times' Anna Berg: A gallery opens.").empty());
}

TEST(QuotesNegative, QuotedSectionHeadingIsNoQuote) {
  EXPECT_TRUE(quotes_of("The council met.\n\n‘All Bets Are Off’\n\nThe vote failed.").empty());
}

TEST(QuotesNegative, WhoHearsOrReadsTheWordsIsNotTheirSpeaker) {
  for (const char* text : {"Anna Berg heard “Do not do it!” from the street below.",
                           "The crowd heard “Do not do it!” until the end."}) {
    const auto got = quotes_of(text);
    ASSERT_EQ(got.size(), 1u) << text;
    EXPECT_EQ(got[0].speaker, "") << text;
  }
}

TEST(QuotesNegative, SubjectOfAPassiveIsNotTheSpeakerOfWhatItWasCalled) {
  const auto got = quotes_of("When the agency examined the statement, the claim was labeled “Mostly True” in the end.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "");
}

TEST(QuotesNegative, ObjectOfAParticipleAfterTheQuoteIsNotItsSpeaker) {
  const auto got = quotes_of("Anna Berg remarked that there is still “more work to do,” noting weak growth in Europe.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "Anna Berg");
}

TEST(QuotesNegative, AdverbialAfterTheQuoteIsNotItsSpeaker) {
  const auto got = quotes_of("Tom Hall said he would make the desert “glow in the dark,” for instance, and Anna Berg "
                             "vowed to fight.");
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got[0].text, "glow in the dark,");
  EXPECT_EQ(got[0].speaker, "Tom Hall");
}

TEST(QuotesNegative, ThingNamedByAParticipleIsNotSpokenBySomeone) {
  const auto got = quotes_of("She met resistance at the firm, proud of a corporate culture typically called “the open "
                             "way of working” among its engineers.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "");
  // an article may stand between the participle and the name; the thing is no speaker, and the sentence's own frame
  // decides
  EXPECT_EQ(speaker_of("Anna Berg slammed the tax loophole called an “inversion,” in which a company moves abroad.",
                       "inversion,"),
            "Anna Berg");
}

TEST(QuotesNegative, UnresolvedPronounNamesNoSpeaker) {
  const auto got = quotes_of("“We will not move,” he said.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "");
}

TEST(QuotesNegative, QuoteWithNoCueAndNoEarlierSpeakerNamesNobody) {
  const auto got = quotes_of("The bridge is closed.\n\n“Nobody can cross it now, and nobody knows when it will open.”");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "");
  EXPECT_EQ(got[0].rule, "none");
}

TEST(QuotesNegative, SentenceBeforeAboutAThingNamesNobody) {
  const auto got = quotes_of("The bridge closed in May.\n\n“Nobody can cross it now, and nobody knows when it will open.”");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "");
}

TEST(QuotesNegative, ALongParagraphAfterTheQuoteIsNoDashSignature) {
  const auto got = quotes_of("“We want the plant open.”\n\n- Tom Hall, who has worked at the plant for thirty years and "
                             "now leads the union, spoke later.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_NE(got[0].rule, "dash");
}

TEST(QuotesNegative, AnAdverbOrConjunctionBeforeAColonIsNoSpeaker) {
  for (const char* text : {"Earlier: “The vote is off.”", "But: “The vote is off.”"}) {
    const auto got = quotes_of(text);
    ASSERT_EQ(got.size(), 1u) << text;
    EXPECT_EQ(got[0].speaker, "") << text;
    EXPECT_EQ(got[0].rule, "none") << text;
  }
}

TEST(QuotesNegative, ADeterminerAloneIsNeverTheSpeakerItsNounPhraseIs) {
  // The reported clause "he taught law" comes first; the quote after it is the one this pins.
  const auto got = quotes_of("The president noted that he taught law, and added: “I know a little about this.”");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[1].text, "I know a little about this.");
  EXPECT_EQ(got[1].source, "The president");
}

TEST(QuotesNegative, QuoteMarksOnALineLinkingToAnotherArticleAreNoQuote) {
  EXPECT_TRUE(quotes_of("The vote is Monday.\n\nREAD MORE: Trump says Clinton is ‘a disgrace’ to the party\n\nThe "
                        "party met.")
                  .empty());
  EXPECT_TRUE(quotes_of("The vote is Monday.\n\nRelated: Clinton calls the plan “a costly fantasy”\n\nThe party met.")
                  .empty());
}

TEST(QuotesNegative, APronounSpeakingAQuoteIsNotThePersonTheQuoteNames) {
  auto got = quotes_of("Tom Hall spoke to reporters on Monday. “We will beat Donald Trump in November,” he said.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].source, "he");
  EXPECT_EQ(got[0].speaker, "Tom Hall");
  // With nobody else before the quote, the pronoun names no one rather than the person inside the quote.
  got = quotes_of("“We will beat Donald Trump in November,” he said.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "");
}

TEST(QuotesNegative, WordsInANounsSlotAreNoQuote) {
  EXPECT_TRUE(quotes_of("He relied on a “boys will be boys” defense at the hearing.").empty());
  EXPECT_TRUE(quotes_of("The board backed the “America First” agenda of the party.").empty());
}

TEST(QuotesNegative, WordsAfterTheClosingMarkThatOpenNoSpeakerAreNotTheSpeakersCue) {
  // a verb the quote is the subject of, a participle clause, a participle opening the next sentence, an aside
  for (const char* text : {"“We will all speak Chinese,” is one common saying here.",
                           "The mayor stood by his remark that “the city is safe,” refusing to apologise.",
                           "“He will keep going.” Asked what that might mean, Anna Berg said, “More rallies.”",
                           "She called him “kind.” (That said, she also noted, “He punches back.”)"}) {
    const auto got = quotes_of(text);
    ASSERT_FALSE(got.empty()) << text;
    EXPECT_NE(got[0].rule, "explicit-after-quote") << text;
    EXPECT_NE(got[0].source, "is one common") << text;
  }
  // a name spelled like an auxiliary still speaks
  const auto got = quotes_of("“We will win,” Will Estrada said.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "Will Estrada");
}

TEST(QuotesNegative, PassiveReportingVerbNamesNoSpeaker) {
  EXPECT_TRUE(quotes_of("The plan was endorsed by the council after a long debate on Monday.").empty());
}


TEST(QuotesNegative, AClauseOrAFragmentIsNeverTheSpeaker) {
  // What a participle introduces is what was said, not who said it; a phrase ending in "of" or "the" is cut short; a
  // phrase with "was" or "could be" is a clause.
  EXPECT_EQ(speaker_of("Anna Berg defended “New York values,” saying the city embodied the “bravery of America.”",
                       "bravery of America."),
            "Anna Berg");
  EXPECT_EQ(speaker_of("He accused the debate moderators of asking too many \"please attack Ted\" questions.",
                       "please attack Ted"),
            "");
  EXPECT_EQ(speaker_of("The spokesman refused to answer questions but said there was no telephone call planned with "
                       "her, adding: “If one is proposed we will consider it.”",
                       "If one is proposed we will consider it."),
            "The spokesman");
  EXPECT_EQ(speaker_of("Anna Berg, citing “the unique magic of Trump,” said the candidate could be in a strong position.",
                       "the unique magic of Trump,"),
            "Anna Berg");
  // a subject pronoun opening a longer phrase, and a participle with its preposition, are clauses
  EXPECT_EQ(speaker_of("They checked the Tribune–which keeps a running tally–and found there had been “3,000 shootings” "
                       "this year.",
                       "3,000 shootings"),
            "");
  EXPECT_EQ(speaker_of("The bias shows when looking at how the website rated this statement on June 11:\n\n“If you "
                       "look at this country, it is bad.”",
                       "If you look at this country, it is bad."),
            "");
}

TEST(QuotesNegative, ADateIsNeverTheSpeakerAndEndsNoSpeakersPhrase) {
  // the day between the subject and its verb is skipped, not taken for the speaker
  EXPECT_EQ(speaker_of("Anna Berg, feuding with her party this week, on Friday described her plan for a “big tent” "
                       "party.",
                       "big tent"),
            "Anna Berg");
  // The date closing a phrase is when the statement came, not who made it.
  const auto got = quotes_of("The town released a statement Wednesday saying the comments “are based on his opinion.”");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].source, "The town released a statement");
}

TEST(QuotesNegative, ACueInsideTheNextSentenceFramesThatSentenceNotTheQuote) {
  const std::string text =
      "“It is a very sad development,” Anna Berg told reporters. “This is the consequence of the campaign.” Gov. Tom "
      "Hall said he would have fired the manager.";
  EXPECT_EQ(speaker_of(text, "This is the consequence of the campaign."), "Anna Berg");
  const std::string aside =
      "“We are trying to show some mercy,” Tom Hall said. “We have done it before.” South Carolina, he said, was "
      "“where we have a chance.”";
  EXPECT_EQ(speaker_of(aside, "We have done it before."), "Tom Hall");
}

TEST(QuotesNegative, ANameModifyingTheNounThatEndsThePhraseIsNotTheSpeaker) {
  // "a Trump supporter", "Clinton aides": the noun speaks; the name only says whose
  const std::string text = "Anna Berg spoke on Monday. “Meh,” wrote a Berg supporter who runs the account.";
  EXPECT_EQ(speaker_of(text, "Meh,"), "a Berg supporter");
  // a verb closing the phrase leaves the name its subject
  EXPECT_EQ(speaker_of("Anna Berg spoke on Monday.\n\nAnd Ms. Berg gloated: “I told you he would not be ready.”",
                       "I told you he would not be ready."),
            "Anna Berg");
}

}  // namespace
}  // namespace newsmark
