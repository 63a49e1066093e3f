// The sieves that find a quote's frame elsewhere in its sentence, or in the sentence before it.
#include <algorithm>

#include "lexicon/function_words.h"
#include "quotes/attribute.h"
#include "quotes/cues.h"
#include "quotes/reported_clause.h"
#include "util/small.h"

namespace newsmark::quotes::sieve {
namespace {

// The quote's sentence, cut to the frame window around its marks.
text::TokenRange quote_sentence(const QuoteContext& c, const Span& s) {
  return frame_window(c.doc.sentences[c.doc.sentence_index(s.open)], s.open, s.past());
}

// A word that opens a clause of time, reason or concession, with its subject (a name or a pronoun) and a finite verb:
// a subordinating conjunction, or a preposition that also does ("after Tom Hall argued", "when he spoke"); not "after
// Bush," or "while at the State Department". Never "as", which frames words as often ("described it as").
bool opens_clause(const text::Document& doc, uint32_t t) {
  const auto w = doc.folded_word(t);
  if (!(subordinator(doc, t) || w == "after" || w == "before" || w == "since" || w == "until" || w == "once"))
    return false;
  const auto n = static_cast<uint32_t>(doc.tokens.size());
  uint32_t v = t + 1;
  if (v < n && frame_word(doc, v) == FrameWord::Pronoun) {
    ++v;
  } else {
    // "after former Gov. Jerry Brown criticized": a role in lower case may open the name.
    const auto role = [&](uint32_t k) {
      return doc.tokens[k].kind == text::TokenKind::Word && !doc.tokens[k].has(text::kCapitalized) &&
             !lexicon::function_word(doc.folded_word(k)) && k + 1 < n && doc.tokens[k + 1].has(text::kCapitalized);
    };
    while (v < n && v - t <= 2 && role(v)) ++v;
    const uint32_t name = v;
    constexpr uint32_t kNameTokens = 8;  // "Rep. Anna B. Berg", with the stops of titles and initials
    while (v < n && v - name < kNameTokens && (doc.tokens[v].has(text::kCapitalized) || doc.word(v) == ".")) ++v;
    if (v == name) return false;
  }
  if (v >= n || doc.tokens[v].kind != text::TokenKind::Word || doc.tokens[v].has(text::kCapitalized)) return false;
  const auto verb = doc.folded_word(v);
  return cue_length(doc, v) || report_verb(doc, v).tokens || finite_form(verb, 4) ||
         lexicon::is_function(verb, lexicon::kBe) || lexicon::is_function(verb, lexicon::kAuxiliary);
}

// The part of the quote's sentence that can frame it: "While Tom Hall praises the plan, Anna Berg calls it “a trap”":
// a clause opening the sentence up to its comma frames nothing in the main clause after it, when that clause has
// words of its own before the quote.
text::TokenRange framing_sentence(const QuoteContext& c, const Span& s) {
  auto sent = quote_sentence(c, s);
  if (sent.begin >= s.open || !opens_clause(c.doc, sent.begin)) return sent;
  for (uint32_t k = sent.begin + 1; k < s.open; ++k) {
    if (c.doc.word(k) != ",") continue;
    for (uint32_t t = k + 1; t < s.open; ++t)
      if (c.doc.tokens[t].kind == text::TokenKind::Word) {
        sent.begin = k + 1;
        break;
      }
    break;
  }
  return sent;
}

// "Axelrod tweeted after Clinton argued that “…”": the clause a subordinating word opens before the quote, inside
// its sentence, which frames the quote before the rest of the sentence does.
std::optional<text::TokenRange> inner_clause(const QuoteContext& c, const Span& s, const text::TokenRange& sent) {
  for (uint32_t k = s.open; k-- > sent.begin + 1;) {
    const auto w = c.doc.word(k);
    // "apologized after they came out, saying they were “…”": past a comma the words are the main clause's again.
    if (w == ";" || w == ":" || w == "," || quote_mark(w)) return std::nullopt;
    if (c.doc.tokens[k].kind == text::TokenKind::Word && opens_clause(c.doc, k))
      return text::TokenRange{k + 1, sent.end};
  }
  return std::nullopt;
}

// The sentence before the one the quote opens (after at most a few marks or brackets), or none.
std::optional<text::TokenRange> sentence_before(const QuoteContext& c, const Span& s) {
  const uint32_t si = c.doc.sentence_index(s.open);
  const auto& sent = c.doc.sentences[si];
  uint32_t first = sent.begin;
  while (first < s.open && first - sent.begin < 4 && c.doc.tokens[first].kind == text::TokenKind::Punct) ++first;
  if (first != s.open || si == 0) return std::nullopt;
  return c.doc.sentences[si - 1];
}

// "Sanders was asked by host Bill Maher, who …, “…”": a passive verb of saying earlier in the sentence, and no other
// cue between it and the quote, puts the words in the mouth of its agent after "by".
std::optional<Found> agent_before(const QuoteContext& c, const Span& s, const text::TokenRange& sent) {
  for (uint32_t k = s.open; k-- > sent.begin + 1;) {
    if (k + 2 >= s.open || c.doc.folded_word(k + 1) != "by" || !cue_length(c.doc, k)) {
      if (cue_length(c.doc, k) || report_verb(c.doc, k).tokens) return std::nullopt;
      continue;
    }
    if (!lexicon::is_function(c.doc.folded_word(k - 1), lexicon::kBe)) return std::nullopt;
    const Phrase agent = phrase_after(c.doc, k + 2, std::min(s.open, k + 2 + kCueReach));
    if (!person_or_name(c.doc, c.token_person, agent)) return std::nullopt;
    return Found{agent, k, k + 1};
  }
  return std::nullopt;
}
}  // namespace

std::optional<Found> passive_agent(const QuoteContext& c, const Span& s) {
  // How far before the mark the participle may stand: "labeled as a “…”", "described by some as “…”".
  constexpr uint32_t kParticipleReach = 3;
  if (s.close < 0) return std::nullopt;
  const auto sent = quote_sentence(c, s);
  uint32_t cue = s.open;
  for (uint32_t k = s.open, n = 0; k-- > sent.begin && n < kParticipleReach; ++n) {
    const auto w = c.doc.folded_word(k);
    if (is_past_form(w) && (cue_length(c.doc, k) || report_verb(c.doc, k).tokens)) {
      cue = k;
      break;
    }
    if (c.doc.tokens[k].kind != text::TokenKind::Word) break;
  }
  if (cue == s.open) return agent_before(c, s, sent);
  uint32_t by = static_cast<uint32_t>(s.close) + 1;
  if (by < sent.end && c.doc.word(by) == ",") ++by;
  if (by + 1 >= sent.end || c.doc.folded_word(by) != "by") return std::nullopt;
  const Phrase agent = phrase_after(c.doc, by + 1, std::min(sent.end, by + 1 + kCueReach));
  if (!plausible_speaker(c.doc, c.token_person, agent)) return std::nullopt;
  return Found{agent, cue, cue + 1};
}

namespace {
// The subject of the cue at `cue`: never words inside an earlier quote of the sentence ("“I know,” said voter Anna
// Berg …, a “No-B.S.” barbecue": "I" is no frame's subject); a finite cue right after that quote's mark is inverted,
// and its speaker follows it (a participle there shares the sentence's subject: "as “fantastic,” telling reporters").
Phrase frame_subject(const QuoteContext& c, uint32_t cue, uint32_t n, const text::TokenRange& sent) {
  uint32_t mark = cue;
  if (mark > sent.begin && c.doc.word(mark - 1) == ",") --mark;
  if (mark > sent.begin && quote_mark(c.doc.word(mark - 1)) && !is_participle(c.doc.folded_word(cue)))
    return phrase_after(c.doc, cue + n, std::min(sent.end, cue + n + kCueReach));
  return phrase_before(c.doc, cue, sent.begin);
}

// The nearest verb of saying before the quote in its sentence, with a speaker before it.
std::optional<Found> speech_frame_nearest(const QuoteContext& c, const Span& s, const text::TokenRange& sent) {
  for (uint32_t k = s.open; k-- > sent.begin;) {
    if (const uint32_t n = cue_length(c.doc, k)) {
      const Phrase p = frame_subject(c, k, n, sent);
      // "what X calls “…”" names the words inside a larger frame: the sentence's own frame, further back, decides.
      if (!p.empty() && p.begin > sent.begin && c.doc.word(p.begin - 1) == "what") continue;
      // "saying anybody who complains … “…”": a restrictive "who" with no person before it is inside the frame.
      if (p.pronoun && c.doc.folded_word(p.begin) == "who" && c.doc.word(p.begin - 1) != "," &&
          person_of(c.doc, c.token_person, p) < 0)
        continue;
      // "He said the plan, which some have argued was a ploy, was an “insult”": a frame in a relative clause that
      // closed before the quote reports only that clause.
      if (!p.empty() && reported::object_relative(c.doc, sent.begin, p.begin) &&
          reported::comma_before_verb(c.doc, k + n, s.open) < s.open)
        continue;
      if (plausible_speaker(c.doc, c.token_person, p)) return Found{p, k, k + n};
    }
  }
  return std::nullopt;
}
}  // namespace

namespace {
std::optional<Found> speech_frame_in(const QuoteContext& c, const Span& s, const text::TokenRange& sent) {
  // "Rep. Anna Berg said Tom Hall called on members to be “closely coordinated.”": words quoted inside a reported
  // clause are the reporter's, the outermost verb of saying that takes a clause.
  // No punctuation may stand between that verb and the quote: "While not everything Trump says is true, Jamieson
  // said …" and "Ryan saying he was “…” and Trump calling it “…”" leave the nearest frame to decide.
  for (uint32_t k = sent.begin; k < s.open; ++k) {
    if (c.doc.tokens[k].kind == text::TokenKind::Punct) continue;
    const uint32_t n = cue_length(c.doc, k);
    if (!n || !introduces_clause(c.doc, k)) continue;
    for (uint32_t t = k + n; t < s.open; ++t)
      if (!in_words(c.doc, t) && c.doc.word(t) != ".") return speech_frame_nearest(c, s, sent);
    const Phrase p = frame_subject(c, k, n, sent);
    if (!p.empty() && (p.pronoun || person_or_name(c.doc, c.token_person, p))) return Found{p, k, k + n};
    break;
  }
  return speech_frame_nearest(c, s, sent);
}
}  // namespace

std::optional<Found> speech_frame_before(const QuoteContext& c, const Span& s) {
  const auto sent = framing_sentence(c, s);
  if (const auto inner = inner_clause(c, s, sent))
    if (auto found = speech_frame_in(c, s, *inner)) return found;
  return speech_frame_in(c, s, sent);
}

std::optional<Found> speech_noun_before(const QuoteContext& c, const Span& s) {
  // How far before the mark the noun may stand: "his warning that Britain would have to go to the “…”".
  constexpr uint32_t kNounReach = 12;
  const auto sent = quote_sentence(c, s);
  for (uint32_t k = s.open, n = 0; k-- > sent.begin && n < kNounReach; ++n) {
    // A verb frames it instead, unless a possessor makes the word a noun ("Trump’s claim that").
    const bool noun = speech_noun(c.doc, k);
    if (!noun && (cue_length(c.doc, k) || report_verb(c.doc, k).tokens)) return std::nullopt;
    if (c.doc.tokens[k].kind == text::TokenKind::Punct && c.doc.word(k) != "," && c.doc.word(k) != ":")
      return std::nullopt;
    if (!noun) continue;
    // The quote is the noun's content: "comment that “…”", "slogan, “…”", "claim Monday that"; not what someone calls
    // it ("Trump's comments were “intolerable”", "called Trump's comments “racially toxic”").
    uint32_t next = k + 1;
    if (next + 1 < s.open && c.doc.folded_word(next + 1) == "that") ++next;
    // "The senator’s answer was that “…”", "Clinton’s response was: “…”": a form of "be" links the noun to its content.
    if (next + 1 < s.open && lexicon::is_function(c.doc.folded_word(next), lexicon::kBe)) ++next;
    const auto nw = c.doc.folded_word(next);
    if (next >= s.open || !(nw == "that" || nw == "," || nw == ":")) return std::nullopt;
    // The possessor, past at most two words describing the noun ("her March comment"): a possessive pronoun, or a
    // name with its 's ("Barrett’s dictum").
    for (uint32_t p = k, m = 0; p-- > sent.begin && m < 3; ++m) {
      const auto& tok = c.doc.tokens[p];
      if (tok.kind == text::TokenKind::Possessive) {
        uint32_t b = p;
        while (b > sent.begin && p - b < 4 && c.doc.tokens[b - 1].has(text::kCapitalized)) --b;
        // "The Florida senator’s answer": a noun phrase a determiner opens.
        if (b == p) {
          uint32_t d = p;
          while (d > sent.begin && p - d < 4 && c.doc.tokens[d - 1].kind == text::TokenKind::Word &&
                 !determiner(c.doc.folded_word(d - 1)) && !lexicon::function_word(c.doc.folded_word(d - 1)))
            --d;
          if (d > sent.begin && d < p && determiner(c.doc.folded_word(d - 1))) b = d - 1;
        }
        if (b == p) return std::nullopt;
        // "Frazier said that Rubio's claim that … is “simply not true”": the noun is inside a reported clause.
        if (auto outer = outer_reporter(c, b)) return outer;
        return Found{Phrase{b, p, false}, k, k + 1};
      }
      if (tok.kind != text::TokenKind::Word) return std::nullopt;
      const uint32_t f = lexicon::function_word(c.doc.folded_word(p));
      if ((f & lexicon::kPronoun) && (f & lexicon::kPossessive)) return Found{Phrase{p, p + 1, true}, k, k + 1};
      if (f) return std::nullopt;  // "the comment", "a statement": no one's
    }
    return std::nullopt;
  }
  return std::nullopt;
}

std::optional<Found> report_frame_before(const QuoteContext& c, const Span& s) {
  const auto sent = framing_sentence(c, s);
  for (uint32_t k = s.open; k-- > sent.begin;) {
    if (const uint32_t n = report_verb(c.doc, k).tokens) {
      const Phrase p = phrase_before(c.doc, k, sent.begin);
      if (plausible_speaker(c.doc, c.token_person, p)) return Found{p, k, k + n};
    }
  }
  return std::nullopt;
}

std::optional<Found> speech_frame_after(const QuoteContext& c, const Span& s) {
  // "Romney “were stiff. They weren’t fun” in comparison, Gingrich said.": the frame after a quote holding sentences
  // of its own is in the sentence its closing mark ends.
  const uint32_t last = s.close >= 0 ? static_cast<uint32_t>(s.close) : s.past() - 1;
  const auto sent = frame_window(c.doc.sentences[c.doc.sentence_index(last)], s.open, s.past());
  const uint32_t from = s.past();
  for (uint32_t k = from; k < sent.end; ++k) {
    if (const uint32_t n = cue_length(c.doc, k)) {
      const Phrase p = phrase_before(c.doc, k, from);
      if (plausible_speaker(c.doc, c.token_person, p)) return Found{p, k, k + n};
      // "said Ms Berg" inverts its speaker; "saying the city …" is followed by what was said.
      if (is_participle(c.doc.word(k))) continue;
      const Phrase q = phrase_after(c.doc, k + n, std::min(sent.end, k + n + kCueReach));
      if (plausible_speaker(c.doc, c.token_person, q)) return Found{q, k, k + n};
    }
  }
  return std::nullopt;
}

std::optional<Found> according_to(const QuoteContext& c, const Span& s) {
  const auto sent = quote_sentence(c, s);
  for (uint32_t k = sent.begin; k + 2 < sent.end; ++k) {
    if (k >= s.open && k < (s.close < 0 ? s.end : static_cast<uint32_t>(s.close))) continue;
    if (frame_word(c.doc, k) != FrameWord::According || c.doc.word(k + 1) != "to") continue;
    const Phrase p = phrase_after(c.doc, k + 2, std::min(sent.end, k + 2 + kCueReach));
    // "according to a memo by campaign chief Tom Hall": a document's author speaks through it.
    if (!p.empty() && speech_noun(c.doc, p.end - 1) && p.end + 1 < sent.end &&
        (c.doc.folded_word(p.end) == "by" || c.doc.folded_word(p.end) == "from")) {
      const Phrase author = phrase_after(c.doc, p.end + 1, std::min(sent.end, p.end + 1 + kCueReach));
      if (person_or_name(c.doc, c.token_person, author)) return Found{author, k, k + 2};
    }
    return Found{p, k, k + 2};
  }
  return std::nullopt;
}

std::optional<Found> previous_sentence(const QuoteContext& c, const Span& s) {
  const auto before = sentence_before(c, s);
  if (!before || before->begin < c.doc.paragraphs[s.paragraph].begin) return std::nullopt;
  const auto& prev = *before;
  // A name or a pronoun only: "the report said. “…”" is not the report's words.
  // A person's relation counts too: "her husband cut in. “…”".
  const auto related = [&](const Phrase& p) {
    const uint32_t f = lexicon::function_word(c.doc.folded_word(p.begin));
    return p.end - p.begin >= 2 && (f & lexicon::kDeterminer) && (f & lexicon::kPossessive) && !(f & lexicon::kNeuter);
  };
  const auto named = [&](const Phrase& p) {
    return !p.empty() && (p.pronoun || person_of(c.doc, c.token_person, p) >= 0 ||
                          c.doc.tokens[p.end - 1].has(text::kCapitalized) || related(p));
  };
  for (uint32_t k = prev.end; k-- > prev.begin && prev.end - k <= kFrameWindow;) {
    if (c.doc.tokens[k].kind == text::TokenKind::Punct && (c.doc.word(k) == "\"" || c.doc.word(k) == "'"))
      return std::nullopt;
    const uint32_t n = cue_length(c.doc, k);
    if (!n) continue;
    Phrase p = phrase_before(c.doc, k, prev.begin);
    if (!named(p) && !is_participle(c.doc.word(k))) p = phrase_after(c.doc, k + n, std::min(prev.end, k + n + kCueReach));
    if (!named(p)) return std::nullopt;
    return Found{p, k, k + n};
  }
  return std::nullopt;
}

namespace {

// The subject with the verb that follows it, past an apposition, before `ceiling`: a lower-case verb, not one of
// hearing or reading ("The crowd heard “Do not do it!”": who hears the words did not say them), and no passive verb
// of saying ("Trump was asked, “…”": the subject is who the words were put to).
std::optional<Found> acting_subject(const QuoteContext& c, const Phrase& subject, uint32_t ceiling) {
  const uint32_t verb = past_apposition(c.doc, subject.end, ceiling);
  if (c.doc.tokens[verb].kind != text::TokenKind::Word || c.doc.tokens[verb].has(text::kCapitalized))
    return std::nullopt;
  if (frame_word(c.doc, verb) == FrameWord::Hearer) return std::nullopt;
  if (lexicon::is_function(c.doc.folded_word(verb), lexicon::kBe) && verb + 1 < ceiling &&
      (cue_length(c.doc, verb + 1) || report_verb(c.doc, verb + 1).tokens))
    return std::nullopt;
  return Found{subject, verb, verb + 1};
}

// The subject of the quote's sentence and the verb right after it, when the quote comes later in that sentence.
std::optional<Found> quote_sentence_subject(const QuoteContext& c, const Span& s) {
  const auto sent = quote_sentence(c, s);
  if (s.open <= sent.begin + 1) return std::nullopt;
  Phrase subject = sentence_subject(c.doc, s.open, sent.begin);
  // "The ad claims “…”", "The ad targets a “…”": a noun phrase running up to the opening mark or to a second
  // determiner has taken in its verb, the word before.
  if (!subject.pronoun && subject.end - subject.begin >= 3) {
    uint32_t e = subject.begin + 2;
    while (e < subject.end && !determiner(c.doc.folded_word(e))) ++e;
    if (e < subject.end || subject.end == s.open) subject.end = e - 1;
  }
  if (subject.empty() || subject.end + 1 > s.open) return std::nullopt;
  return acting_subject(c, subject, s.open);
}

}  // namespace

std::optional<Found> subject_of_quote_sentence(const QuoteContext& c, const Span& s) {
  // A person doing something to the words: "Rubio bemoaned a climate in which people “literally hate each other”".
  auto found = quote_sentence_subject(c, s);
  if (!found || !person_or_name(c.doc, c.token_person, found->source)) return std::nullopt;
  return found;
}

std::optional<Found> clause_subject_of_quote(const QuoteContext& c, const Span& s) {
  // "The ad claims “…”", "The council voted for a resolution that condemns “…”": a noun phrase that is no person
  // still owns the words its sentence quotes.
  auto found = quote_sentence_subject(c, s);
  if (!found || !plausible_speaker(c.doc, c.token_person, found->source)) return std::nullopt;
  // "it was labeled “Mostly True”": the subject of a passive receives the words.
  if (lexicon::is_function(c.doc.folded_word(found->cue_begin), lexicon::kBe)) return std::nullopt;
  return found;
}

std::optional<Found> subject_sentence_before(const QuoteContext& c, const Span& s) {
  const auto before = sentence_before(c, s);
  // The sentence before belongs to this paragraph or the one before, never further back.
  if (!before || (s.paragraph > 0 && before->begin < c.doc.paragraphs[s.paragraph - 1].begin)) return std::nullopt;
  const auto& prev = *before;
  const Phrase subject = sentence_subject(c.doc, std::min(prev.end - 1, prev.begin + kFrameWindow), prev.begin);
  // A name, or a pronoun that stands for a person ("He shrugs when asked about the future. “Maybe.”").
  const bool person = subject.pronoun ? person_of(c.doc, c.token_person, subject) >= 0
                                      : person_or_name(c.doc, c.token_person, subject);
  if (subject.empty() || subject.end >= prev.end || !person) return std::nullopt;
  // A person doing something: "Valastro praised Christie’s leadership." — the subject is followed by its verb.
  return acting_subject(c, subject, prev.end);
}

}  // namespace newsmark::quotes::sieve

#include "util/small_end.h"
