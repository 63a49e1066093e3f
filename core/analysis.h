// The result of analysing one article: plain structs mirroring the newsmark/1 schema (../shared/DESIGN.md).
// Every offset is a UTF-16 code unit index into the input string, end exclusive.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsmark {

inline constexpr std::string_view kSchema = "newsmark/1";

struct Offsets {
  uint32_t start = 0, end = 0;
  bool operator==(const Offsets&) const = default;
};

enum class DctSource { Header, Dateline, Option };
struct Dct {
  std::string value;  // YYYY-MM-DD
  DctSource source = DctSource::Header;
  std::optional<Offsets> span;  // where it stands in the text; none when the caller gave it
  std::string label;  // what a reader sees: "Fri 7 Jan 2022"
};

enum class MentionKind { Name, Surname, Title, Pronoun };
struct PersonMention {
  Offsets at;
  MentionKind kind = MentionKind::Name;
};
enum class Gender { Unknown, Male, Female };
struct Person {
  std::string id;  // p1, p2, ... in order of first mention
  std::string name;
  Gender gender = Gender::Unknown;
  std::vector<std::string> titles;
  bool quoted = false;
  std::vector<PersonMention> mentions;
};

enum class QuoteKind { Direct, Partial, Embedded, Indirect };
// The sieve that attributed a quote; core/quotes/sieves.cpp lists them in the order they run, with their confidence.
enum class QuoteRule {
  None,
  EmbeddedPost,
  Transcript,
  ExplicitAfterQuote,
  PronounAfterQuote,
  ExplicitBeforeQuote,
  PronounBeforeQuote,
  Colon,
  Dash,
  ReportedFrame,
  Continuation,
  AccordingTo,
  PreviousSentence,
  SentenceSubject,
  ReportedSpeech,
  ReportedContent,
};
inline constexpr QuoteRule kLastQuoteRule = QuoteRule::ReportedContent;
struct Quote {
  Offsets at;
  QuoteKind kind = QuoteKind::Direct;
  std::string speaker;       // a person id, or empty for none
  std::string speaker_name;  // empty for none
  std::optional<Offsets> source, cue;
  QuoteRule rule = QuoteRule::None;
  double confidence = 0;
};

enum class CountryForm { Name, Alias, Demonym, Capital };
struct CountryMention {
  Offsets at;
  CountryForm form = CountryForm::Name;
};
struct Country {
  std::string iso;  // ISO 3166-1 alpha-2
  std::string name;
  std::vector<CountryMention> mentions;
};

enum class DateKind { Date, Time, Duration, Set };
enum class Granularity { None, Day, Week, Month, Quarter, Season, Year, Decade, Century };
struct DateMention {
  Offsets at;
  std::string value;  // TIMEX3-style; empty when it cannot be resolved
  DateKind kind = DateKind::Date;
  Granularity granularity = Granularity::None;
  bool relative = false;
  std::string order;  // numeric dates only: "dmy" or "mdy", the day/month order used; empty for other dates
  std::string label;  // what a reader sees: the value in words ("Fri 7 Aug 1998", "a few weeks"), never a code
};

struct Analysis {
  std::optional<Dct> dct;
  std::vector<Person> people;
  std::vector<Quote> quotes;
  std::vector<Country> countries;
  std::vector<DateMention> dates;
};

// The schema's spelling of each enumerated value, shared by the JSON writer and the JavaScript binding.
std::string_view name_of(DctSource);
std::string_view name_of(MentionKind);
std::string_view name_of(Gender);  // "" for unknown (null in the output)
std::string_view name_of(QuoteKind);
std::string_view name_of(QuoteRule);
std::string_view name_of(CountryForm);
std::string_view name_of(DateKind);
std::string_view name_of(Granularity);  // "" for none (null in the output)

}  // namespace newsmark
