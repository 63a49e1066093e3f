#include "quotes/source.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <string_view>
#include <variant>

#include "lexicon/function_words.h"
#include "quotes/cues.h"
#include "util/small.h"

namespace newsmark::quotes {
namespace {

constexpr uint32_t kMaxPhrase = 8;

bool is_word(const text::Document& doc, uint32_t t) {
  const auto k = doc.tokens[t].kind;
  // The apostrophe of a plural possessive ("the students’ union") joins its word.
  if (k == text::TokenKind::Punct && doc.word(t) == "'" && !doc.tokens[t].has(text::kSpaceBefore) && t > 0 &&
      doc.tokens[t - 1].kind == text::TokenKind::Word)
    return true;
  // The full stop of an initial or a short title joins it: "Laurence H. Tribe", "Mr. Clarke".
  if (k == text::TokenKind::Punct && doc.word(t) == "." && !doc.tokens[t].has(text::kSpaceBefore) && t > 0 &&
      doc.tokens[t - 1].kind == text::TokenKind::Word && doc.tokens[t - 1].has(text::kCapitalized) &&
      doc.word(t - 1).size() <= 4 && t + 1 < doc.tokens.size() && doc.tokens[t + 1].has(text::kCapitalized))
    return true;
  // A hyphen or slash inside a word joins it: "the 46-year-old", "9/11 widow Terry Strada".
  if (k == text::TokenKind::Punct && (doc.word(t) == "-" || doc.word(t) == "/") && !doc.tokens[t].has(text::kSpaceBefore) && t > 0 &&
      t + 1 < doc.tokens.size() && !doc.tokens[t + 1].has(text::kSpaceBefore) &&
      doc.tokens[t + 1].kind != text::TokenKind::Punct)
    return true;
  return k == text::TokenKind::Word || k == text::TokenKind::Possessive || k == text::TokenKind::Handle ||
         (k == text::TokenKind::Number && t > 0);
}

}  // namespace

uint32_t skip_parenthesis_back(const text::Document& doc, uint32_t end, uint32_t floor) {
  if (end <= floor || doc.word(end - 1) != ")") return end;
  for (uint32_t k = end - 1; k-- > floor && end - k <= kMaxPhrase;)
    if (doc.word(k) == "(") return k;
  return end;
}

namespace {

// A word inside a noun phrase opened by a determiner: not a verb of saying or reporting, an auxiliary, a closed-class
// word that ends the phrase, or a past form after the phrase's first word ("The judge pointed").
bool noun_phrase_word(const text::Document& doc, uint32_t t, bool first) {
  if (!is_word(doc, t) || doc.tokens[t].kind == text::TokenKind::Possessive) return false;
  if (doc.tokens[t].has(text::kCapitalized) || doc.tokens[t].kind == text::TokenKind::Number) return true;
  constexpr uint32_t kEnds = lexicon::kBe | lexicon::kAuxiliary | lexicon::kConjunction | lexicon::kRelative |
                             lexicon::kPreposition | lexicon::kAdverb | lexicon::kPronoun;
  const auto w = doc.folded_word(t);
  // A noun naming a work ("the movie", "his book") heads a phrase like any other noun.
  const auto role = frame_word(doc, t);
  if (lexicon::is_function(w, kEnds) || (role != FrameWord::None && role != FrameWord::Work) || cue_length(doc, t) ||
      report_verb(doc, t).tokens)
    return false;
  return first || !is_past_form(w);
}

// A word that opens an adverbial before the subject: a clause boundary, a preposition, a sentence adverb, or a
// participle ("Speaking", "Reached").
bool opens_adverbial(const text::Document& doc, uint32_t t) {
  if (frame_word(doc, t) == FrameWord::Boundary) return true;
  if (doc.tokens[t].kind != text::TokenKind::Word) return false;
  const auto w = doc.folded_word(t);
  // "About 200 protesters gathered, chanting": a rounded count opens the subject.
  if (t + 1 < doc.tokens.size() && doc.tokens[t + 1].kind == text::TokenKind::Number &&
      lexicon::is_function(w, lexicon::kApproximate))
    return false;
  // "Shortly after the call ended, …", "Early on Tuesday, …": an -ly word before a preposition is an adverb.
  const bool adverb_before_preposition = w.size() > 4 && w.ends_with("ly") && t + 1 < doc.tokens.size() &&
                                         lexicon::is_function(doc.folded_word(t + 1), lexicon::kPreposition);
  return lexicon::is_function(w, lexicon::kPreposition | lexicon::kAdverb) || is_participle(w) ||
         is_past_form(w) || adverb_before_preposition;
}

bool stops(const text::Document& doc, uint32_t t) {
  return !is_word(doc, t) || frame_word(doc, t) == FrameWord::Boundary || cue_length(doc, t) > 0;
}

// The first token of the sentence that holds token t (0 before the first sentence).
uint32_t sentence_begin(const text::Document& doc, uint32_t t) { return doc.sentence_at(t).begin; }

// A full stop that ends no sentence inside a description: an initial or short title ("Sen. Lamar Alexander"), or an
// abbreviation closing a parenthesis or before a comma ("(R-Tenn.)", "Rand Paul, R-Ky., told").
bool inner_stop(const text::Document& doc, uint32_t k) {
  if (doc.word(k) != "." || k == 0 || doc.tokens[k].has(text::kSpaceBefore)) return false;
  const auto next = k + 1 < doc.tokens.size() ? doc.word(k + 1) : std::string_view{};
  return is_word(doc, k) || next == ")" || (next == "," && doc.tokens[k - 1].has(text::kCapitalized));
}

// The end of the name closing the phrase [start, comma) when the phrase is one, else 0.
uint32_t name_before_comma(const text::Document& doc, uint32_t start, uint32_t comma) {
  const uint32_t e = skip_parenthesis_back(doc, comma, start);  // "Rep. Elijah Cummings (D-Md.),"
  if (e <= start || e - start > kMaxPhrase) return 0;
  for (uint32_t t = start; t < e; ++t)
    if (!is_word(doc, t)) return 0;
  return doc.tokens[e - 1].has(text::kCapitalized) ? e : 0;
}

// "Megan Hester, senior associate for … at the Annenberg Institute, said": walks back from the comma before the cue
// over a long apposition or relative clause to the sentence's start and returns the end of the name that opens it
// (the first comma), or 0 when the opening phrase is not a name. An opening adverbial before the name is stepped
// over ("Just last week, J.J. Goldberg, editor at large of …, wrote").
uint32_t long_apposition(const text::Document& doc, uint32_t comma, uint32_t floor) {
  floor = std::max(floor, sentence_begin(doc, comma));
  uint32_t start = comma;
  while (start > floor && comma - start < kLongApposition) {
    const uint32_t k = start - 1;
    const auto w = doc.word(k);
    // A cue stops the walk unless a relative clause holds it ("an oncologist who advised Obama").
    const bool cue = cue_length(doc, k) && !(k > floor && lexicon::is_function(doc.folded_word(k - 1), lexicon::kRelative));
    if (((w == "." && !inner_stop(doc, k)) || w == ";" || w == ":" || w == "?" || w == "!" || w == "\"" || cue ||
         (w == "'" && doc.tokens[k].has(text::kSpaceBefore))))
      break;
    --start;
  }
  if (start > floor && comma - start >= kLongApposition) return 0;
  bool prep = false;  // a preposition opens the sentence, past its conjunctions ("And on Tuesday, …")
  while (start < comma && doc.tokens[start].kind == text::TokenKind::Word &&
         frame_word(doc, start) == FrameWord::Boundary)
    prep = prep || linking_preposition(doc, start), ++start;
  prep = prep || linking_preposition(doc, start);
  if (start < comma && start > floor && doc.word(start) == ",") ++start;  // "However, Jill A. Martin, …"
  auto next_comma = [&](uint32_t from) {
    while (from < comma && doc.word(from) != ",") ++from;
    return from;
  };
  const uint32_t first_comma = next_comma(start);
  if (first_comma == comma) return 0;
  // An adverbial opens the sentence when its words name nobody, when a preposition opens it even though a name ends
  // it ("In a series of posts Sunday,"), or when it is one word ("Moreover,"); "Even Lindsey Graham," is a name.
  const uint32_t name_end = name_before_comma(doc, start, first_comma);
  const bool adverbial = (prep || opens_adverbial(doc, start)) && (!name_end || prep || first_comma == start + 1);
  if (!adverbial) return name_end;
  return name_before_comma(doc, first_comma + 1, next_comma(first_comma + 1));
}

// "WASHINGTON —", "Washington (AFP) –", "LONDON, Dec 3 (Reuters) -": a dateline opening the sentence is where the
// story was filed, not its subject; the sentence starts after its dash. Capitals or an agency in brackets tell it from
// a name and an aside ("Anna Berg – a nurse – said").
uint32_t past_dateline(const text::Document& doc, uint32_t t, uint32_t end) {
  uint32_t k = t;
  bool caps = true;
  while (k < end && k - t < kMaxPhrase && (doc.tokens[k].has(text::kCapitalized) || doc.word(k) == "," ||
                                           doc.tokens[k].kind == text::TokenKind::Number || doc.word(k) == "."))
    caps = caps && (doc.tokens[k].kind != text::TokenKind::Word || doc.tokens[k].has(text::kAllCaps)), ++k;
  if (k == t) return t;
  bool agency = false;
  if (k < end && doc.word(k) == "(") {
    while (k < end && doc.word(k) != ")" && k - t < 2 * kMaxPhrase) ++k;
    agency = k < end;
    ++k;
  }
  if (!(caps || agency) || k >= end || !is_dash(doc.word(k))) return t;
  return k + 1;
}

}  // namespace

bool reduced_passive(const text::Document& doc, uint32_t cue, uint32_t n) {
  const uint32_t by = cue + n;
  return by + 1 < doc.tokens.size() && doc.folded_word(by) == "by" && !is_participle(doc.folded_word(cue)) &&
         (doc.tokens[by + 1].has(text::kCapitalized) || determiner(doc.folded_word(by + 1)));
}

bool subordinator(const text::Document& doc, uint32_t t) {
  const uint32_t f = lexicon::function_word(doc.folded_word(t));
  return (f & lexicon::kConjunction) && !(f & (lexicon::kCoordinating | lexicon::kContent));
}

Phrase sentence_subject(const text::Document& doc, uint32_t end, uint32_t floor) {
  uint32_t t = std::max(floor, sentence_begin(doc, end));
  while (t < end && t - floor < 4 && (doc.word(t) == "\"" || doc.word(t) == "'")) ++t;
  t = past_dateline(doc, t, end);
  // An opening adverbial ends at its comma: "In July, …", "After the debate, …", "Earlier in the week, …", "Speaking
  // at a town hall, …", "Reached by phone, …".
  bool adverbial = false;  // an opening adverbial ended at its comma
  // "And then Trump went on the attack, saying …": conjunctions and adverbs before a name and its verb open no
  // adverbial; the name is the subject, whatever comma comes later.
  {
    uint32_t k = t;
    while (k < end && k - t < 3 && doc.tokens[k].kind == text::TokenKind::Word &&
           lexicon::is_function(doc.folded_word(k), lexicon::kAdverb | lexicon::kCoordinating))
      ++k;
    uint32_t e = k;
    while (e < end && e - k < 4 && doc.tokens[e].has(text::kCapitalized)) ++e;
    if (k > t && e > k && e < end && doc.tokens[e].kind == text::TokenKind::Word &&
        !doc.tokens[e].has(text::kCapitalized) &&
        !lexicon::function_word(doc.folded_word(e)))
      t = k;
  }
  if (t < end && opens_adverbial(doc, t)) {
    uint32_t c = t;
    while (c < end && c - t < kAppositionReach && doc.word(c) != ",") ++c;
    if (c < end && doc.word(c) == "," && frame_word(doc, t + 1) != FrameWord::Pronoun) {
      t = c + 1;
      adverbial = true;
      // "Asked about the plan, which he has not introduced, Clinton pointed to …": a relative clause on the
      // adverbial's noun ends at its own comma.
      if (t < end && lexicon::is_function(doc.folded_word(t), lexicon::kRelative)) {
        uint32_t r = t + 1;
        while (r < end && r - t < kAppositionReach && doc.word(r) != ",") ++r;
        if (r < end && doc.word(r) == ",") t = r + 1;
      }
    } else {
      // "On September 27 they published …": without a comma, a pronoun after the adverbial is the subject.
      uint32_t p = t + 1;
      while (p < end && p - t < kMaxPhrase && frame_word(doc, p) != FrameWord::Pronoun && is_word(doc, p)) ++p;
      t = p < end && frame_word(doc, p) == FrameWord::Pronoun ? p : t + 1;
    }
  }
  // "Speaking at a town hall in Salem, New Hampshire, Trump went after Bush", "At a conference in Aspen, Colo., the
  // graduate ended": a place ends the adverbial past its own comma when it is an abbreviated state after a town, or
  // when a pronoun, or a name and its verb, follow it.
  if (adverbial && t < end) {
    uint32_t e = t;
    while (e < end && e - t < 4 && (doc.tokens[e].has(text::kCapitalized) || (e > t && inner_stop(doc, e)))) ++e;
    if (e > t && e + 1 < end && doc.word(e) == ",") {
      uint32_t n = e + 1;
      while (n < end && n - e <= 4 && doc.tokens[n].has(text::kCapitalized)) ++n;
      const bool verb_follows = n > e + 1 && n < end && doc.tokens[n].kind == text::TokenKind::Word &&
                                !lexicon::function_word(doc.folded_word(n));
      // "Aspen, Colo.,": an abbreviated state after a capitalised town.
      const bool state = t >= 2 && doc.tokens[t - 2].has(text::kCapitalized) && inner_stop(doc, e - 1);
      if (state || frame_word(doc, e + 1) == FrameWord::Pronoun || verb_follows) t = e + 1;
    }
  }
  // A lone opening word before a comma is an adverb: "Once, I laughed", "Still, Trump said"; so are a few words in
  // lower case after it: "Hours later, Trump returned", "Two days ago, she said".
  {
    uint32_t c = t + 1;
    while (c < end && c - t <= 3 &&
           ((doc.tokens[c].kind == text::TokenKind::Word && !doc.tokens[c].has(text::kCapitalized)) ||
            doc.tokens[c].kind == text::TokenKind::Number))  // "Back in 1999, Mr. Trump expressed"
      ++c;
    // "Christie, New Jersey’s governor, repeated": a lone word that an apposition follows is the name it describes.
    const auto apposition_follows = [&] {
      if (c != t + 1 || lexicon::function_word(doc.folded_word(t)) || doc.folded_word(t).ends_with("ly")) return false;
      for (uint32_t k = c + 1; k < end && k - c <= kMaxPhrase && is_word(doc, k); ++k)
        if (doc.word(k + 1) == ",") return true;
      return false;
    };
    if (c + 1 < end && doc.word(c) == "," &&
        (frame_word(doc, c + 1) == FrameWord::Pronoun || doc.tokens[c + 1].has(text::kCapitalized) ||
         determiner(doc.folded_word(c + 1))) &&
        !apposition_follows())
      t = c + 1;
  }
  if (t >= end) return {};
  if (frame_word(doc, t) == FrameWord::Pronoun) return {t, t + 1, true};
  if (doc.folded_word(t) == "it") return {t, t + 1, false};  // an organisation named before: "Meanwhile, it attacked"
  // "The billionaire businessman began", "A federal lawsuit was filed": a determiner opens a noun phrase that runs to
  // its verb.
  // The end of the noun phrase whose words start at `head`: "The movie depicts one of …", "The ad targets a …": an -s
  // form before a determiner or a count is the verb.
  const auto noun_phrase_end = [&](uint32_t head) {
    const auto verb = [&](uint32_t e) {
      if (e == head || e + 1 >= end || !doc.word(e).ends_with("s")) return false;
      return doc.tokens[e + 1].kind == text::TokenKind::Number ||
             lexicon::is_function(doc.folded_word(e + 1), lexicon::kDeterminer | lexicon::kQuantifier);
    };
    uint32_t e = head;
    while (e < end && e - t < kMaxPhrase && noun_phrase_word(doc, e, e == head) && !verb(e)) ++e;
    return e;
  };
  if (determiner(doc.folded_word(t))) {
    const uint32_t e = noun_phrase_end(t + 1);
    return e > t + 1 ? Phrase{t, e, false} : Phrase{};
  }
  // "About 200 protesters gathered", "Many voters said": a count opens a noun phrase as a determiner does.
  const bool rounded = t + 1 < end && doc.tokens[t + 1].kind == text::TokenKind::Number &&
                       lexicon::is_function(doc.folded_word(t), lexicon::kApproximate);
  if (rounded || doc.tokens[t].kind == text::TokenKind::Number ||
      lexicon::is_function(doc.folded_word(t), lexicon::kQuantifier)) {
    const uint32_t head = t + (rounded ? 2 : 1);
    if (const uint32_t e = noun_phrase_end(head); e > head) return Phrase{t, e, false};
  }
  uint32_t e = t;
  // "Mr. Trump": the stop of a title or an initial stays inside the name.
  while (e < end && e - t < 12 &&
         (doc.tokens[e].has(text::kCapitalized) || doc.tokens[e].kind == text::TokenKind::Possessive ||
          (e > t && e + 1 < end && inner_stop(doc, e) && doc.tokens[e + 1].has(text::kCapitalized))))
    ++e;
  // "Ryan’s campaign shrugged off …": a name's possessive opens a noun phrase that runs to its verb.
  if (e > t + 1 && doc.tokens[e - 1].kind == text::TokenKind::Possessive) {
    const uint32_t head = e;
    while (e < end && e - head < 3 && noun_phrase_word(doc, e, e == head)) ++e;
    return e > head ? Phrase{t, e, false} : Phrase{};
  }
  if (e == t || !doc.tokens[e - 1].has(text::kCapitalized)) return {};
  return {t, e, false};
}

namespace {
// The subject of the clause that the word at `opener` opens, read up to `end`: a name or a determined noun phrase
// that ends before `end` (not a pronoun, which the callers look for their own way).
std::optional<Phrase> clause_subject(const text::Document& doc, uint32_t opener, uint32_t end) {
  const Phrase clause = sentence_subject(doc, end, opener + 1);
  if (clause.empty() || clause.pronoun || clause.end >= end) return std::nullopt;
  if (!doc.tokens[clause.begin].has(text::kCapitalized) && !determiner(doc.folded_word(clause.begin))) return std::nullopt;
  return clause;
}
}  // namespace

namespace {
// How far back the description's introduction may stand, in tokens (a few paragraphs of news).
constexpr uint32_t kDescriptionReach = 400;

// "the 45-year-old said": the person whose name an age set off by commas followed ("Anna Berg, 45,"), or -1.
int32_t person_of_age(const text::Document& doc, const std::vector<int32_t>& token_person, const Phrase& p) {
  constexpr std::string_view kSuffix = "-year-old";
  const std::string_view norm(doc.norm.s);
  const auto rest = norm.substr(doc.tokens[p.begin + 1].begin, doc.tokens[p.end - 1].end - doc.tokens[p.begin + 1].begin);
  if (doc.tokens[p.begin + 1].kind != text::TokenKind::Number || !rest.ends_with(kSuffix)) return -1;
  const auto age = doc.word(p.begin + 1);
  if (rest.size() != age.size() + kSuffix.size()) return -1;
  for (uint32_t t = p.begin; t-- > 2 && p.begin - t < kDescriptionReach;)
    if (doc.word(t) == age && doc.word(t - 1) == "," && t + 1 < doc.tokens.size() && doc.word(t + 1) == "," &&
        token_person[t - 2] >= 0)
      return token_person[t - 2];
  return -1;
}
}  // namespace

int32_t described_person(const text::Document& doc, const std::vector<int32_t>& token_person, const Phrase& p) {
  if (p.pronoun || p.end < p.begin + 2 || doc.folded_word(p.begin) != "the") return -1;
  if (const int32_t aged = person_of_age(doc, token_person, p); aged >= 0) return aged;
  if (p.end - p.begin > 3) return -1;
  // A capitalised head may be a party or a faith ("the Democrat"), which only the apposition below can make a person.
  const uint32_t head = p.end - 1;
  if (doc.tokens[head].kind != text::TokenKind::Word) return -1;
  const auto noun = doc.folded_word(head);
  for (uint32_t t = p.begin; t-- > 0 && p.begin - t < kDescriptionReach;) {
    if (doc.tokens[t].kind != text::TokenKind::Word || doc.folded_word(t) != noun) continue;
    // The noun heads its phrase there ("a Democrat from Ohio", "a nurse who"): no content word follows it, as
    // "governor" follows "a Fed governor".
    if (t + 1 < doc.tokens.size() && doc.tokens[t + 1].kind == text::TokenKind::Word &&
        !lexicon::function_word(doc.folded_word(t + 1)))
      continue;
    // "…, a nurse", "…, an emergency-room nurse", "…, the Republican front-runner": an article shortly before the
    // noun, a comma before the article.
    const auto article = [&](uint32_t k) {
      const auto w = doc.folded_word(k);
      return w == "a" || w == "an" || w == "the";
    };
    uint32_t a = t;
    while (a > 0 && t - a < 3 && !article(a - 1)) --a;
    if (a == 0 || t - a >= 3 || a < 2 || doc.word(a - 2) != ",") continue;
    // After "the" the apposition closes there ("Donald Trump, the front-runner, said"), or it may be a subject with its
    // verb ("…by Mr. Trump, the Clinton campaign has …").
    if (doc.folded_word(a - 1) == "the" &&
        !(t + 1 < doc.tokens.size() && (doc.word(t + 1) == "," || doc.folded_word(t + 1) == "who")))
      continue;
    // The description's own modifiers are among the apposition's: "the Florida senator" is not "the Vermont senator".
    bool modifiers = true;
    for (uint32_t m = p.begin + 1; m < head && modifiers; ++m) {
      modifiers = false;
      for (uint32_t k = a; k < t && !modifiers; ++k) modifiers = doc.folded_word(k) == doc.folded_word(m);
    }
    if (!modifiers) continue;
    // The person before that comma, past an age ("Anna Berg, 45, a nurse").
    uint32_t n = a - 2;
    if (n >= 2 && doc.tokens[n - 1].kind == text::TokenKind::Number && doc.word(n - 2) == ",") n -= 2;
    if (n > 0 && token_person[n - 1] >= 0) return token_person[n - 1];
  }
  return -1;
}

uint32_t past_apposition(const text::Document& doc, uint32_t after, uint32_t ceiling) {
  if (after >= ceiling || doc.word(after) != ",") return after;
  for (uint32_t k = after + 1; k < ceiling && k - after <= kLongApposition; ++k) {
    const auto w = doc.word(k);
    if ((w == "." && !inner_stop(doc, k)) || w == ";" || w == ":" || quote_mark(w) || cue_length(doc, k))
      return after;
    if (w == "," && k > after + 1 && k + 1 < ceiling && doc.tokens[k + 1].kind == text::TokenKind::Word &&
        !doc.tokens[k + 1].has(text::kCapitalized) && frame_word(doc, k + 1) == FrameWord::None &&
        !lexicon::function_word(doc.folded_word(k + 1)))
      return k + 1;
  }
  return after;
}

bool manner_adverb(const text::Document& doc, uint32_t t) {
  const auto w = doc.word(t);
  return doc.tokens[t].kind == text::TokenKind::Word && !doc.tokens[t].has(text::kCapitalized) && w.size() > 4 &&
         w.ends_with("ly");
}

namespace {

// Some capitalised word in [b, e).
bool names(const text::Document& doc, uint32_t b, uint32_t e) {
  for (uint32_t t = b; t < e; ++t)
    if (doc.tokens[t].has(text::kCapitalized)) return true;
  return false;
}

// The relative pronoun at `who` as a speaker, with the phrase before it (over one comma) that it stands for.
Phrase relative(const text::Document& doc, uint32_t who, uint32_t floor) {
  Phrase p{who, who + 1, true};
  uint32_t e = who;
  if (e > floor && doc.word(e - 1) == ",") --e;
  // The noun phrase before it, back to its determiner: "forced to defend not paying an architect who" → "an
  // architect".
  uint32_t b = e;
  while (b > floor && e - b < kMaxPhrase && !stops(doc, b - 1) && !determiner(doc.folded_word(b))) --b;
  while (b < e && frame_word(doc, b) == FrameWord::Boundary) ++b;
  // "by slamming candidates who": a verb form before the noun phrase is not part of it.
  while (b + 1 < e && (is_participle(doc.folded_word(b)) || is_past_form(doc.folded_word(b))) &&
         !doc.tokens[b].has(text::kCapitalized))
    ++b;
  p.refers_begin = b;
  p.refers_end = e;
  return p;
}

}  // namespace

namespace {

// The last word of a verb's object before a participle: a lower-case content word or a number ("emailed supporters
// saying:", "depicts one of the contractors asking,"). A name there is the participle's own subject ("footage of
// Clinton asking"), and so is a noun phrase after "with" ("with one of her ads asking").
bool object_end(const text::Document& doc, uint32_t t, uint32_t floor) {
  const auto& tok = doc.tokens[t];
  if (tok.kind != text::TokenKind::Number && tok.kind != text::TokenKind::Word) return false;
  if (tok.has(text::kCapitalized)) {
    // "wrote in a statement to Wired explaining", "responded on Facebook writing": a name after a preposition of
    // medium is where the words went, not who speaks them ("footage of Clinton asking", "about Pope Francis calling").
    uint32_t b = t;
    while (b > floor && t - b < kMaxPhrase && doc.tokens[b - 1].has(text::kCapitalized)) --b;
    if (b == floor || doc.tokens[b - 1].has(text::kCapitalized)) return false;
    if (!lexicon::is_function(doc.folded_word(b - 1), lexicon::kMedium)) return false;
  } else if (lexicon::function_word(doc.folded_word(t)) || frame_word(doc, t) != FrameWord::None || cue_length(doc, t)) {
    return false;
  }
  for (uint32_t k = t; k-- > floor && t - k < kMaxPhrase && is_word(doc, k) && !cue_length(doc, k);)
    if (doc.folded_word(k) == "with") return false;
  return true;
}

// "Trump attacked Clinton, saying, …": a participle after a comma shares its sentence's subject; "“…,” the mayor
// said, adding that …" shares the speaker of the frame before it. So does a participle right after a verb's object
// ("The senator emailed supporters saying: “…”"), unless a verb of hearing takes that object ("heard them saying").
std::optional<Phrase> participle_after_comma(const text::Document& doc, uint32_t cue, uint32_t floor) {
  if (!(cue > floor + 1 && is_participle(doc.word(cue)))) return std::nullopt;
  const bool comma = doc.word(cue - 1) == ",";
  // Only a verb of saying after an object: "ledgers showing", "detractors calling for" are what shows or calls.
  if (!comma && (!cue_length(doc, cue) || !object_end(doc, cue - 1, floor))) return std::nullopt;
  for (uint32_t k = cue - 1; k-- > floor && cue - k <= kMaxPhrase;) {
    const auto w = doc.word(k);
    if (w == "." || w == ";" || w == ":" || w == "?" || w == "!") break;
    if (!comma && frame_word(doc, k) == FrameWord::Hearer) return std::nullopt;
    if (const uint32_t n = cue_length(doc, k)) {
      // "said Mr X, adding", but not "told O'Reilly, noting": the name after a verb of telling is who heard it.
      if (k + n + 1 < cue && frame_word(doc, k) != FrameWord::Addressee) {
        Phrase after{k + n, cue - 1, false};
        if (frame_word(doc, k + n) == FrameWord::Pronoun) after.end = k + n + 1, after.pronoun = true;
        // "said Mr X, adding", not "called Democratic bigwigs to the stage, singing" nor "said Tuesday, adding"
        bool name = frame_word(doc, after.begin) != FrameWord::Time;
        for (uint32_t t = after.begin; t < after.end && name; ++t)
          name = doc.tokens[t].has(text::kCapitalized) || doc.word(t) == ".";
        if (after.pronoun || name) return after;
      }
      return phrase_before(doc, k, floor);
    }
  }
  // "Obama avoided the term, though last week he used stronger language, saying": the subject pronoun of the clause
  // the participle follows, when a conjunction opened that clause after the sentence's start.
  for (uint32_t k = cue - 1; k-- > floor && cue - k <= kMaxPhrase;) {
    if (!is_word(doc, k) && doc.word(k) != ",") break;
    if (frame_word(doc, k) == FrameWord::Pronoun && doc.folded_word(k) != "who") {
      for (uint32_t b = k; b-- > floor && k - b <= kMaxPhrase;) {
        if (!is_word(doc, b) && doc.word(b) != ",") break;
        if (lexicon::is_function(doc.folded_word(b), lexicon::kConjunction)) return Phrase{k, k + 1, true};
      }
      break;
    }
  }
  // "when Sanders protesters interrupted her speech, shouting": after a clause that a subordinating conjunction
  // opened, the participle shares that clause's subject, a name or a noun phrase.
  for (uint32_t k = cue - 1; comma && k-- > floor && cue - k <= kMaxPhrase;) {
    if (!is_word(doc, k) && doc.word(k) != ",") break;
    if (!subordinator(doc, k)) continue;
    if (auto clause = clause_subject(doc, k, cue - 1)) return clause;
    break;
  }
  const Phrase subject = sentence_subject(doc, cue - 1, floor);
  if (!comma && subject.empty()) return std::nullopt;
  return subject;
}

// "began by saying he would …", "was ridiculed for saying that …": a participle after a preposition shares the
// nearest subject pronoun of the clause ("where he appeared … for saying"), else the sentence's subject.
std::optional<Phrase> participle_after_preposition(const text::Document& doc, uint32_t cue, uint32_t floor) {
  if (!(cue > floor && is_participle(doc.word(cue)) && (linking_preposition(doc, cue - 1) || doc.folded_word(cue - 1) == "for")))
    return std::nullopt;
  for (uint32_t k = cue - 1; k-- > std::max(floor, sentence_begin(doc, cue)) && cue - k <= kAppositionReach;)
    if (frame_word(doc, k) == FrameWord::Pronoun) return Phrase{k, k + 1, true};
  return sentence_subject(doc, cue - 1, floor);
}

// "he appeared to suggest", "Donald Trump needs to tell": an infinitive's speaker is the subject of the verb before
// "to", a pronoun or a name; "it was too early to say" names nobody.
std::optional<Phrase> infinitive_subject(const text::Document& doc, uint32_t cue, uint32_t floor) {
  if (!(cue > floor + 1 && doc.folded_word(cue - 1) == "to")) return std::nullopt;
  // "led the journalist Dainis Ivans to fear": a name right before "to" is the one who speaks; not the object of a
  // preposition ("a point for Mexico to …", "took to Twitter to announce").
  if (doc.tokens[cue - 2].has(text::kCapitalized)) {
    uint32_t b = cue - 2;
    while (b > floor && cue - 1 - b < 6 && doc.tokens[b - 1].has(text::kCapitalized)) --b;
    if (b == floor || !lexicon::is_function(doc.folded_word(b - 1), lexicon::kPreposition))
      return Phrase{b, cue - 1, false};
  }
  uint32_t b = cue - 1;
  while (b > floor && cue - b < kMaxPhrase && !stops(doc, b - 1)) --b;
  while (b < cue - 1 && frame_word(doc, b) == FrameWord::Boundary) ++b;
  if (frame_word(doc, b) == FrameWord::Pronoun) return Phrase{b, b + 1, true};
  // "it was too early to say": "it" or "there" before the infinitive names nobody.
  const auto nobody = [&](uint32_t t) { return doc.folded_word(t) == "it" || doc.folded_word(t) == "there"; };
  if (nobody(b)) return Phrase{};
  uint32_t e = b;
  while (e < cue - 1 && (doc.tokens[e].has(text::kCapitalized) || (is_word(doc, e) && doc.word(e) == "."))) ++e;
  if (e > b) return Phrase{b, e, false};
  // "Sen. Anna Berg interrupted me in mid-sentence to announce": else the sentence's subject, a name or a pronoun,
  // when no punctuation sets the infinitive apart from its clause ("…,” Sanders said, going on to say").
  const Phrase subject = sentence_subject(doc, cue - 1, floor);
  const bool names = subject.pronoun || (doc.tokens[subject.begin].has(text::kCapitalized) &&
                                         !determiner(doc.folded_word(subject.begin)));
  // Within an apposition's reach of "to", so the walk stays bounded in endless paragraphs.
  if (subject.empty() || nobody(subject.begin) || !names || cue - subject.end > kAppositionReach) return Phrase{};
  for (uint32_t t = subject.end; t < cue; ++t)
    if (doc.tokens[t].kind == text::TokenKind::Punct && doc.word(t) != "-" && !inner_stop(doc, t)) return Phrase{};
  Phrase named = subject;  // "Sen. Anna Berg": a title's stop and the name after it
  while (!named.pronoun && named.end + 1 < cue && inner_stop(doc, named.end) &&
         doc.tokens[named.end + 1].has(text::kCapitalized)) {
    named.end += 2;
    while (named.end < cue && doc.tokens[named.end].has(text::kCapitalized)) ++named.end;
  }
  return named;
}

namespace {
// Where a time adverbial ending at `end` starts ("Feinstein last week said", "Trump on Friday described", "the senator
// late Sunday told"): days and parts of day, a calendar unit after "last", "this" or "next", and the preposition or
// "late", "early" or "earlier" before them; `end` when none stands there.
uint32_t time_adverbial_begin(const text::Document& doc, uint32_t end, uint32_t floor) {
  uint32_t t = end;
  // (a word in capitals is a name's: "USA TODAY reported")
  while (t > floor && !doc.tokens[t - 1].has(text::kAllCaps) && frame_word(doc, t - 1) == FrameWord::Time) --t;
  if (t == end) {
    if (t < floor + 2) return end;
    const auto unit = doc.folded_word(t - 1), which = doc.folded_word(t - 2);
    const bool calendar = unit == "week" || unit == "month" || unit == "year" || unit == "weekend";
    if (!calendar || !(which == "last" || which == "this" || which == "next")) return end;
    t -= 2;
  }
  if (t > floor) {
    const auto w = doc.folded_word(t - 1);
    if (w == "on" || w == "late" || w == "early" || w == "earlier") --t;
  }
  // "A poll released Tuesday showed": the day dates a participle describing the subject, which stays as it was read.
  if (t > floor && is_past_form(doc.folded_word(t - 1))) return end;
  return t;
}
}  // namespace

// The end of the subject before a cue: auxiliaries and adverbs between a name or pronoun and its verb are not part of
// the speaker ("Tom Hall has openly admired", "O'Donnell then loudly asked").
uint32_t subject_end(const text::Document& doc, uint32_t cue, uint32_t floor) {
  uint32_t end = cue;
  for (bool stepped = true; stepped;) {
    stepped = false;
    // "They would only describe it": adverbs of the closed class stand between too, but not "a third" of a phrase.
    const auto adverb = [&](uint32_t t) {
      return doc.tokens[t].kind == text::TokenKind::Word && !doc.tokens[t].has(text::kCapitalized) &&
             lexicon::is_function(doc.folded_word(t), lexicon::kAdverb) &&
             !(t > floor && determiner(doc.folded_word(t - 1)));
    };
    while (end > floor && (frame_word(doc, end - 1) == FrameWord::Between || adverb(end - 1))) --end, stepped = true;
    if (const uint32_t t = time_adverbial_begin(doc, end, floor); t < end && t > floor) end = t, stepped = true;
    // "who has in the past described": a short prepositional phrase after an auxiliary stands inside the verb.
    for (uint32_t k = end; k-- > floor + 1 && end - k <= 4;) {
      if (doc.tokens[k].kind != text::TokenKind::Word || doc.tokens[k].has(text::kCapitalized)) break;
      const uint32_t f = lexicon::function_word(doc.folded_word(k));
      if (!(f & lexicon::kPreposition)) {
        if (f & ~(lexicon::kDeterminer | lexicon::kQuantifier)) break;  // a clause of its own: "unless we recognize"
        continue;
      }
      if (k + 1 < end && frame_word(doc, k - 1) == FrameWord::Between &&
          lexicon::is_function(doc.folded_word(k - 1), lexicon::kAuxiliary | lexicon::kBe))
        end = k, stepped = true;
      break;
    }
    // "Clinton, exasperated, famously responded": after an aside's comma too, right before a verb of saying.
    if (end > floor + 1 && manner_adverb(doc, end - 1) &&
        (doc.tokens[end - 2].has(text::kCapitalized) || frame_word(doc, end - 2) != FrameWord::None ||
         (end == cue && doc.word(end - 2) == "," && cue_length(doc, cue)) ||
         (doc.tokens[end - 2].kind == text::TokenKind::Word && doc.word(end - 2).ends_with("s"))))
      --end, stepped = true;
  }
  return end;
}

// "I laughed and said", "Scott beamed and asked": a coordinated verb shares the sentence's subject, or that of the
// clause right before ("Once in my early 20s, when …, I laughed and said" → "I").
std::optional<Phrase> coordinated_verb_subject(const text::Document& doc, uint32_t end, uint32_t floor) {
  if (!(end > floor + 1 && (doc.word(end - 1) == "and" || doc.word(end - 1) == "but"))) return std::nullopt;
  // "he called her “weak” and said", "he paid a visit to Laredo, Texas and explained": the nearest subject pronoun
  // before the first verb, within the clause; not one opening a clause that a verb of saying reports ("Ryan said he
  // was “not ready” and suggested").
  for (uint32_t k = end - 1; k-- > std::max(floor, sentence_begin(doc, end - 1)) && end - k <= kAppositionReach;) {
    const auto w = doc.word(k);
    if (w == ";" || w == ":" || w == "." || w == "?" || w == "!") break;
    if (frame_word(doc, k) != FrameWord::Pronoun || doc.folded_word(k) == "who") continue;
    const bool reported = k > floor && (cue_length(doc, k - 1) || report_verb(doc, k - 1).tokens ||
                                        doc.folded_word(k - 1) == "that");
    if (!reported) return Phrase{k, k + 1, true};
  }
  uint32_t c = end - 1;
  while (c > floor && end - c < kMaxPhrase && is_word(doc, c - 1)) --c;
  if (c > floor && doc.word(c - 1) == ",") {
    if (frame_word(doc, c) == FrameWord::Pronoun) return Phrase{c, c + 1, true};
    uint32_t e = c;
    while (e < end - 1 && e - c < 6 && doc.tokens[e].has(text::kCapitalized)) ++e;
    if (e > c) return Phrase{c, e, false};
  }
  // "was underscored when Paul Ryan lamented … and criticized", "called for a boycott, and the league denounced … and
  // said": the verbs share the subject of the clause that a subordinator, or a comma and a conjunction, opened last.
  for (uint32_t k = end - 1; k-- > std::max(floor, sentence_begin(doc, end - 1)) + 1 && end - k <= kAppositionReach;) {
    const auto w = doc.word(k);
    if (w == ";" || w == ":") break;
    const bool opens = subordinator(doc, k) ||
                       (doc.word(k - 1) == "," && lexicon::is_function(doc.folded_word(k), lexicon::kCoordinating));
    if (!opens) continue;
    if (auto clause = clause_subject(doc, k, end - 1)) return clause;
    break;
  }
  return sentence_subject(doc, end - 1, floor);
}

// "John Dickey, the chief executive of Ora Media -- the company that owns the programme -- told me": an aside between
// dashes stands between the speaker and the cue; `end` moved before it.
uint32_t skip_dash_aside(const text::Document& doc, uint32_t end, uint32_t floor) {
  if (!(end > floor + 1 && is_dash(doc.word(end - 1)))) return end;
  for (uint32_t k = end - 1; k-- > std::max(floor, sentence_begin(doc, end - 1)) && end - k <= kAppositionReach;) {
    const auto w = doc.word(k);
    if (w == ";" || w == ":") break;
    if (is_dash(w)) return k;
  }
  return end;
}

// "officials in Washington said", "who in 2010 said", "Trump in an interview said": the words after a preposition are
// its object, and the subject stands before it; the phrase keeps both, and person_of reads the person in it.
// "Experts on North Korea and nuclear nonproliferation said": a phrase without a name after "and" is the second half
// of a coordinated subject. Up to three such steps, each within the phrase length. Returns the phrase's new begin, or
// a whole phrase when a pronoun or relative decides it.
std::variant<uint32_t, Phrase> extend_over_links(const text::Document& doc, uint32_t begin, uint32_t end,
                                                  uint32_t floor) {
  for (int step = 0; step < 3 && begin > floor + 1; ++step) {
    const uint32_t link = begin - 1;
    const auto lw = doc.folded_word(link);
    const bool prep = linking_preposition(doc, link);
    if (!prep && !((lw == "and" || lw == "or") && !names(doc, begin, end) && !manner_adverb(doc, end - 1))) break;
    if (prep && doc.folded_word(link - 1) == "who") return relative(doc, link - 1, floor);
    uint32_t b = link;
    while (b > floor && end - b < kMaxPhrase * 2 && !stops(doc, b - 1)) --b;
    if (b == link || (b > floor && !stops(doc, b - 1))) break;
    if (prep && link == b + 1 && frame_word(doc, b) == FrameWord::Pronoun) return Phrase{b, b + 1, true};
    bool clause = false;  // "he has also intensified the warnings and personal attacks" is a clause, not a subject
    for (uint32_t t = b; t < link && !prep && !clause; ++t) {
      const auto f = frame_word(doc, t);
      clause = f == FrameWord::Between || f == FrameWord::Pronoun;
    }
    if (clause) break;
    begin = b;
  }
  return begin;
}

}  // namespace

namespace {
// A describing phrase, not a name: an age ("31"), a phrase a determiner opens ("a professor at Harvard", "one of"),
// or an aside a preposition opens ("Clinton, during a town hall in Columbus, Ohio, said").
bool description(const text::Document& doc, uint32_t b, uint32_t e) {
  if (b >= e) return false;
  if (e == b + 1 && doc.tokens[b].kind == text::TokenKind::Number) return true;
  const auto w = doc.folded_word(b);
  return determiner(w) || w == "one" ||
         (!doc.tokens[b].has(text::kCapitalized) && lexicon::is_function(w, lexicon::kPreposition));
}
}  // namespace

namespace {

// "a website called “…”", "a culture typically called “…”", "the loophole called an “…”": a naming participle between
// a noun and the quoted name names a thing, and nobody speaks.
bool names_a_thing(const text::Document& doc, uint32_t cue, uint32_t floor) {
  if (!(cue > floor && frame_word(doc, cue) == FrameWord::Naming)) return false;
  uint32_t mark = cue + 1;  // "a tax loophole called an “inversion”": an article may stand before the name
  if (mark < doc.tokens.size() && determiner(doc.folded_word(mark))) ++mark;
  if (!(mark < doc.tokens.size() && quote_mark(doc.word(mark)))) return false;
  uint32_t b = cue - 1;
  while (b > floor && manner_adverb(doc, b)) --b;
  const auto& tok = doc.tokens[b];
  return tok.kind == text::TokenKind::Word && !tok.has(text::kCapitalized) &&
         !lexicon::function_word(doc.folded_word(b)) && frame_word(doc, b) == FrameWord::None;
}

// The subject's words before a cue whose subject ends at `end`, past the appositions between them.
struct Subject {
  uint32_t begin = 0, end = 0;
  Phrase apposition;     // the apposition right before the cue ("X, Nato's secretary-general, said"), if any
  bool stepped = false;  // the name was found before stacked descriptions: it is the speaker
};

std::optional<Subject> subject_past_appositions(const text::Document& doc, uint32_t end, uint32_t floor) {
  Subject s;
  s.end = end;
  uint32_t comma = 0;
  // "X, Nato's secretary-general, said": the speaker is X, before the apposition.
  if (end > floor + 1 && doc.word(end - 1) == ",") {
    comma = end - 1;
    uint32_t c = comma;
    while (c > floor && c + kMaxPhrase > end && doc.word(c - 1) != "," && (is_word(doc, c - 1) || inner_stop(doc, c - 1)))
      --c;
    if (c > floor && doc.word(c - 1) == ",") s.apposition = {c, comma, false}, s.end = c - 1;
    else if (const uint32_t name_end = long_apposition(doc, comma, floor)) s.end = name_end;
    else return std::nullopt;
  }
  const auto phrase_start = [&](uint32_t e) {
    uint32_t b = e;
    while (b > floor && e - b < kMaxPhrase && !stops(doc, b - 1)) --b;
    return b;
  };
  s.begin = phrase_start(s.end);
  // "Ramil Carr, 31, a photographer, said", "X, a professor at Harvard, one of the bill's architects, said": an age
  // or a second description between commas stands between the name and the first apposition.
  for (int step = 0; !s.apposition.empty() && step < 2; ++step) {
    uint32_t b = s.end;  // the words back to the comma before them
    while (b > floor && s.end - b < kMaxPhrase && doc.word(b - 1) != "," && is_word(doc, b - 1)) --b;
    if (!(b > floor + 1 && doc.word(b - 1) == "," && description(doc, b, s.end))) break;
    // A whole segment between commas or from the sentence's start, opening with a capital and no adverbial: not "In
    // a statement to the Observer," nor "orthodoxy toward Russia,".
    const uint32_t name = phrase_start(b - 1);
    const bool whole = name == std::max(floor, sentence_begin(doc, name)) || doc.word(name - 1) == ",";
    if (!whole || name_before_comma(doc, name, b - 1) != b - 1 || !doc.tokens[name].has(text::kCapitalized) ||
        opens_adverbial(doc, name))
      break;
    s.end = b - 1;
    s.begin = name;
    s.stepped = true;
  }
  // Stacked descriptions with a parenthesis or a relative clause: read from the sentence's opening name.
  if (!s.apposition.empty() && s.begin == s.end)
    if (const uint32_t name_end = long_apposition(doc, comma, floor)) {
      s.end = name_end;
      s.begin = phrase_start(s.end);
      s.apposition = {};
    }
  return s;
}

}  // namespace

Phrase phrase_before(const text::Document& doc, uint32_t cue, uint32_t floor) {
  if (auto p = participle_after_comma(doc, cue, floor)) return *p;
  if (auto p = participle_after_preposition(doc, cue, floor)) return *p;
  if (auto p = infinitive_subject(doc, cue, floor)) return *p;
  if (names_a_thing(doc, cue, floor)) return {};
  // "a biography written by Tom Hall": a passive participle with its agent after it describes what was written.
  if (reduced_passive(doc, cue, 1)) return {};
  // "it was labeled “Mostly True”", "he was told": the subject of a passive cue is not who speaks.
  if (cue > floor && !is_participle(doc.word(cue)) && lexicon::is_function(doc.folded_word(cue - 1), lexicon::kBe))
    return {};
  uint32_t end = subject_end(doc, cue, floor);
  if (auto p = coordinated_verb_subject(doc, end, floor)) return *p;
  const auto subject = subject_past_appositions(doc, skip_dash_aside(doc, skip_parenthesis_back(doc, end, floor), floor),
                                                floor);
  if (!subject) return {};
  uint32_t begin = subject->begin;
  end = subject->end;
  // "Stevie Wonder, who joked": the relative pronoun is the mention next to the cue; person_of finds its antecedent.
  if (begin == end) {
    if (begin > floor && doc.folded_word(begin - 1) == "who") return relative(doc, begin - 1, floor);
    return {};
  }
  // "a White House official who spoke anonymously said": a restrictive clause between the subject and its verb; the
  // subject is the phrase before "who", and the clause is not the speaker.
  if (begin > floor + 1 && doc.folded_word(begin - 1) == "who" && doc.word(begin - 2) != "," &&
      frame_word(doc, begin) != FrameWord::Pronoun) {
    bool clause = true;  // lower-case words only: a name after "who" would be the subject of its own clause
    for (uint32_t t = begin; t < end && clause; ++t) clause = !doc.tokens[t].has(text::kCapitalized);
    if (clause) return relative(doc, begin - 1, floor);
  }
  const auto extended = extend_over_links(doc, begin, end, floor);
  if (const auto* decided = std::get_if<Phrase>(&extended)) return *decided;
  begin = std::get<uint32_t>(extended);
  // A pronoun subject is the pronoun alone ("“...,” he said").
  if (frame_word(doc, end - 1) == FrameWord::Pronoun) return {end - 1, end, true};
  // A capitalised conjunction or adverb opening the sentence is not part of the speaker ("But Ms Truss said"), nor
  // an adverb before the name ("and then Wallnau continues").
  while (begin + 1 < end && doc.tokens[begin].kind == text::TokenKind::Word &&
         (frame_word(doc, begin) == FrameWord::Boundary ||
          (!doc.tokens[begin].has(text::kCapitalized) && lexicon::is_function(doc.folded_word(begin), lexicon::kAdverb))))
    ++begin;
  // "32% of Republican claims": a phrase opening with "of" makes the cue a noun.
  if (begin < end && doc.folded_word(begin) == "of") return {};
  // "Another critic, Laurence H. Tribe, said": a description before the apposition, the name inside it.
  const Phrase& apposition = subject->apposition;
  // A description: no capitalised word after its first, or a determiner and a lower-case head ("The Conservative
  // leader, Kemi Badenoch, said").
  const bool described = !names(doc, begin + 1, end) ||
                         (determiner(doc.folded_word(begin)) && doc.tokens[end - 1].kind == text::TokenKind::Word &&
                          !doc.tokens[end - 1].has(text::kCapitalized));
  if (!subject->stepped && !apposition.empty() && described && names(doc, apposition.begin, apposition.end)) {
    for (uint32_t t = apposition.begin; t < apposition.end; ++t)
      if (!doc.tokens[t].has(text::kCapitalized) && doc.word(t) != ".") return {begin, end, false};
    return apposition;
  }
  return {begin, end, false};
}

namespace {
// "his best friend", "one of his aides", "Her advisers and allies": a noun phrase a possessive determiner opens (after
// at most a quantifier and "of") is someone the possessor has, not the possessor, unless a person is named in it ("his
// friend Anna Berg"). Not a subject the phrase finder let run into its verb ("His campaign sued the DNC"), where the
// possessor is the better guess, nor a phrase ending in a function word or standing where a preposition sets where
// words appeared ("shared it on his Facebook page, writing"; "according to" names a source): the phrase finder missed
// the subject there.
bool owned_noun_phrase(const text::Document& doc, const std::vector<int32_t>& token_person, const Phrase& p) {
  if (p.empty()) return false;
  const bool according_to = p.begin >= 2 && frame_word(doc, p.begin - 2) == FrameWord::According;
  if (p.begin > 0 && !according_to && lexicon::is_function(doc, p.begin - 1, lexicon::kSetting | lexicon::kMedium))
    return false;
  if (doc.tokens[p.end - 1].kind != text::TokenKind::Word || lexicon::function_word(doc, p.end - 1)) return false;
  uint32_t b = p.begin;
  if (b + 2 < p.end && doc.folded_word(b + 1) == "of" && lexicon::is_function(doc, b, lexicon::kQuantifier)) b += 2;
  else if (b + 1 < p.end && doc.folded_word(b) == "even") ++b;
  if (b + 1 >= p.end || doc.tokens[b].kind != text::TokenKind::Word || !lexicon::possessive_determiner(doc, b)) return false;
  bool tail = false;  // past a preposition: "his best friend at Lehigh"
  for (uint32_t t = b + 1; t < p.end; ++t) {
    const auto& tok = doc.tokens[t];
    if (token_person[t] >= 0 && !tail) return false;
    if (tok.kind != text::TokenKind::Word || tail) continue;
    const uint32_t f = lexicon::function_word(doc, t);
    if (f & lexicon::kPreposition) {
      tail = true;
      continue;
    }
    // "and" may join two heads ("Her advisers and allies").
    if (!tok.has(text::kCapitalized) && (is_past_form(doc.folded_word(t)) || (f && !(f & lexicon::kCoordinating)) ||
                                         cue_length(doc, t) || report_verb(doc, t).tokens))
      return false;
  }
  return true;
}
}  // namespace

int32_t person_of(const text::Document& doc, const std::vector<int32_t>& token_person, const Phrase& p) {
  // "Clinton aides", "a Trump supporter", "the Sanders campaign": a name right before the common noun that ends the
  // phrase modifies it, and is not who speaks.
  if (p.end >= p.begin + 2 && token_person[p.end - 2] >= 0 && token_person[p.end - 1] < 0) {
    const auto& head = doc.tokens[p.end - 1];
    const auto w = doc.folded_word(p.end - 1);
    const bool verb = is_past_form(w) || cue_length(doc, p.end - 1) || report_verb(doc, p.end - 1).tokens;
    if (head.kind == text::TokenKind::Word && !head.has(text::kCapitalized) && !lexicon::function_word(w) && !verb)
      return -1;
  }
  if (owned_noun_phrase(doc, token_person, p)) return -1;
  for (uint32_t t = p.end; t-- > p.begin;) {
    if (token_person[t] >= 0) return token_person[t];
    // "Scott's relatives", "Trump's spokeswoman": a possessor before the head is not who speaks.
    if (doc.tokens[t].kind == text::TokenKind::Possessive && t + 1 < p.end) break;
  }
  for (uint32_t t = p.refers_end; t-- > p.refers_begin;)
    if (token_person[t] >= 0) return token_person[t];
  return -1;
}

namespace {
// A lower-case function word of one of `classes` at t (not a pronoun or a quantifier).
bool lower_function(const text::Document& doc, uint32_t t, uint32_t classes) {
  const auto& tok = doc.tokens[t];
  if (tok.kind != text::TokenKind::Word || tok.has(text::kCapitalized)) return false;
  const uint32_t f = lexicon::function_word(doc.folded_word(t));
  return (f & classes) && !(f & (lexicon::kPronoun | lexicon::kQuantifier));
}

// A fragment, not a noun phrase: a determiner, preposition or conjunction closes it ("the city embodied the", "the
// debate moderators of").
bool fragment(const text::Document& doc, const Phrase& p) {
  return lower_function(doc, p.end - 1,
                        lexicon::kDeterminer | lexicon::kPreposition | lexicon::kConjunction | lexicon::kRelative);
}

// A clause, not a noun phrase: a form of "be" or an auxiliary in lower case inside it ("the candidate could be", "was
// no telephone"), a closed-class adverb opening it ("usually turns into isolated questions"), a subject pronoun
// opening a longer phrase ("They checked the Chicago Tribune"), or a participle and its preposition ("looking at how
// the website"). A person's name in it still names them ("Mr. Ryan has long").
bool clause(const text::Document& doc, const Phrase& p) {
  for (uint32_t t = p.begin; t < p.end; ++t)
    if (lower_function(doc, t, lexicon::kBe | lexicon::kAuxiliary)) return true;
  if (p.end > p.begin + 1 && frame_word(doc, p.begin) == FrameWord::Pronoun) return true;
  const auto& first = doc.tokens[p.begin];
  if (p.end > p.begin + 1 && first.kind == text::TokenKind::Word && !first.has(text::kCapitalized) &&
      is_participle(doc.folded_word(p.begin)) &&
      lexicon::is_function(doc.folded_word(p.begin + 1), lexicon::kPreposition | lexicon::kDeterminer))
    return true;
  return lower_function(doc, p.begin, lexicon::kAdverb);
}
}  // namespace

bool names_someone(const text::Document& doc, const std::vector<int32_t>& token_person, const Phrase& p) {
  if (p.empty()) return false;
  if (p.pronoun) return true;
  if (fragment(doc, p)) return false;
  if (person_of(doc, token_person, p) >= 0) return true;
  if (clause(doc, p) || token_person[p.end - 1] == kDateToken) return false;  // not "Friday", "two weeks ago"
  if (doc.tokens[p.end - 1].kind == text::TokenKind::Possessive) return false;
  if (p.end - p.begin == 1) {
    const auto& tok = doc.tokens[p.begin];
    // "Speaking" or "Asked" alone opens a clause, but "Ebeling said" names someone: a verb of saying follows it.
    if (tok.kind != text::TokenKind::Word || (tok.has(text::kCapitalized) && is_participle(doc.folded_word(p.begin)) &&
                                              !(p.end < doc.tokens.size() && cue_length(doc, p.end))))
      return false;
  }
  constexpr uint32_t kNoContent = lexicon::kDeterminer | lexicon::kConjunction | lexicon::kAdverb |
                                  lexicon::kPreposition | lexicon::kBe | lexicon::kAuxiliary | lexicon::kRelative;
  for (uint32_t t = p.begin; t < p.end; ++t) {
    if (doc.tokens[t].kind == text::TokenKind::Number) return true;  // "63 percent", "the 46-year-old"
    if (doc.tokens[t].kind != text::TokenKind::Word) continue;
    // Capitalised inside a sentence, a function word's form is a name: "Will described Trump as …" (George Will).
    if (doc.tokens[t].has(text::kCapitalized) && t > 0 && sentence_begin(doc, t) != t) return true;
    const uint32_t f = lexicon::function_word(doc.folded_word(t));
    if (!(f & kNoContent) || (f & (lexicon::kQuantifier | lexicon::kPronoun))) return true;
  }
  return false;
}

bool person_or_name(const text::Document& doc, const std::vector<int32_t>& token_person, const Phrase& p) {
  if (p.empty()) return false;
  if (person_of(doc, token_person, p) >= 0) return true;
  if (p.pronoun || p.end - p.begin > 4) return false;
  // One capitalised plural opening a sentence is a common noun: "Officials said".
  if (p.end == p.begin + 1 && sentence_begin(doc, p.begin) == p.begin && doc.word(p.begin).ends_with("s")) return false;
  for (uint32_t t = p.begin; t < p.end; ++t) {
    const auto& tok = doc.tokens[t];
    if (tok.kind != text::TokenKind::Word || !tok.has(text::kCapitalized) || tok.has(text::kAllCaps) ||
        lexicon::function_word(doc.folded_word(t)))
      return false;
  }
  return true;
}

bool plausible_speaker(const text::Document& doc, const std::vector<int32_t>& token_person, const Phrase& p) {
  if (p.empty()) return false;
  const auto first = doc.folded_word(p.begin);
  if (!p.pronoun && (linking_preposition(doc, p.begin) || first == "to" || first == "of" || first == "for")) return false;
  if (p.pronoun || person_of(doc, token_person, p) >= 0) return true;
  // "his campaign", "her friend said": a possessive before content words names someone's people or organisation.
  if (p.end > p.begin + 1 && lexicon::is_function(first, lexicon::kPossessive)) {
    bool content = true;
    for (uint32_t t = p.begin + 1; t < p.end && content; ++t)
      content = doc.tokens[t].kind == text::TokenKind::Word && !lexicon::function_word(doc.folded_word(t));
    if (content) return true;
  }
  for (uint32_t t = p.begin; t < p.end; ++t)
    if (doc.tokens[t].has(text::kCapitalized)) return true;
  if (doc.tokens[p.begin].kind == text::TokenKind::Number) return true;
  // "the minister", "this official", "all", "it" (an organisation named before): a determined or quantified phrase;
  // not "those close to".
  const uint32_t f = lexicon::function_word(doc.folded_word(p.begin));
  if ((f & (lexicon::kDeterminer | lexicon::kQuantifier | lexicon::kNeuter)) &&
      !(f & (lexicon::kPossessive | lexicon::kPlural)))
    return true;
  // A plural head names a group of speakers: "state officials", "foreign policy analysts", "his aides".
  const auto head = doc.word(p.end - 1);
  return doc.tokens[p.end - 1].kind == text::TokenKind::Word && head.size() > 3 && head.back() == 's' &&
         head[head.size() - 2] != 's';
}

Phrase phrase_after(const text::Document& doc, uint32_t from, uint32_t ceiling) {
  uint32_t b = from;
  if (b < ceiling && frame_word(doc, b) == FrameWord::Pronoun) return {b, b + 1, true};
  uint32_t e = b;
  bool named = false;  // a capitalised word seen: after it, "and" joins two speakers ("said Smith and Jones")
  while (e < ceiling && e - b < kMaxPhrase && is_word(doc, e)) {
    const auto f = frame_word(doc, e);
    // "said oil and gas worker Jane Doe": before any name, "and" joins the words describing the one speaker.
    if (f == FrameWord::Boundary && (named || (doc.folded_word(e) != "and" && doc.folded_word(e) != "or"))) break;
    named = named || doc.tokens[e].has(text::kCapitalized);
    ++e;
  }
  // The description must lead to a name or a noun: "said oil and" stops before the "and".
  while (e > b && (doc.folded_word(e - 1) == "and" || doc.folded_word(e - 1) == "or")) --e;
  return {b, e, false};
}

}  // namespace newsmark::quotes

#include "util/small_end.h"
