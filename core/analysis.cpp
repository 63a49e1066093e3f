#include "analysis.h"
#include "util/small.h"

namespace newsmark {

std::string_view name_of(DctSource s) {
  switch (s) {
    case DctSource::Header: return "header";
    case DctSource::Dateline: return "dateline";
    case DctSource::Option: return "option";
  }
  return "";
}

std::string_view name_of(MentionKind k) {
  switch (k) {
    case MentionKind::Name: return "name";
    case MentionKind::Surname: return "surname";
    case MentionKind::Title: return "title";
    case MentionKind::Pronoun: return "pronoun";
  }
  return "";
}

std::string_view name_of(Gender g) {
  switch (g) {
    case Gender::Male: return "m";
    case Gender::Female: return "f";
    case Gender::Unknown: return "";
  }
  return "";
}

std::string_view name_of(QuoteKind k) {
  switch (k) {
    case QuoteKind::Direct: return "direct";
    case QuoteKind::Partial: return "partial";
    case QuoteKind::Embedded: return "embedded";
    case QuoteKind::Indirect: return "indirect";
  }
  return "";
}

std::string_view name_of(QuoteRule r) {
  switch (r) {
    case QuoteRule::None: return "none";
    case QuoteRule::EmbeddedPost: return "embedded-post";
    case QuoteRule::Transcript: return "transcript";
    case QuoteRule::ExplicitAfterQuote: return "explicit-after-quote";
    case QuoteRule::PronounAfterQuote: return "pronoun-after-quote";
    case QuoteRule::ExplicitBeforeQuote: return "explicit-before-quote";
    case QuoteRule::PronounBeforeQuote: return "pronoun-before-quote";
    case QuoteRule::Colon: return "colon";
    case QuoteRule::Dash: return "dash";
    case QuoteRule::ReportedFrame: return "reported-frame";
    case QuoteRule::Continuation: return "continuation";
    case QuoteRule::AccordingTo: return "according-to";
    case QuoteRule::PreviousSentence: return "previous-sentence";
    case QuoteRule::SentenceSubject: return "sentence-subject";
    case QuoteRule::ReportedSpeech: return "reported-speech";
    case QuoteRule::ReportedContent: return "reported-content";
  }
  return "";
}

std::string_view name_of(CountryForm f) {
  switch (f) {
    case CountryForm::Name: return "name";
    case CountryForm::Alias: return "alias";
    case CountryForm::Demonym: return "demonym";
    case CountryForm::Capital: return "capital";
  }
  return "";
}

std::string_view name_of(DateKind k) {
  switch (k) {
    case DateKind::Date: return "date";
    case DateKind::Time: return "time";
    case DateKind::Duration: return "duration";
    case DateKind::Set: return "set";
  }
  return "";
}

std::string_view name_of(Granularity g) {
  switch (g) {
    case Granularity::Day: return "day";
    case Granularity::Week: return "week";
    case Granularity::Month: return "month";
    case Granularity::Quarter: return "quarter";
    case Granularity::Season: return "season";
    case Granularity::Year: return "year";
    case Granularity::Decade: return "decade";
    case Granularity::Century: return "century";
    case Granularity::None: return "";
  }
  return "";
}

}  // namespace newsmark

#include "util/small_end.h"
