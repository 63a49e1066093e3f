// One table of cases per entry of the attribution table (core/quotes/attribute.cpp), in its run order: each case names
// the sieve that must decide, the source it must point at and the speaker a reader is shown.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "newsmark.h"
#include "quotes_helpers.h"

namespace newsmark {
namespace {

using testing_quotes::quotes_of;

struct Case {
  std::string text;
  std::string quote;    // the quote's span
  std::string source;   // the mention next to the cue
  std::string speaker;  // speakerName, "" for none
};

SieveInfo sieve_named(std::string_view name) {
  for (const auto& s : attribution_sieves())
    if (s.name == name) return s;
  ADD_FAILURE() << "no sieve " << name;
  return {};
}

// Every case of `sieve`: the quote is found, with the sieve's rule and confidence (a pronoun's capped), source, speaker.
void expect_sieve(std::string_view name, const std::vector<Case>& cases) {
  const auto sieve = sieve_named(name);
  for (const auto& c : cases) {
    bool seen = false;
    for (const auto& q : quotes_of(c.text)) {
      if (q.text != c.quote) continue;
      seen = true;
      std::string rule(name_of(sieve.rule));
      double confidence = sieve.confidence;
      if (q.source == "he" || q.source == "she" || q.source == "they" || q.source == "who") {
        if (rule == "explicit-after-quote") rule = "pronoun-after-quote";
        if (rule == "explicit-before-quote") rule = "pronoun-before-quote";
        confidence = std::min(confidence, 0.75);
      }
      EXPECT_EQ(q.rule, rule) << c.text;
      EXPECT_DOUBLE_EQ(q.confidence, confidence) << c.text;
      EXPECT_EQ(q.source, c.source) << c.text;
      EXPECT_EQ(q.speaker, c.speaker) << c.text;
    }
    EXPECT_TRUE(seen) << "no quote '" << c.quote << "' in: " << c.text;
  }
}

// The text holds one quote, and the speaker a reader is shown for it is `speaker` ("" for none).
void expect_one_speaker(const std::string& text, const std::string& speaker) {
  const auto got = quotes_of(text);
  ASSERT_EQ(got.size(), 1u) << text;
  EXPECT_EQ(got[0].speaker, speaker) << text;
}

TEST(QuoteSieves, TableRunsInTheOrderDocumentedAndEndsWithTheThreshold) {
  std::vector<std::string> names;
  for (const auto& s : attribution_sieves()) names.emplace_back(s.name);
  const std::vector<std::string> want = {
      "embedded_post", "transcript", "cue_after_quote", "speaker_cue_after_quote", "apposition_cue_after_quote",
      "cue_before_quote", "cue_paragraph_before", "subject_paragraph_before", "headline_name_colon",
      "name_colon_mid_sentence", "short_subject_colon", "sentence_subject_colon", "dash_after", "dash_line_after",
      "name_dash_before", "speech_noun_before", "passive_agent", "speech_frame_before", "report_frame_before", "speech_frame_after",
      "name_verb_after_quote", "verb_name_after_quote", "signature", "pieces", "according_to",
      "adjacent", "previous_sentence", "subject_of_quote_sentence", "clause_subject_of_quote",
      "subject_sentence_before", "pronoun_speaker", "threshold",
      "reported_speech", "reported_content"};
  EXPECT_EQ(names, want);
}

TEST(QuoteSieves, UnresolvedPronounStandsForTheSpeakerOfTheQuoteBefore) {
  // "He" keeps its place as the source; the speaker is the name the earlier quote's cue gave.
  expect_sieve("pronoun_speaker",
               {{"“We lose elections,” Graham said. “It is about the rhetoric,” he added.", "It is about the rhetoric,",
                 "he", "Graham"},
                {"“We are ready,” the minister said.\n\n“It will be hard,” she said.", "It will be hard,", "she",
                 "the minister"},
                // with no quote before, a name opening the sentence before, written as a name mid-sentence
                {"In his speech, Hall struck a defiant tone. “We will never surrender,” he declared.",
                 "We will never surrender,", "he", "Hall"}});
  // a capitalised word that only ever opens sentences is no name
  expect_one_speaker("Nobody came.\n\nCome and see the hall. “It will be hard,” she said.", "");
  // a pronoun with no quote before it in reach stays unresolved
  expect_one_speaker("Nobody came.\n\nThe hall was empty.\n\nThe rain fell.\n\n“It will be hard,” she said.", "");
}

TEST(QuoteSieves, EmbeddedPostIsSignedByItsAuthor) {
  expect_sieve("embedded_post",
               {{"The mayor posted on Monday.\n\nWe are opening the new bridge today. Come and see it!\n\n— Anna Berg "
                 "(@annaberg) May 3, 2022\n\nThe bridge opened.",
                 "We are opening the new bridge today. Come and see it!", "Anna Berg", "Anna Berg"}});
}

TEST(QuoteSieves, TranscriptTurnNamesItsSpeaker) {
  expect_sieve("transcript", {{"\"WALLACE: Do you support the plan?\"", "Do you support the plan?", "WALLACE", "WALLACE"}});
}

TEST(QuoteSieves, CueRightAfterTheClosingMark) {
  expect_sieve("cue_after_quote",
               {{"“We will not move,” Anna Berg said.", "We will not move,", "Anna Berg", "Anna Berg"},
                {"\"We will not move,\" said Anna Berg.", "We will not move,", "Anna Berg", "Anna Berg"},
                {"Anna Berg spoke first. “We will not move,” she said.", "We will not move,", "she", "Anna Berg"},
                // repeated or mixed end punctuation closes the utterance as one mark does
                {"Anna Berg spoke first. “We won the vote!!!” Berg wrote in an email.", "We won the vote!!!", "Berg",
                 "Anna Berg"},
                {"“Are you serious?!” Anna Berg asked.", "Are you serious?!", "Anna Berg", "Anna Berg"},
                // after an inverted cue, the name set off after a description names who speaks
                {"“It is a scandal,” said Labour's health spokesman, Tom Hall.", "It is a scandal,", "Tom Hall",
                 "Tom Hall"},
                {"“I feel terrible,” said the tourist, Anna Berg, 37.", "I feel terrible,", "Anna Berg", "Anna Berg"}});
  // "went on", past an earlier speaker's quote
  expect_sieve("speaker_cue_after_quote",
               {{"“It happens,” Anna Berg said. “You have to get over it,” Tom Hall went on.", "You have to get over it,",
                 "Tom Hall", "Tom Hall"}});
}

TEST(QuoteSieves, SpeakerPhraseThenCueAfterTheQuote) {
  expect_sieve("speaker_cue_after_quote",
               {{"“Who pays for this?” a narrator in the new advertisement asks.", "Who pays for this?",
                 "a narrator in the new advertisement", "a narrator in the new advertisement"},
                // a regular form the verb list leaves out (mostly a noun elsewhere) ending its clause, or before a
                // preposition that sets where
                {"“Tom Hall said so,” Anna Berg said. “They know she is strong enough,” a voice-over in the ad states.",
                 "They know she is strong enough,", "a voice-over in the ad", "a voice-over in the ad"},
                {"“Tom Hall said so,” Anna Berg said. “The kingdom leads the fight,” the ministers state in the paper.",
                 "The kingdom leads the fight,", "the ministers", "the ministers"},
                // a capitalised closed-class word straight before the verb is a surname
                {"Al From spoke first. “The circumstances are changed,” From said.", "The circumstances are changed,",
                 "From", "From"}});
  // a lower-case preposition after the mark opens an adverbial, and the speaker comes after it
  expect_one_speaker("“We won,” for example, Anna Berg said.", "Anna Berg");
}

TEST(QuoteSieves, ADefiniteDescriptionIsThePersonItDescribedBefore) {
  expect_sieve("cue_after_quote",
               {{"Anna Berg, 45, a nurse from Ohio, spoke first. “We are ready,” the nurse said.", "We are ready,",
                 "the nurse", "Anna Berg"},
                {"Tom Hall, an emergency-room nurse, spoke first. “We are full,” said the nurse.", "We are full,",
                 "the nurse", "Tom Hall"},
                // a clause after the noun, and a capitalised noun (a party)
                {"Tom Hall, a nurse who works nights, spoke first. “We are full,” said the nurse.", "We are full,",
                 "the nurse", "Tom Hall"},
                {"Senator Tom Hall, a Democrat from Ohio, spoke first. “We need action,” the Democrat said.",
                 "We need action,", "the Democrat", "Tom Hall"},
                // an age set off by commas after the name
                {"Anna Berg, 45, spoke first. “We are ready,” the 45-year-old said.", "We are ready,",
                 "the 45-year-old", "Anna Berg"},
                // an apposition with "the" that closes, and modifiers the description repeats
                {"Tom Hall, the Republican front-runner, spoke first. “We are ready,” the front-runner said.",
                 "We are ready,", "the front-runner", "Tom Hall"},
                {"Tom Hall, the Republican front-runner, spoke first. “We are ready,” the Republican front-runner "
                 "said.",
                 "We are ready,", "the Republican front-runner", "Tom Hall"}});
  // a modifier the apposition lacks tells another person ("the Florida senator" is not "the Vermont senator")
  expect_one_speaker("Tom Hall, the Vermont senator, spoke. “We will win,” the Florida senator said.",
                     "the Florida senator");
  // "…, the" opening a subject with its verb is no apposition
  expect_one_speaker("After wooing voters turned off by Tom Hall, the campaign has moved on. “We are ready,” the "
                     "campaign said.",
                     "the campaign");
  // a description nobody was introduced with names no one
  expect_one_speaker("Anna Berg spoke first. “We are ready,” the nurse said.", "the nurse");
  // nor does a noun that only modified another ("a Fed governor" introduces no one as "the Fed")
  expect_one_speaker("Anna Berg, a Fed governor, spoke. “Rates stay,” the Fed said.", "the Fed");
}

TEST(QuoteSieves, APhraseAPossessiveOpensIsWhomThePossessorHasNotThePossessor) {
  expect_sieve("cue_after_quote",
               {{"Omar Haddad, 41, was among the dead. “He was kind,” his childhood friend told reporters.",
                 "He was kind,", "his childhood friend", "his childhood friend"},
                {"Omar Haddad was among the dead. “He was kind,” said his best friend at school.", "He was kind,",
                 "his best friend", "his best friend"},
                // a person named in the phrase is its head
                {"Omar Haddad was among the dead. “He was kind,” said his friend Anna Berg.", "He was kind,",
                 "his friend Anna Berg", "Anna Berg"}});
  // "Scott's relatives": the same for a possessive 's
  expect_one_speaker("Tom Scott died on Monday. “We are devastated,” Scott's relatives said.", "Scott's relatives");
}

TEST(QuoteSieves, APronounStandsForTheRelativeNamedInAnApposition) {
  // "his wife, Jane," is a woman mentioned after the man, and "she" is her
  expect_one_speaker("Bernie Sanders spoke in Ohio. Later, his wife, Jane, spoke too. “Shutting people out is "
                     "not smart,” she said.",
                     "Jane");
  expect_one_speaker("Hillary Clinton spoke. Donald Trump arrived with his wife Melania. “We are thrilled,” she said.",
                     "Melania");
}

TEST(QuoteSieves, NameBeforeAnAppositionThenCue) {
  expect_sieve("apposition_cue_after_quote",
               {{"“The rules are clear,” Tom Hall, the attorney general of the state, said.", "The rules are clear,",
                 "Tom Hall", "Tom Hall"},
                {"“The rules are clear,” Will Estrada, a spokesman, said.", "The rules are clear,", "Will Estrada",
                 "Will Estrada"},
                // an -s form after the apposition's comma with a name for its object is the verb, not a plural noun
                {"“Yes, I back her,” Tom Hall, founder of the center, tells Channel Four.", "Yes, I back her,",
                 "Tom Hall", "Tom Hall"},
                // after a description, the name in the apposition
                {"Tom Hall lost his job. “He was a good man,” his father, Darrin, said.", "He was a good man,", "Darrin",
                 "Darrin"},
                // a name's possessive opens a description too
                {"“It's over,” Labour's campaign manager, Anna Berg, wrote in a memo.", "It's over,", "Anna Berg",
                 "Anna Berg"}});
  // a clause after the quote is no speaker, though a cue follows its comma
  const auto got = quotes_of("Anna Berg spoke. “They feel like a bad mom.” Employees treated well stay, and although it "
                             "costs money, the plan pays, she says.");
  ASSERT_FALSE(got.empty());
  EXPECT_NE(got[0].source, "Employees treated well stay");
}

TEST(QuoteSieves, ANounLikeVerbFormRightAfterTheClosingMarkIsTheCue) {
  expect_sieve("cue_after_quote",
               {{"“The delegate problems stem from two issues,” writes Nate Silver.",
                 "The delegate problems stem from two issues,", "Nate Silver", "Nate Silver"},
                {"“The tax is working,” claims Anna Berg in the report.", "The tax is working,", "Anna Berg",
                 "Anna Berg"},
                // before any name, "and" joins the words describing the one speaker
                {"“The plant will stay open,” said oil and gas worker Jane Doe.", "The plant will stay open,",
                 "oil and gas worker Jane Doe", "Jane Doe"},
                // a definite description names the person introduced with that title
                {"Tom Hall, the mayor, spoke first. “We are ready,” the mayor said.", "We are ready,", "the mayor",
                 "Tom Hall"},
                {"Maria Lindqvist, a professor of economics, studies the fleet. “The quotas are too low,” the professor "
                 "said.",
                 "The quotas are too low,", "the professor", "Maria Lindqvist"},
                // a hyphen or slash joins the words of the speaker's phrase
                {"“They are wrong,” said 9/11 widow Terry Strada.", "They are wrong,", "9/11 widow Terry Strada",
                 "Terry Strada"},
                {"“Donald is an amazing leader,” said the 46-year-old.", "Donald is an amazing leader,",
                 "the 46-year-old", "the 46-year-old"}});
}

TEST(QuoteSieves, AVerbOfSayingOpeningTheSentenceBeforeANameIsInverted) {
  expect_sieve("cue_before_quote",
               {{"The home was renovated. Said Poynter: “We were all so proud of him.”", "We were all so proud of him.",
                 "Poynter", "Poynter"},
                // an aside between the name and the mark stays out of the speaker
                {"The home was renovated. Said Dorothy Poynter, who grew up with him, “We were all so proud of him.”",
                 "We were all so proud of him.", "Dorothy Poynter", "Dorothy Poynter"}});
  // a participle opening a clause of its own is no inverted verb
  expect_one_speaker("The home was renovated. Asked Poynter, “Were you proud of him?”", "");
}

TEST(QuoteSieves, CueRightBeforeTheOpeningMark) {
  expect_sieve("cue_before_quote",
               {{"The minister told reporters: “There is no deal.”", "There is no deal.", "The minister", "The minister"},
                // a quote a colon introduced and its own end mark closed: the name and verb after it are the next
                // sentence's, and a manner adverb after an aside stands inside the verb
                {"Anna Berg, exasperated, famously responded: “What difference does it make?” Her critics said it was "
                 "callous.",
                 "What difference does it make?", "Anna Berg", "Anna Berg"},
                // a noun naming a work heads a subject, and an -s form before a determiner is its verb
                {"The movie depicts one of the contractors asking, “For what?”", "For what?", "The movie",
                 "The movie"},
                // a conjunction and an adverb before a name and its verb open no adverbial
                {"And then Anna Berg went fully on the attack, saying, “Is he going to resign?”",
                 "Is he going to resign?", "Anna Berg", "Anna Berg"},
                // a cue ending in a particle before a content word is another verb ("goes on recess")
                {"By contrast, Anna Berg said that once the council goes on recess, “I will travel.”", "I will travel.",
                 "Anna Berg", "Anna Berg"},
                // a count opens the subject as a determiner does, rounded or not
                {"Outside the hall, about 200 students gathered, chanting “No fees.”", "No fees.", "about 200 students",
                 "about 200 students"},
                {"Many students gathered, chanting “No fees.”", "No fees.", "Many students", "Many students"},
                // a verb right before the marks inside a clause an earlier verb of saying reports: the outer reporter
                {"At one point, Tom Hall said the executives were calling “every 15 minutes.”", "every 15 minutes.",
                 "Tom Hall", "Tom Hall"},
                {"When asked about it, Anna Berg said she expected that voters will say “no” to the plan.", "no",
                 "Anna Berg", "Anna Berg"},
                // a verb of retort with its particle
                {"Anna Berg shot back, “I could have stayed home.”", "I could have stayed home.", "Anna Berg",
                 "Anna Berg"},
                {"Freddy circled it as his friends jeered, “Goodbye!”", "Goodbye!", "his friends", "his friends"},
                {"Anna Berg said, “We are ready.”", "We are ready.", "Anna Berg", "Anna Berg"},
                // adverbs and auxiliaries between the speaker and the cue, in any order
                {"Anna Berg, who was off-screen, then loudly asked, “Really?”", "Really?", "Anna Berg", "Anna Berg"},
                {"The guards were shouting, “Get out now.”", "Get out now.", "The guards", "The guards"},
                // a restrictive relative clause between the subject and its cue
                {"A White House official who spoke anonymously said Wednesday, “There are talks.”", "There are talks.",
                 "who", "A White House official"},
                // a cue that opens the next quote after one that ended its sentence belongs to the next one
                {"Tom Hall wrote to her: “Why now?” Anna Berg then writes back, “You look cute.”", "Why now?",
                 "Tom Hall", "Tom Hall"},
                // a closed-class adverb between the subject and a verb form that could be a noun
                {"Anna Berg then writes back, “You look cute.”", "You look cute.", "Anna Berg", "Anna Berg"},
                // a speech verb's lemma after a modal and adverbs, right before the quote's colon
                {"The schedule was so odd that a spokesman for Anna Berg could only quip: “Christmas was booked.”",
                 "Christmas was booked.", "a spokesman for Anna Berg", "Anna Berg"},
                // a speech verb's form the list leaves out, right before the colon that introduces the quote
                {"The crowd cheers, and then Anna Berg continues: “We will win.”", "We will win.", "Anna Berg",
                 "Anna Berg"},
                // an inverted cue with no speaker before it: the name after it, up to the mark
                {"Because of the schedule, explained Anna Berg, “It is over by March.”", "It is over by March.",
                 "Anna Berg", "Anna Berg"},
                {"In other words, asked the moderator Anna Berg: “What does that have to do with it?”",
                 "What does that have to do with it?", "the moderator Anna Berg", "Anna Berg"},
                // a few words before a comma open the sentence: the subject follows them
                {"Hours later, Tom Hall returned the compliment, telling Reuters, “He is an amazing man.”",
                 "He is an amazing man.", "Tom Hall", "Tom Hall"},
                {"Back in 1999, Tom Hall praised her skills, telling a reporter: “I wish I could be like that.”",
                 "I wish I could be like that.", "Tom Hall", "Tom Hall"},
                // a participle after a comma shares a subject a name's possessive opens
                {"Berg’s campaign shrugged off the comments, telling reporters, “Nobody asked.”", "Nobody asked.",
                 "Berg’s campaign", "Berg’s campaign"},
                // a participle of saying right after a verb's object shares that verb's subject too
                {"The senator emailed supporters saying: “The struggle continues.”", "The struggle continues.",
                 "The senator", "The senator"},
                // and after a name that "to", "in", "on" or "at" takes: where the words went, not who speaks them
                {"Anna Berg wrote in a statement to Wired explaining her choice, “Most voters agree.”",
                 "Most voters agree.", "Anna Berg", "Anna Berg"},
                {"Anna Berg responded to the question on Facebook writing, “Yes, I will.”", "Yes, I will.", "Anna Berg",
                 "Anna Berg"},
                {"Minutes later, the campaign issued a statement saying, “We meant the voters.”", "We meant the voters.",
                 "the campaign", "the campaign"},
                // an -ly word before a preposition opens an adverbial clause that ends at its comma
                {"Shortly after the call ended, Berg’s campaign issued a statement saying, “We owe nothing.”",
                 "We owe nothing.", "Berg’s campaign", "Berg’s campaign"},
                // a phrase after "with" is the participle's own subject
                {"Tom Hall and his backers tried to tie her to the mayor, with one of his ads asking, “Is she free?”",
                 "Is she free?", "one of his ads", "one of his ads"},
                // after a clause a subordinating conjunction opened, the participle shares that clause's subject
                {"The first incident came during a speech, when Tom Hall interrupted her, shouting “She wins, we "
                 "lose!”",
                 "She wins, we lose!", "Tom Hall", "Tom Hall"},
                // an infinitive of saying: the name before "to", unless a preposition takes it
                {"Tom Hall took to Twitter to announce: “We will win.”", "We will win.", "Tom Hall", "Tom Hall"},
                {"The protests led the reporter Anna Berg to ask, “Is it over?”", "Is it over?", "Anna Berg",
                 "Anna Berg"},
                // else the sentence's subject, when no punctuation sets the infinitive apart from it
                {"Sen. Anna Berg interrupted me in mid-sentence to announce, “We will win.”", "We will win.",
                 "Sen. Anna Berg", "Anna Berg"}});
}

TEST(QuoteSieves, AnInfinitiveAfterItOrThereNamesNoSpeaker) {
  for (const auto& q : quotes_of("It was too early to say, “We will win.”")) EXPECT_EQ(q.speaker, "") << q.text;
}

TEST(QuoteSieves, NameBeforeStackedDescriptionsThenCueBeforeTheQuote) {
  expect_sieve("cue_before_quote",
               {// an age between commas before the description
                {"Anna Berg, 31, a freelance photographer, said, “We are ready.”", "We are ready.", "Anna Berg",
                 "Anna Berg"},
                // two descriptions, the first with a preposition
                {"Anna Berg, a professor at Uppsala, one of the bill’s authors, said, “We are ready.”", "We are ready.",
                 "Anna Berg", "Anna Berg"},
                // a relative clause, a title with its full stop and a parenthesis inside the descriptions
                {"Anna Berg, a professor at Uppsala who once worked for Sen. Tom Hall (D-Vt.), one of the bill’s "
                 "authors, said, “We are ready.”",
                 "We are ready.", "Anna Berg", "Anna Berg"},
                // an opening adverbial before a long description
                {"Just last week, Anna Berg, the editor at large of a weekly newspaper that serves farmers across the "
                 "northern half of the country, wrote, “We are ready.”",
                 "We are ready.", "Anna Berg", "Anna Berg"},
                // an aside a preposition opens, with a place and its state, after a one-word name
                {"Berg, during a town hall meeting in Columbus, Ohio, said, “We are ready.”", "We are ready.", "Berg",
                 "Berg"},
                // a parenthesis after the name, an abbreviation before a comma, a cue inside a relative clause
                {"Rep. Anna Berg (D-Vt.), chair of the platform committee of the party, said, “We are ready.”",
                 "We are ready.", "Rep. Anna Berg", "Anna Berg"},
                {"Anna Berg, D-Vt., a member of the committee, said, “We are ready.”", "We are ready.", "Anna Berg",
                 "Anna Berg"},
                {"Anna Berg, an oncologist who advised the governor on the health care overhaul, said, “We are "
                 "ready.”",
                 "We are ready.", "Anna Berg", "Anna Berg"},
                // a description opening the sentence stays the speaker when no name stands before it
                {"The senator, a Republican from Ohio, said, “We are ready.”", "We are ready.", "The senator",
                 "The senator"}});
}

TEST(QuoteSieves, CueEndingTheParagraphBeforeWithAColon) {
  expect_sieve("cue_paragraph_before",
               {{"Anna Berg said on Monday:\n\n“We are ready for the vote and we will win it.”",
                 "We are ready for the vote and we will win it.", "Anna Berg", "Anna Berg"},
                // an -s form before the colon is the verb, not a plural noun
                {"It was a turning point, as the foundation website notes:\n\n“In the fall of 1960, they met.”",
                 "In the fall of 1960, they met.", "the foundation website", "the foundation website"}});
}

TEST(QuoteSieves, AVerbOfSayingOrReportingAnywhereInTheSentenceEndingTheParagraphWithAColon) {
  expect_sieve("cue_paragraph_before",
               {{"The foundation describes itself in the following way:\n\n“We work ourselves out of a job.”",
                 "We work ourselves out of a job.", "The foundation", "The foundation"},
                {"Here is what the committee said about its inclusion of the group in the latest draft of its "
                 "platform:\n\n“The platform goes further than ever.”",
                 "The platform goes further than ever.", "the committee", "the committee"}});
  // the words before such a colon are the quote's frame, not reported speech
  for (const auto& q : quotes_of("The committee said about its inclusion of the group in the draft:\n\n“It is done.”"))
    EXPECT_NE(q.kind, "indirect");
}

TEST(QuoteSieves, PersonIntroducingTheNextParagraphWithAColon) {
  expect_sieve("subject_paragraph_before",
               {{"In July, Anna Berg made the following comment:\n\n“We are ready for the vote and we will win it.”",
                 "We are ready for the vote and we will win it.", "Anna Berg", "Anna Berg"}});
}

TEST(QuoteSieves, HeadlineNameAndColon) {
  expect_sieve("headline_name_colon",
               {{"Anna Berg: Council's Plan 'Reeks of Fear'\n\nThe council met on Monday.", "Reeks of Fear", "Anna Berg",
                 "Anna Berg"},
                // a title and a role before the name
                {"Dr. Anna Berg: Tom Hall ‘Not Fit To Serve As Mayor.’\n\nThe council met on Monday.",
                 "Not Fit To Serve As Mayor.", "Dr. Anna Berg", "Anna Berg"},
                {"Council Challenger Anna Berg: Recall the Mayor, ‘Stop the Plan at the Door.’\n\nThe council met.",
                 "Stop the Plan at the Door.", "Council Challenger Anna Berg", "Anna Berg"}});
  // a kicker before the colon names no one, as it credits no headline claim
  const auto got = quotes_of("The Latest: Hall delivers defense of ‘New Salem values.’\n\nThe council met on Monday.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].source, "");
  EXPECT_EQ(got[0].speaker, "");
}

TEST(QuoteSieves, NameSetApartByADashBeforeAColon) {
  expect_sieve("name_colon_mid_sentence",
               {{"The polls agree - Anna Berg: “Keep calling voters until the end.”", "Keep calling voters until the end.",
                 "Anna Berg", "Anna Berg"},
                {"What it means for the vote — Sen. Maria Lopez: “The state starts from its history.”",
                 "The state starts from its history.", "Sen. Maria Lopez", "Maria Lopez"},
                // two names, and a newsletter's "More from"
                {"POLLS NOT WRONG - Anna Berg and Tom Hall: “The polls were early.”", "The polls were early.",
                 "Anna Berg and Tom Hall", "Tom Hall"},
                {"What it means for the vote - More from Berg: “The state starts from its history.”",
                 "The state starts from its history.", "Berg", "Berg"}});
}

TEST(QuoteSieves, ShortSubjectAndColon) {
  expect_sieve("short_subject_colon",
               {{"Anna Berg: “We are ready for the vote.”", "We are ready for the vote.", "Anna Berg", "Anna Berg"},
                {"Maria Lopez, a nurse from Philadelphia: “We want the plant open.”", "We want the plant open.",
                 "Maria Lopez", "Maria Lopez"}});
}

TEST(QuoteSieves, SentenceSubjectIntroducingWithAColon) {
  expect_sieve("sentence_subject_colon",
               {{"With his party worried about the polls, Tom Hall is rolling out a new message: “We deliver on our promises.”",
                 "We deliver on our promises.", "Tom Hall", "Tom Hall"}});
}

TEST(QuoteSieves, DashSignatureAfterTheQuote) {
  expect_sieve("dash_after", {{"Water is life. “Protect it.” — Maria Lopez", "Protect it.", "Maria Lopez", "Maria Lopez"}});
  // words a verb of saying frames in their own sentence belong to that frame; the dash signs the story
  expect_one_speaker("Anna Berg insisted that her party was “still the first force.”--Tom Hall.", "Anna Berg");
}

TEST(QuoteSieves, NameRightBeforeADashInASentenceAboutSaying) {
  expect_sieve("name_dash_before",
               {{"Several senators have said the same, including the former candidate Anna Berg -- “It is wrong.”",
                 "It is wrong.", "Anna Berg", "Anna Berg"}});
  // a description before the dash is someone spoken of, not who speaks: "the governor - “my new best friend”"
  const auto got = quotes_of("Anna Berg met Tom Hall, the governor. Anna Berg beamed and asked the crowd to welcome the "
                             "governor - “my new best friend.”");
  ASSERT_FALSE(got.empty());
  EXPECT_NE(got.back().rule, "dash");
}

TEST(QuoteSieves, DashSignatureOnALineOfItsOwnAfterTheQuotesParagraph) {
  expect_sieve("dash_line_after",
               {{"Voters spoke.\n\n“The whole idea is something we hear about all the time.”\n\n– Maria Lopez, "
                 "Philadelphia.\n\nThe rally ended.",
                 "The whole idea is something we hear about all the time.", "Maria Lopez", "Maria Lopez"},
                {"Voters spoke.\n\n“We want the plant open.”\n\n-Tom Hall\n\nThe rally ended.", "We want the plant open.",
                 "Tom Hall", "Tom Hall"}});
}

TEST(QuoteSieves, PossessorOfANounNamingWhatWasSaid) {
  expect_sieve("speech_noun_before",
               {{"The union will not endorse her after Anna Berg’s March comment that, “We will close the mines.”",
                 "We will close the mines.", "Anna Berg", "Anna Berg"},
                {"Anna Berg spoke first. Tom Hall stood by his remark Monday that “the city is safe,” and left.",
                 "the city is safe,", "his", "Tom Hall"},
                // a word that is also a verb is the noun after a possessor
                {"The site checked Anna Berg’s claim that there have been “thousands of shootings” in the city.",
                 "thousands of shootings", "Anna Berg", "Anna Berg"},
                // a form of "be" may link the noun to its content; a determiner may open the possessor
                {"Anna Berg spoke. Berg’s response was: “Is the shop open on Sunday?” It was not.",
                 "Is the shop open on Sunday?", "Berg", "Anna Berg"},
                {"The Florida senator’s answer was that “the family is the most important institution,” so it goes.",
                 "the family is the most important institution,", "The Florida senator", "The Florida senator"},
                // the noun inside a clause an earlier verb of saying reports: the outer reporter
                {"Spokeswoman Anna Berg said Thursday that Hall’s claim that the vote was rigged is “simply not true.”",
                 "simply not true.", "Spokeswoman Anna Berg", "Anna Berg"}});
  // what someone calls the words is no content of theirs
  expect_one_speaker("Tom Hall called Anna Berg’s comments “racially toxic.”", "Tom Hall");
}

TEST(QuoteSieves, AgentAfterAPassiveVerbOfSayingOrNaming) {
  expect_sieve("passive_agent",
               {{"Republicans faced criticism for the inquiry, often labeled as a “witch hunt” by Democrats, and it "
                 "went on.",
                 "witch hunt", "Democrats", "Democrats"},
                {"This feature of the movement has been called \"strategic ambiguity\" by Anna Berg, a professor.",
                 "strategic ambiguity", "Anna Berg", "Anna Berg"},
                {"The plan was described as “a disgrace” by the mayor on Monday.", "a disgrace", "the mayor", "the mayor"},
                // someone's people: a possessive before a noun
                {"She was proud of a culture typically called “the open way of working” by its staff.",
                 "the open way of working", "its staff", "its staff"},
                // the agent of a passive verb of saying earlier in the sentence puts the question
                {"Tom Hall was asked by the host Anna Berg, who is a friend, “Did you say that, or not?”",
                 "Did you say that, or not?", "the host Anna Berg", "Anna Berg"}});
}

TEST(QuoteSieves, SpeechVerbFramingAPartialQuoteBeforeIt) {
  expect_sieve("speech_frame_before",
               {{"Ms Holm said there was “no justification” for the raid.", "no justification", "Ms Holm", "Holm"},
                // an -s form after an apposition is the verb when a "that" clause follows, past where it was written
                {"Anna Berg, a professor at the university, writes in The Atlantic that Tom Hall shows \"a low "
                 "agreeableness\" in public.",
                 "a low agreeableness", "Anna Berg", "Anna Berg"},
                // a dateline is where the story was filed, not the sentence's subject
                {"Washington (AFP) – Democrat Anna Berg has taken a swipe at the plan, saying that “bombastic comments” "
                 "do harm.",
                 "bombastic comments", "Democrat Anna Berg", "Anna Berg"},
                // a short prepositional phrase after the auxiliary stands inside the verb, not before it
                {"Anna Berg, who has in the past described the plan as “a costly fantasy,” spoke.", "a costly fantasy,",
                 "who", "Anna Berg"},
                // a participle after the one a verb of telling addresses shares the teller's subject
                {"“We are old friends,” Anna Berg told Tom Hall, noting that they “have talked for six years.”",
                 "have talked for six years.", "Anna Berg", "Anna Berg"},
                // a verb coordinated with "and" shares the subject of the clause a subordinator opened
                {"The worry was underscored Wednesday when Senator Anna Berg of Ohio lamented the “sad” mood and criticized the "
                 "“identity politics” of the race.",
                 "identity politics", "Senator Anna Berg", "Anna Berg"},
                // or a comma and a conjunction
                {"A group of students called for a boycott, and the Berg Foundation denounced the plan and said it "
                 "would “redirect” its gifts.",
                 "redirect", "the Berg Foundation", "the Berg Foundation"},
                // a verb coordinated with "and" shares the subject pronoun of the clause before it
                {"Anna Berg criticised him. For that she drew Tom Hall’s ire - he called her \"weak\" and said she had "
                 "\"zero support\" in the state.",
                 "zero support", "he", "Tom Hall"},
                // words quoted inside a reported clause are the reporter's: the outermost verb of saying
                {"Rep. Anna Berg said Tom Hall called on members to be “closely coordinated.”", "closely coordinated.",
                 "Rep. Anna Berg", "Anna Berg"},
                // a weekday after the verb says when, not who: the participle shares the verb's subject
                {"“We don't know yet,” Anna Berg said Tuesday, adding that “more tests are needed.”",
                 "more tests are needed.", "Anna Berg", "Anna Berg"},
                // the outermost verb's subject may be a name the people stage does not list: a lone given name
                {"Bob said he began calling groups and making an effort to \"help get eyes up,\" a reference to drones.",
                 "help get eyes up,", "Bob", "Bob"},
                // unless punctuation parts that verb from the quote: the nearest frame decides
                {"While not everything Tom Hall says is true, Anna Berg said he is “telling them what they want.”",
                 "telling them what they want.", "Anna Berg", "Anna Berg"},
                // a clause a subordinating word opens with its subject and verb frames the quote inside it first
                {"“It is misleading,” Tom Hall tweeted after Anna Berg argued again that “we would not have rescued "
                 "the industry.”",
                 "we would not have rescued the industry.", "Anna Berg", "Anna Berg"},
                {"There were sharper words, such as when Tom Hall knocked Anna Berg and called her a “moderate,” "
                 "a dig.",
                 "moderate,", "Tom Hall", "Tom Hall"},
                // a preposition with no clause after it opens none: "went after Anna Berg, calling her"
                {"Tom Hall went after Anna Berg on Wednesday, calling her plan “disqualifying” for the job.",
                 "disqualifying", "Tom Hall", "Tom Hall"},
                // the subject after an opening adverbial, and a noun phrase opened by a determiner
                {"Speaking at a town hall in Salem, the governor went after his rival, calling him “a total stiff.”",
                 "a total stiff.", "the governor", "the governor"},
                // a place in the adverbial runs past its own comma ("Salem, New Hampshire,")
                {"Speaking at a town hall in Salem, New Hampshire, Anna Berg went after her rival, calling him “a total "
                 "stiff.”",
                 "a total stiff.", "Anna Berg", "Anna Berg"},
                {"Speaking in Des Moines, Iowa, Tom Hall went after his rival, calling him “weak.”", "weak.", "Tom Hall",
                 "Tom Hall"},
                {"At a conference in Aspen, Colo., the graduate ended her speech by saying she was “grateful.”",
                 "grateful.", "the graduate", "the graduate"},
                // the subject pronoun of the clause a conjunction opened before the participle
                {"Tom Hall spoke. Hall avoided the term, though last week he used stronger words, saying the group "
                 "\"must be destroyed.\"",
                 "must be destroyed.", "he", "Tom Hall"},
                {"Anna Berg spoke. “It works,” Berg says, but she cautions that she sees “two sides to it.”",
                 "two sides to it.", "she", "Anna Berg"},
                {"Earlier in the week, Anna Berg called for an inquiry, saying the case was “a disgrace.”", "a disgrace.",
                 "Anna Berg", "Anna Berg"},
                // every form of a speech verb listed by its forms ("labeling")
                {"Former Gov. Anna Berg, for her part, is labeling the actions “a blatant abuse of power.”",
                 "a blatant abuse of power.", "Former Gov. Anna Berg", "Anna Berg"},
                // a form that is often a noun is the verb when "that" follows it
                {"Dan McAdams, a psychology professor, writes that Trump shows “sky-high extroversion” daily.",
                 "sky-high extroversion", "Dan McAdams", "Dan McAdams"},
                {"The billionaire businessman began by talking about the crisis, saying that heroin is now “cheaper than "
                 "getting candy.”",
                 "cheaper than getting candy.", "The billionaire businessman", "The billionaire businessman"},
                // a name that is also a function word: capitalised after a capitalised word, it is the name's
                {"Last week, George Will described Trump as a “caricature of democracy” in his column.",
                 "caricature of democracy", "George Will", "George Will"},
                {"From the “coarse effusion” in Iowa to his call for a federal “deportation force,” Will described "
                 "Trump as a “caricature of democracy.”",
                 "caricature of democracy.", "Will", "Will"}});
}

TEST(QuoteSieves, ATimeAdverbialBetweenTheSubjectAndTheVerbIsNoPartOfTheSubject) {
  expect_sieve("speech_frame_before",
               {{"Anna Berg (D-Ohio) last week said Tom Hall was not the author of any “secret” plan.", "secret",
                 "Anna Berg", "Anna Berg"},
                {"Anna Berg late Sunday told reporters the plan was “dead on arrival” in the House.", "dead on arrival",
                 "Anna Berg", "Anna Berg"},
                {"Tom Hall, who has been feuding with the party, on Friday described the plan as a “big tent” for all.",
                 "big tent", "Tom Hall", "Tom Hall"},
                // a word in capitals is a name's, not a day's
                {"USA TODAY reported that the plan was “dead on arrival” in the House.", "dead on arrival", "USA TODAY",
                 "USA TODAY"}});
  expect_sieve("report_frame_before",
               {// a day dating a participle that describes the subject stays with it
                {"A poll released Tuesday showed the senator was “very popular” in the state.", "very popular", "A poll",
                 "A poll"}});
}

TEST(QuoteSieves, AFrameInARelativeClauseClosedBeforeTheQuoteFramesNothing) {
  // ", which some have argued was a ploy, was …": the relative clause ends at the comma before the sentence's own verb,
  // so the quote after it is the outer frame's.
  expect_sieve("speech_frame_before",
               {{"Anna Berg said that the plan, which some have argued was a ploy, was an “insult” to the voters.",
                 "insult", "Anna Berg", "Anna Berg"}});
}

TEST(QuoteSieves, AClauseOpeningTheSentenceFramesNothingInTheMainClause) {
  // "While X proclaims …, Y fixates on the “…”": X's verb is inside the opening clause; the main clause's subject
  // speaks, through the sentence-subject sieve.
  expect_sieve("subject_of_quote_sentence",
               {{"After former Gov. Tom Hall criticized her during a debate, Anna Berg shot down the “cookies” line.",
                 "cookies", "Anna Berg", "Anna Berg"}});
  // "As X put it, “…”": a quote that is all the main clause has is framed by the opening clause.
  expect_sieve("cue_before_quote", {{"As Tom Hall put it, “We will win.”", "We will win.", "Tom Hall", "Tom Hall"}});
}

TEST(QuoteSieves, ReportingVerbFramingAPartialQuote) {
  expect_sieve("report_frame_before",
               {{"Anna Berg dismissed the plan as “a costly fantasy” on Monday.", "a costly fantasy", "Anna Berg",
                 "Anna Berg"},
                {"Anna Berg thanked him for “stepping up when the council would not.”",
                 "stepping up when the council would not.", "Anna Berg", "Anna Berg"},
                // words quoted inside a relative clause set off by commas: the verb after it is the main clause's
                {"Anna Berg, who estimates that her costs were “in the seven figures,” described the impact.",
                 "in the seven figures,", "who", "Anna Berg"},
                // a relative pronoun stands for the noun phrase before it, not the verb that takes that phrase
                {"Anna Berg began by slamming candidates who think they can “outsource” leadership.", "outsource",
                 "who", "candidates"},
                // verbs of praise report what they praise
                {"In January, Gov. Anna Berg lauded Tom Hall in her address for developing “new ideas.”", "new ideas.",
                 "Gov. Anna Berg", "Anna Berg"},
                {"Anna Berg credited him for “an inspiring campaign.”", "an inspiring campaign.", "Anna Berg",
                 "Anna Berg"}});
}

TEST(QuoteSieves, SpeechFrameAfterThePartialQuote) {
  expect_sieve("speech_frame_after",
               {{"Anna Berg spoke first. There was “no justification” for the raid, she said.", "no justification", "she",
                 "Anna Berg"},
                // a quote holding sentences of its own: the frame is in the sentence its closing mark ends
                {"“It works,” Anna Berg said. Earlier nominees “were stiff. They were not fun” by comparison, Tom Hall "
                 "said.",
                 "were stiff. They were not fun", "Tom Hall", "Tom Hall"}});
}

TEST(QuoteSieves, NameAndAnyFiniteVerbAfterTheQuoteBeatContinuation) {
  expect_sieve("name_verb_after_quote",
               {{"“We will not move,” Anna Berg said. “Go back to your seat,” Tom Hall shrugged.",
                 "Go back to your seat,", "Tom Hall", "Tom Hall"},
                {"“Nobody leaves this room tonight,” Tom Hall grinned.", "Nobody leaves this room tonight,", "Tom Hall", "Tom Hall"},
                // a described name, and a phrasal verb with "back"
                {"“We will not move,” Anna Berg said. “The city will always be ours,” an angry Lopez retaliated.",
                 "The city will always be ours,", "Lopez", "Lopez"},
                {"“We will not move,” Anna Berg said. “You moved twice,” Lopez lashed back with a laugh.",
                 "You moved twice,", "Lopez", "Lopez"}});
}

TEST(QuoteSieves, AnyFiniteVerbInvertedBeforeANameAfterTheQuoteBeatsContinuation) {
  expect_sieve("verb_name_after_quote",
               {{"“We will not move,” Anna Berg said.\n\n“This is fantastic!” beamed Tom Hall of Madison, who came early.",
                 "This is fantastic!", "Tom Hall", "Tom Hall"},
                {"“We will not move,” Anna Berg said.\n\n“Analysts said no,” remembered Tom Hall, the former spokesman.",
                 "Analysts said no,", "Tom Hall", "Tom Hall"}});
  // a verb and its object are no inverted speaker
  const auto got = quotes_of("“We will not move,” Anna Berg said. “Go home right now,” greeted Tom Hall’s supporters.");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_NE(got[1].rule, "explicit-after-quote");
}

TEST(QuoteSieves, SignatureSignsTheParagraphsEarlierQuotes) {
  expect_sieve("signature", {{"“We won the vote.” And that is all we wanted. “We will win again.” — Maria Lopez", "We won the vote.", "Maria Lopez",
                              "Maria Lopez"}});
}

TEST(QuoteSieves, PiecesOfOneQuoteAcrossParagraphsShareTheSpeaker) {
  expect_sieve("pieces", {{"“We will not move from this place while the council refuses to talk,\n\n“and we will be "
                           "back tomorrow,” Anna Berg said.",
                           "We will not move from this place while the council refuses to talk,", "Anna Berg",
                           "Anna Berg"}});
}

TEST(QuoteSieves, AccordingToInTheQuotesSentence) {
  expect_sieve("according_to", {{"The plan is “a costly fantasy,” according to Anna Berg.", "a costly fantasy,",
                                  "Anna Berg", "Anna Berg"},
                                 // a document's author speaks through it
                                 {"The numbers are “very bad,” according to a memo by campaign chief Tom Hall.",
                                  "very bad,", "campaign chief Tom Hall", "Tom Hall"}});
}

TEST(QuoteSieves, AdjacentQuoteWithNoCueContinuesTheSpeaker) {
  expect_sieve("adjacent", {{"“We will not move,” Anna Berg said. “Never.”", "Never.", "Anna Berg", "Anna Berg"},
                            // a quote closed by a full stop ends its sentence: the name and verb after it open the
                            // next one and are no cue
                            {"“We will win,” said Tom Hall. “No doubt about it.” Anna Berg disagreed.",
                             "No doubt about it.", "Tom Hall", "Tom Hall"},
                            {"“We will not move,” Anna Berg said.\n\n“Not this year, not next year.”",
                             "Not this year, not next year.", "Anna Berg", "Anna Berg"},
                            // the same speaker opening a sentence between the quotes is the source
                            {"“We will build a wall,” Tom Hall added. He then had a question for the crowd. “Who is "
                             "going to pay for it?”",
                             "Who is going to pay for it?", "He", "Tom Hall"},
                            // "it" after a quote stands for what the sentence before was about
                {"Still, the city council opposed an increase. “Keep the tax in place,” it recommended. “Review it "
                 "later.”",
                 "Review it later.", "it", "the city council"},
                // words inside an earlier quote are no frame's subject: "I" in “I know” is nobody's
                            {"“I know,” said voter Anna Berg of Derry, before the event, a “No-B.S.” barbecue hosted "
                             "by Tom Hall. “Some sort of amnesty, I think, is part of his plan.”",
                             "Some sort of amnesty, I think, is part of his plan.", "voter Anna Berg of Derry",
                             "Anna Berg"},
                            // a cue opening the next sentence with a determiner reports that sentence's own content
                            {"“We will not move,” Anna Berg said. “It is our land.” Tom Hall said both sides were "
                             "tired.",
                             "It is our land.", "Anna Berg", "Anna Berg"}});
}

TEST(QuoteSieves, PreviousSentencesFrameContinuesIntoAQuote) {
  expect_sieve("previous_sentence",
               {{"The vote was close, Anna Berg said after the count. “We need to talk to everyone.”",
                 "We need to talk to everyone.", "Anna Berg", "Anna Berg"},
                // a speaker of another's in a clause joined by "and" after the last quote's frame, not the last speaker
                {"“Tell her I said hello,” Anna Berg said, and her husband cut in. “Do not forget me.”",
                 "Do not forget me.", "her husband", "her husband"}});
}

TEST(QuoteSieves, ANameLookingLikeAParticipleBeforeTheCueIsTheSpeaker) {
  expect_sieve("speaker_cue_after_quote", {{"“Tell her I said hello,” Ebeling said.", "Tell her I said hello,",
                                            "Ebeling", "Ebeling"}});
}

TEST(QuoteSieves, PersonTheQuotesSentenceIsAboutWhenNoFrameNamesOne) {
  expect_sieve("subject_of_quote_sentence",
               {{"Anna Berg left a town in which people “literally hate each other” over taxes.",
                 "literally hate each other", "Anna Berg", "Anna Berg"},
                // a name the people stage does not know yet: every word capitalised, none a function word
                {"The actors spoke. Moore ended the night with “a song for the people of Flint.”",
                 "a song for the people of Flint.", "Moore", "Moore"},
                // an apposition between the person and the verb
                {"Anna Berg, the head of the refugee agency (UNHCR), reacted coolly to the deal, “We are concerned.”",
                 "We are concerned.", "Anna Berg", "Anna Berg"},
                // the stops of a title and initials stay inside the name
                {"U.S. District Judge Anna J. Berg pondered who might “testify for our innocence.”",
                 "testify for our innocence.", "U.S. District Judge Anna J. Berg", "Anna J. Berg"}});
}

TEST(QuoteSieves, TheSubjectOfAPassiveVerbOfSayingIsNotTheSpeaker) {
  expect_one_speaker("In an interview on Wednesday, Anna Berg was asked, “What is the most dangerous place?”", "");
}

TEST(QuoteSieves, NounPhraseTheQuotesSentenceIsAboutWhenItIsNoPerson) {
  expect_sieve("clause_subject_of_quote",
               {// the verb taken into the noun phrase right before the mark is split off
                {"The ad claims “the mayor is the one you can trust.”", "the mayor is the one you can trust.", "The ad",
                 "The ad"},
                // and before a second determiner
                {"The new ad targets a “rigged system that keeps the rich in place.”",
                 "rigged system that keeps the rich in place.", "The new ad", "The new ad"},
                // a comparison after the head ends the phrase ("less than a week ago")
                {"The State Department less than a week ago called it “top secret.”", "top secret.",
                 "The State Department", "The State Department"}});
}

TEST(QuoteSieves, PersonTheSentenceBeforeIsAboutWhenAQuoteOpensWithNoFrame) {
  expect_sieve("subject_sentence_before",
               {{"Buddy Valastro praised the governor's leadership after the storm.\n\n“We need someone who brings "
                 "people together.”",
                 "We need someone who brings people together.", "Buddy Valastro", "Buddy Valastro"},
                {"Anna Berg walked to the podium. “Thank you all for coming tonight.”",
                 "Thank you all for coming tonight.", "Anna Berg", "Anna Berg"},
                // an opening participle clause with a relative clause of its own
                {"Asked about the plan, which he has not introduced, Anna Berg pointed to the votes.\n\n“It is a bit "
                 "concerning to me.”",
                 "It is a bit concerning to me.", "Anna Berg", "Anna Berg"},
                // a lone name that an apposition follows opens the sentence
                {"Berg, the party’s new chair, walked to the podium. “Thank you all for coming tonight.”",
                 "Thank you all for coming tonight.", "Berg", "Berg"},
                // a pronoun that stands for a person
                {"Tom Hall helps after school. He shrugs about the future. \"Maybe I will take it over. Maybe not.\"",
                 "Maybe I will take it over. Maybe not.", "He", "Tom Hall"}});
}

TEST(QuoteSieves, ThresholdKeepsTheSourceButNamesNoSpeakerForAnUnresolvedPronoun) {
  const auto got = quotes_of("“We will not move,” she said.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].rule, "pronoun-after-quote");
  EXPECT_EQ(got[0].source, "she");
  EXPECT_EQ(got[0].speaker, "");
  EXPECT_DOUBLE_EQ(got[0].confidence, 0.3);
}

TEST(QuoteSieves, ReportedSpeechAndReportedContentCarryTheirTableConfidence) {
  const auto speech = quotes_of("Anna Berg said the council would vote on the plan next week.");
  ASSERT_EQ(speech.size(), 1u);
  EXPECT_EQ(speech[0].rule, "reported-speech");
  EXPECT_DOUBLE_EQ(speech[0].confidence, sieve_named("reported_speech").confidence);
  const auto content = quotes_of("The report found that the council had spent too much on the bridge.");
  ASSERT_EQ(content.size(), 1u);
  EXPECT_EQ(content[0].rule, "reported-content");
  EXPECT_DOUBLE_EQ(content[0].confidence, sieve_named("reported_content").confidence);
}

}  // namespace
}  // namespace newsmark
