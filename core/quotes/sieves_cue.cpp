// The sieves that find a speech verb, a colon, a dash or a signature right at a quote's marks.
#include <algorithm>
#include <utility>

#include "lexicon/function_words.h"
#include "quotes/attribute.h"
#include "quotes/cues.h"
#include "quotes/reported_headline.h"
#include "util/small.h"

namespace newsmark::quotes::sieve {
namespace {


// The quote's last token inside its marks; a nested quote may close with the outer one: “… ‘…’”.
std::string_view last_inside(const QuoteContext& c, const Span& s) {
  uint32_t l = s.end - 1;
  while (l > s.begin && c.doc.word(l) == "'") --l;
  return c.doc.word(l);
}

// Punctuation that ends a sentence, repeated or mixed too ("!!!", "?!", "...").
bool ends_sentence(std::string_view w) {
  return !w.empty() && w.find_first_not_of(".!?") == std::string_view::npos;
}

// The token after a closing mark where an utterance's frame can start, or none: only an utterance ends in its own
// punctuation or a comma after the mark ("“…,” X said", not "“…” a tweet said").
std::optional<uint32_t> after_close(const QuoteContext& c, const Span& s) {
  if (s.close < 0) return std::nullopt;
  const auto& para = c.doc.paragraphs[s.paragraph];
  uint32_t t = static_cast<uint32_t>(s.close) + 1;
  const auto last = last_inside(c, s);
  const bool closed = last == "," || ends_sentence(last);
  if (t < para.end && c.doc.word(t) == ",") ++t;
  else if (!closed) return std::nullopt;
  if (t >= para.end) return std::nullopt;
  // "Clinton says Trump's “… unhinged.” She says …": a full stop ends the sentence, and the next one has its own quote.
  if ((last == "." || last == "...") && t == static_cast<uint32_t>(s.close) + 1 && c.doc.tokens[t].has(text::kCapitalized) &&
      c.doc.sentence_index(t) != c.doc.sentence_index(s.open) &&
      s.open != c.doc.sentences[c.doc.sentence_index(s.open)].begin)
    return std::nullopt;
  // "Clinton responded: “What difference does it make?” Her critics …": a quote a colon introduced and its own end
  // mark closed is a sentence of its own; the words after it start the next one.
  if (ends_sentence(last) && s.open > para.begin && c.doc.word(s.open - 1) == ":" && c.doc.tokens[t].has(text::kCapitalized))
    return std::nullopt;
  return t;
}

// Words after a closing mark that open no speaker: "“…,” is one common saying" (the quote is the subject of a verb),
// "“…,” refusing to acknowledge" and "“…” Asked what that means, she said" (a participle clause), "“…” (That said,"
// (an aside).
bool opens_no_speaker(const text::Document& doc, uint32_t t) {
  if (doc.word(t) == "(") return true;
  if (doc.tokens[t].kind != text::TokenKind::Word) return false;
  const auto w = doc.folded_word(t);
  if (!doc.tokens[t].has(text::kCapitalized) && lexicon::is_function(w, lexicon::kBe | lexicon::kAuxiliary)) return true;
  const bool lower_next = t + 1 < doc.tokens.size() && doc.tokens[t + 1].kind == text::TokenKind::Word &&
                          !doc.tokens[t + 1].has(text::kCapitalized);
  // "“…,” Ebeling said": a name that looks like a participle, with the cue right after it, is the speaker.
  return (is_participle(w) || is_past_form(w)) && lower_next && !cue_length(doc, t + 1);
}

// "“Why now?” Mills then writes back, “You look cute.”": after a quote that ended its sentence, a cue that opens
// the next quote (a comma or colon and its mark, past one particle) is that quote's, not this one's; after any quote,
// a cue and a colon before the next mark.
bool opens_next_quote(const QuoteContext& c, const Span& s, uint32_t cue_end) {
  // A colon after the cue introduces what follows, whatever ended this quote ("… at “less advanced schools,” Trump
  // said: “I don't like what he said.”").
  if (cue_end + 1 < c.doc.tokens.size() && c.doc.word(cue_end) == ":" && quote_mark(c.doc.word(cue_end + 1)))
    return true;
  if (!ends_sentence(last_inside(c, s))) return false;
  uint32_t t = cue_end;
  if (t < c.doc.tokens.size() && c.doc.tokens[t].kind == text::TokenKind::Word && !c.doc.tokens[t].has(text::kCapitalized) &&
      (c.doc.folded_word(t) == "back" || c.doc.folded_word(t) == "out" || c.doc.folded_word(t) == "up"))
    ++t;
  return t + 1 < c.doc.tokens.size() && (c.doc.word(t) == "," || c.doc.word(t) == ":") &&
         quote_mark(c.doc.word(t + 1));
}

// "“… the bully.” South Carolina, he said, was …", "“… the Trump campaign.” Ohio Gov. John Kasich said he would have
// fired him": after a quote that ended its sentence, a cue followed by a clause of its own ("that", a subject
// pronoun) or set off by commas inside the next sentence frames that sentence, not the quote.
bool frames_next_sentence(const QuoteContext& c, const Span& s, uint32_t cue_begin, uint32_t cue_end) {
  if (!ends_sentence(last_inside(c, s)) || cue_end + 1 >= c.doc.tokens.size()) return false;
  if (c.doc.folded_word(cue_end) == "that" || frame_word(c.doc, cue_end) == FrameWord::Pronoun) return true;
  // "“… in my opinion.” Reid said both Rubio and Cruz are …": a determiner after the cue opens what it reports.
  if (c.doc.tokens[cue_end].kind == text::TokenKind::Word && !c.doc.tokens[cue_end].has(text::kCapitalized) &&
      lexicon::is_function(c.doc.folded_word(cue_end),
                           lexicon::kDeterminer | lexicon::kQuantifier | lexicon::kPossessive))
    return true;
  return cue_begin >= 2 && c.doc.word(cue_begin - 2) == "," && frame_word(c.doc, cue_begin - 1) == FrameWord::Pronoun &&
         c.doc.word(cue_end) == "," && c.doc.tokens[cue_end + 1].kind == text::TokenKind::Word &&
         !c.doc.tokens[cue_end + 1].has(text::kCapitalized);
}

struct SpeakerThenCue {
  Found found;
  bool apposition = false;  // a comma stands between the speaker and the cue
};

// After the mark and before a cue, everything is the speaker ("a narrator in the Clinton ad asks"), or the name before
// an apposition ("Scott Pruitt, the Republican attorney general of Oklahoma, said").
std::optional<SpeakerThenCue> speaker_then_cue(const QuoteContext& c, const Span& s) {
  const auto start = after_close(c, s);
  if (!start || cue_length(c.doc, *start)) return std::nullopt;  // the cue right after the mark is another sieve's
  const uint32_t t = *start;
  const auto& para = c.doc.paragraphs[s.paragraph];
  // "“…,” for instance, and Trump vowed": a phrase opening with a preposition is an adverbial, not a speaker. But a
  // capitalised closed-class word straight before the verb is a surname ("“…,” From said." of Al From): mid-sentence,
  // such words are written in lower case.
  const auto surname = [&] {
    return c.doc.tokens[t].has(text::kCapitalized) && !c.doc.tokens[t].has(text::kHeadline) && t + 1 < para.end &&
           closing_cue_length(c.doc, t + 1);
  };
  if ((frame_word(c.doc, t) == FrameWord::Boundary || lexicon::is_function(c.doc, t, lexicon::kPreposition)) &&
      !surname())
    return std::nullopt;
  if (opens_no_speaker(c.doc, t)) return std::nullopt;
  uint32_t first_comma = 0;
  for (uint32_t k = t; k < para.end && k < t + kAppositionReach; ++k) {
    if (const uint32_t n = closing_cue_length(c.doc, k)) {
      if (k == t) return std::nullopt;
      uint32_t e = first_comma ? first_comma : k;
      while (e > t && frame_word(c.doc, e - 1) == FrameWord::Between) --e;
      e = skip_parenthesis_back(c.doc, e, t);
      if (e == t) return std::nullopt;
      const bool pronoun = e == t + 1 && frame_word(c.doc, t) == FrameWord::Pronoun;
      if (opens_next_quote(c, s, k + n) || frames_next_sentence(c, s, k, k + n)) return std::nullopt;
      // "“Trump Revealed,” a biography written by Marc Fisher": a passive verb describes the thing quoted.
      if (reduced_passive(c.doc, k, n)) return std::nullopt;
      return SpeakerThenCue{Found{Phrase{t, e, pronoun}, k, k + n}, first_comma != 0};
    }
    const auto w = c.doc.word(k);
    // "“…!” until shots are heard. At this point, …"
    if (c.doc.sentence_index(k) != c.doc.sentence_index(t)) return std::nullopt;
    if (w == "," && !first_comma) first_comma = k;
    if (!first_comma && k >= t + kCueReach) return std::nullopt;
    if (c.doc.tokens[k].kind == text::TokenKind::Punct && w != "-" && w != "--" && w != "(" && w != ")" &&
        w != "." && w != "," && w != "\xE2\x80\x94" && w != "\"")  // a nickname: Marcia "Cia" Price
      return std::nullopt;
  }
  return std::nullopt;
}

// The speech verb ending the paragraph before a quote that opens its own paragraph ("X said:"), or none.
std::optional<uint32_t> paragraph_colon(const QuoteContext& c, const Span& s) {
  const auto& para = c.doc.paragraphs[s.paragraph];
  if (s.open != para.begin || s.paragraph == 0) return std::nullopt;
  const auto& prev = c.doc.paragraphs[s.paragraph - 1];
  if (prev.end - prev.begin < 2 || c.doc.word(prev.end - 1) != ":") return std::nullopt;
  return prev.end - 1;
}

// The verb of saying or reporting nearest before the colon ending the paragraph before the quote, in the colon's
// sentence ("the committee said about its inclusion of … in the latest draft of its platform:", "The foundation
// describes itself in the following way:"): [begin, end).
std::optional<std::pair<uint32_t, uint32_t>> cue_before_colon(const QuoteContext& c, const Span& s, uint32_t colon) {
  const auto& prev = c.doc.paragraphs[s.paragraph - 1];
  const uint32_t floor = std::max(prev.begin, c.doc.sentences[c.doc.sentence_index(colon)].begin);
  for (uint32_t k = colon; k-- > floor && colon - k <= kFrameWindow;) {
    if (quote_mark(c.doc.word(k))) return std::nullopt;  // another quote's frame
    if (const uint32_t n = cue_length(c.doc, k)) return std::make_pair(k, k + n);
    if (const uint32_t n = report_verb(c.doc, k).tokens) return std::make_pair(k, k + n);
  }
  return std::nullopt;
}

struct Lead {
  uint32_t from;   // the first token of the sentence
  uint32_t colon;  // the colon right before the opening mark
};

// The colon right before the opening mark, in a sentence that starts with a capital within the frame window.
std::optional<Lead> lead_before_colon(const QuoteContext& c, const Span& s) {
  const auto& para = c.doc.paragraphs[s.paragraph];
  if ((s.open == para.begin && s.paragraph > 0) || s.open < para.begin + 2 || c.doc.word(s.open - 1) != ":")
    return std::nullopt;
  const uint32_t colon = s.open - 1;
  const uint32_t from = c.doc.sentences[c.doc.sentence_index(colon)].begin;
  if (colon - from > kFrameWindow || !c.doc.tokens[from].has(text::kCapitalized)) return std::nullopt;
  return Lead{from, colon};
}

// The subject of the words from `from` to the colon, when it is a person or a pronoun.
std::optional<Found> person_before_colon(const QuoteContext& c, uint32_t colon, uint32_t from) {
  const Phrase subject = sentence_subject(c.doc, colon, from);
  if (subject.empty() || (!subject.pronoun && !person_or_name(c.doc, c.token_person, subject))) return std::nullopt;
  return Found{subject, colon, colon + 1};
}

// The most words a name before a colon may have ("Carl Bialik:", "Sen. Susan Collins:").
constexpr uint32_t kMaxName = 4;

// "his father, Darrin,", "Biden's campaign manager, Jen Dillon,": a description naming no one (a determiner or a
// name's possessive, then lower-case words), then the name set off after it, which ends at `stop` (a comma or the
// clause's end). The name is who speaks; none when the phrase is no such description.
std::optional<Phrase> name_after_description(const QuoteContext& c, const Phrase& d, uint32_t stop) {
  if (d.pronoun || d.end >= stop || c.doc.word(d.end) != "," || stop - d.end - 1 > kMaxName || stop == d.end + 1)
    return std::nullopt;
  const bool owned = d.end > d.begin + 2 && c.doc.tokens[d.begin].has(text::kCapitalized) &&
                     c.doc.tokens[d.begin + 1].kind == text::TokenKind::Possessive;
  if (!owned && !determiner(c.doc.folded_word(d.begin))) return std::nullopt;
  for (uint32_t t = d.begin + (owned ? 2 : 1); t < d.end; ++t)
    if (c.doc.tokens[t].has(text::kCapitalized)) return std::nullopt;
  for (uint32_t t = d.end + 1; t < stop; ++t)
    if (!c.doc.tokens[t].has(text::kCapitalized) && c.doc.word(t) != ".") return std::nullopt;
  return Phrase{d.end + 1, stop, false};
}

// A colon after this many tokens ends a sentence of its own, whose subject introduces the quote.
constexpr uint32_t kShortSubject = 8;

// A paragraph longer than this is prose, not a signature ("— Michelle Marks, a teacher from Philadelphia.").
constexpr uint32_t kSignatureLine = 12;

}  // namespace

std::optional<Found> embedded_post(const QuoteContext& c, const Span& s) {
  const auto it = std::lower_bound(c.posts.begin(), c.posts.end(), s.begin,
                                   [](const EmbeddedPost& p, uint32_t b) { return p.begin < b; });
  if (it == c.posts.end() || it->begin != s.begin) return std::nullopt;
  return Found{Phrase{it->author_begin, it->author_end, false}, it->dash, it->dash + 1};
}

std::optional<Found> transcript(const QuoteContext& c, const Span& s) {
  uint32_t e = s.begin;
  while (e < s.end && e - s.begin < 3 && c.doc.tokens[e].kind == text::TokenKind::Word &&
         c.doc.tokens[e].has(text::kAllCaps) && c.doc.word(e).size() > 1)
    ++e;
  if (e == s.begin || e + 1 >= s.end || c.doc.word(e) != ":") return std::nullopt;
  return Found{Phrase{s.begin, e, false}, e, e + 1};
}

std::optional<Found> cue_after_quote(const QuoteContext& c, const Span& s) {
  const auto t = after_close(c, s);
  if (!t) return std::nullopt;
  const uint32_t n = cue_length(c.doc, *t);
  if (!n) return std::nullopt;
  // "there is still “more work to do,” noting weak growth in China": a participle after the mark goes on with the
  // sentence's own subject; what follows it is its object.
  if (is_participle(c.doc.folded_word(*t))) return std::nullopt;
  // "Roffman, who estimates that his costs were “in the seven figures,” described …": words quoted inside a relative
  // clause set off by commas; the verb after the clause's closing comma is the main clause's, not an inverted cue.
  for (uint32_t k = s.open; k-- > c.doc.sentence_at(s.open).begin + 1 && s.open - k <= kFrameWindow;) {
    const auto w = c.doc.word(k);
    if (w == "," || w == ";" || w == ":") break;
    if (lexicon::is_function(c.doc.folded_word(k), lexicon::kRelative) && c.doc.word(k - 1) == "," &&
        c.doc.folded_word(k) != "that")
      return std::nullopt;
  }
  const auto& para = c.doc.paragraphs[s.paragraph];
  const Phrase p = phrase_after(c.doc, *t + n, std::min(para.end, *t + n + kCueReach));
  // "said Labour's health spokesman, Wes Streeting.": the name set off after the description is who speaks.
  uint32_t stop = p.end + 1;
  while (stop < para.end && stop - p.end <= kMaxName + 1 && c.doc.tokens[stop].kind == text::TokenKind::Word) ++stop;
  if (stop < para.end && (c.doc.word(stop) == "," || c.doc.word(stop) == "." || c.doc.word(stop) == ";"))
    if (const auto name = name_after_description(c, p, stop)) return Found{*name, *t, *t + n};
  return Found{p, *t, *t + n};
}

std::optional<Found> speaker_cue_after_quote(const QuoteContext& c, const Span& s) {
  const auto r = speaker_then_cue(c, s);
  if (!r || r->apposition) return std::nullopt;
  return r->found;
}

std::optional<Found> apposition_cue_after_quote(const QuoteContext& c, const Span& s) {
  const auto r = speaker_then_cue(c, s);
  if (!r || !r->apposition) return std::nullopt;
  // "“…,” his father, Darrin, said": after a description, the name in the apposition is who speaks.
  const uint32_t close = r->found.cue_begin;
  if (close > 0 && c.doc.word(close - 1) == ",")
    if (const auto name = name_after_description(c, r->found.source, close - 1))
      return Found{*name, r->found.cue_begin, r->found.cue_end};
  // Before the apposition stands a name or a determined noun phrase ("the minister, a Republican,"), not a clause
  // ("Employees treated well stay, and …").
  const Phrase& p = r->found.source;
  bool capitals = true;  // "Will Estrada", whose first name is also an auxiliary
  for (uint32_t t = p.begin; t < p.end && capitals; ++t)
    capitals = c.doc.tokens[t].has(text::kCapitalized) || c.doc.word(t) == ".";
  // "Scott's niece, state Del. Marcia Price, shouted": a name's possessive opens a noun phrase too.
  const bool owned = p.end > p.begin + 2 && c.doc.tokens[p.begin].has(text::kCapitalized) &&
                     c.doc.tokens[p.begin + 1].kind == text::TokenKind::Possessive;
  if (!p.pronoun && !capitals && !owned && !person_or_name(c.doc, c.token_person, p) &&
      !determiner(c.doc.folded_word(p.begin)))
    return std::nullopt;
  return r->found;
}

std::optional<Found> name_verb_after_quote(const QuoteContext& c, const Span& s) {
  const auto start = after_close(c, s);
  if (!start || cue_length(c.doc, *start)) return std::nullopt;
  // "“No doubt about it.” Anna Berg disagreed.": with no verb of saying, a full stop inside the mark ends the sentence
  // and the name opens the next one; a comma, "?" or "!" leaves the clause open ("“Sit down!” Tom Hall barked.").
  const auto last = last_inside(c, s);
  if (last == "." || last == "...") return std::nullopt;
  const uint32_t t = *start;
  const auto& para = c.doc.paragraphs[s.paragraph];
  uint32_t b = t, e = t;
  bool pronoun = false;
  if (frame_word(c.doc, t) == FrameWord::Pronoun && c.doc.folded_word(t) != "who" && c.doc.folded_word(t) != "it") {
    pronoun = true;
    e = t + 1;
  } else {
    // "an angry Hollande retaliated": a determiner and at most two lower-case words may describe the name.
    if (determiner(c.doc.folded_word(t))) {
      b = t + 1;
      while (b < para.end && b - t <= 2 && c.doc.tokens[b].kind == text::TokenKind::Word &&
             !c.doc.tokens[b].has(text::kCapitalized))
        ++b;
    }
    e = b;
    while (e < para.end && e - b < 4 && c.doc.tokens[e].has(text::kCapitalized)) ++e;
    // A person, or a name the people stage did not know ("Maddow repeated").
    if (e == b || !person_or_name(c.doc, c.token_person, Phrase{b, e, false})) return std::nullopt;
  }
  // The verb: one lower-case word in a finite form (-ed, -s) or with "back" ("shot back"), then the clause ends or
  // goes on with a preposition.
  if (e >= para.end || c.doc.tokens[e].kind != text::TokenKind::Word || c.doc.tokens[e].has(text::kCapitalized))
    return std::nullopt;
  const auto verb = c.doc.folded_word(e);
  const bool back = e + 1 < para.end && c.doc.folded_word(e + 1) == "back";
  if (verb.size() < 3 || frame_word(c.doc, e) != FrameWord::None || !(back || finite_form(verb, 4)))
    return std::nullopt;
  const uint32_t verb_end = e + (back ? 2 : 1);
  if (verb_end < para.end && c.doc.tokens[verb_end].kind != text::TokenKind::Punct && !linking_preposition(c.doc, verb_end) &&
      c.doc.folded_word(verb_end) != "and")
    return std::nullopt;
  return Found{Phrase{b, e, pronoun}, e, verb_end};
}

std::optional<Found> verb_name_after_quote(const QuoteContext& c, const Span& s) {
  const auto start = after_close(c, s);
  if (!start || cue_length(c.doc, *start)) return std::nullopt;
  const uint32_t v = *start;
  const auto& para = c.doc.paragraphs[s.paragraph];
  // The verb: a lower-case word of no closed class in a finite form ("beamed", "remembered", "marvels").
  if (c.doc.tokens[v].kind != text::TokenKind::Word || c.doc.tokens[v].has(text::kCapitalized) ||
      lexicon::function_word(c.doc.folded_word(v)) || frame_word(c.doc, v) != FrameWord::None)
    return std::nullopt;
  const auto verb = c.doc.folded_word(v);
  if (!finite_form(verb, 5)) return std::nullopt;  // before a name, a form of five letters or more
  // The name: capitalised words (and the stops of initials and titles), then the clause ends or describes it ("of
  // Madison", "who …", ", the former spokesman").
  uint32_t e = v + 1;
  while (e < para.end && e - v <= kMaxName + 1 &&
         (c.doc.tokens[e].has(text::kCapitalized) || (c.doc.word(e) == "." && c.doc.tokens[e - 1].has(text::kCapitalized) &&
                                                      !c.doc.tokens[e].has(text::kSpaceBefore) && e + 1 < para.end &&
                                                      c.doc.tokens[e + 1].has(text::kCapitalized))))
    ++e;
  if (e == v + 1 || !person_or_name(c.doc, c.token_person, Phrase{v + 1, e, false})) return std::nullopt;
  const bool ends = e >= para.end || c.doc.tokens[e].kind == text::TokenKind::Punct || c.doc.folded_word(e) == "of" ||
                    c.doc.folded_word(e) == "who";
  if (!ends) return std::nullopt;
  return Found{Phrase{v + 1, e, false}, v, v + 1};
}

std::optional<Found> outer_reporter(const QuoteContext& c, uint32_t inner) {
  const auto sent = frame_window(c.doc.sentence_at(inner), inner, inner + 1);  // bounded: endless sentences stay linear
  for (uint32_t o = sent.begin; o < inner; ++o) {
    const uint32_t n = cue_length(c.doc, o);
    if (!n || !introduces_clause(c.doc, o)) continue;
    bool words = true;  // a frame punctuation parts from the inner verb frames something else
    for (uint32_t t = o + n; t < inner && words; ++t) words = in_words(c.doc, t);
    if (!words) continue;
    const Phrase p = phrase_before(c.doc, o, sent.begin);
    if (!p.empty() && (p.pronoun || person_of(c.doc, c.token_person, p) >= 0)) return Found{p, o, o + n};
    return std::nullopt;
  }
  return std::nullopt;
}

std::optional<Found> cue_before_quote(const QuoteContext& c, const Span& s) {
  const auto& para = c.doc.paragraphs[s.paragraph];
  if (s.open <= para.begin) return std::nullopt;
  uint32_t t = s.open;
  const auto w = c.doc.word(t - 1);
  if (w == ":" || w == ",") --t;
  // "Said Dorothy Poynter, “…”", "Said Anna Berg, who grew up there, “…”": an inverted verb opening the sentence, its
  // speaker right after it, up to the mark or to an aside's comma.
  if (const uint32_t open = c.doc.sentences[c.doc.sentence_index(t)].begin;
      (w == ":" || w == ",") && open + 1 < t && opening_cue_length(c.doc, open)) {
    const Phrase after = phrase_after(c.doc, open + 1, t);
    bool aside = after.end < t && c.doc.word(after.end) == ",";
    for (uint32_t k = after.end + 1; aside && k < t; ++k)
      aside = !(quote_mark(c.doc.word(k)) || c.doc.word(k) == ":" || c.doc.word(k) == ";");
    if ((after.end == t || aside) && person_or_name(c.doc, c.token_person, after)) return Found{after, open, open + 1};
  }
  const uint32_t floor = std::max(para.begin, t > kCueReach ? t - kCueReach : 0);
  for (uint32_t k = t; k-- > floor;) {
    if (c.doc.tokens[k].kind == text::TokenKind::Punct && k + 1 != t) break;
    if (const uint32_t n = cue_length(c.doc, k)) {
      if (k + n != t && w != ":" && w != ",") return std::nullopt;  // "said" far from a bare mark frames something else
      if (w != ":" && w != ",")
        if (auto outer = outer_reporter(c, k)) return outer;
      const Phrase before = phrase_before(c.doc, k, para.begin);
      // "Because of the schedule, explained Rosenberg, “…”": with no speaker before it, an inverted cue's name runs
      // up to the mark.
      if (k + n < t && !plausible_speaker(c.doc, c.token_person, before)) {
        const Phrase after = phrase_after(c.doc, k + n, t);
        // A capital or an article opens the name: not the hearer of "before asking her, “…”".
        const uint32_t f = lexicon::function_word(c.doc.folded_word(after.begin));
        const bool opens = c.doc.tokens[after.begin].has(text::kCapitalized) ||
                           ((f & lexicon::kDeterminer) && !(f & (lexicon::kPossessive | lexicon::kPronoun)));
        if (after.end == t && opens && person_or_name(c.doc, c.token_person, after))
          return Found{after, k, k + n};
      }
      return Found{before, k, k + n};
    }
  }
  return std::nullopt;
}

std::optional<Found> cue_paragraph_before(const QuoteContext& c, const Span& s) {
  const auto colon = paragraph_colon(c, s);
  if (!colon) return std::nullopt;
  const auto cue = cue_before_colon(c, s, *colon);
  if (!cue) return std::nullopt;
  return Found{phrase_before(c.doc, cue->first, c.doc.paragraphs[s.paragraph - 1].begin), cue->first, cue->second};
}

std::optional<Found> subject_paragraph_before(const QuoteContext& c, const Span& s) {
  const auto colon = paragraph_colon(c, s);
  if (!colon || cue_before_colon(c, s, *colon)) return std::nullopt;  // a verb of saying is the sieve before's
  return person_before_colon(c, *colon, c.doc.paragraphs[s.paragraph - 1].begin);
}

std::optional<Found> headline_name_colon(const QuoteContext& c, const Span& s) {
  const auto& para = c.doc.paragraphs[s.paragraph];
  if ((s.open == para.begin && s.paragraph > 0) || s.open < para.begin + 2 || c.doc.word(s.open - 1) == ":")
    return std::nullopt;
  // A name with its title or role ("Dr. Ben Carson:", "McCain Challenger Kelli Ward:"): capitalised words and the
  // stop of a title.
  uint32_t k = para.begin, words = 0;
  while (k < s.open && words <= kMaxName &&
         (c.doc.tokens[k].has(text::kCapitalized) ||
          (k > para.begin && c.doc.word(k) == "." && !c.doc.tokens[k].has(text::kSpaceBefore))))
    words += c.doc.tokens[k++].has(text::kCapitalized);
  if (k == para.begin || k >= s.open || words > kMaxName || c.doc.word(k) != ":" ||
      c.doc.sentence_index(k) != c.doc.sentence_index(s.open) || !reported::headline_source(c.doc, para.begin, k))
    return std::nullopt;
  return Found{Phrase{para.begin, k, false}, k, k + 1};
}

std::optional<Found> name_colon_mid_sentence(const QuoteContext& c, const Span& s) {
  if (s.open < 3 || c.doc.word(s.open - 1) != ":") return std::nullopt;
  const uint32_t colon = s.open - 1;
  constexpr uint32_t kMaxNames = 2 * kMaxName + 1;  // two names and "and"
  const uint32_t floor = std::max(c.doc.paragraphs[s.paragraph].begin, colon > kMaxNames ? colon - kMaxNames - 1 : 0u);
  uint32_t b = colon;
  bool pair = false;
  // Names, and "and" between two of them ("More from Blumenthal and Cohen:").
  while (b > floor && (c.doc.tokens[b - 1].has(text::kCapitalized) || (b < colon && c.doc.word(b - 1) == ".") ||
                       (b < colon && b - 1 > floor && c.doc.word(b - 1) == "and" &&
                        c.doc.tokens[b - 2].has(text::kCapitalized) && (pair = true))))
    --b;
  // "More from the report:": a determined noun phrase after "More from".
  if (b == colon) {
    uint32_t d = colon;
    while (d > floor && colon - d < kMaxName && c.doc.tokens[d - 1].kind == text::TokenKind::Word &&
           c.doc.folded_word(d - 1) != "from")
      --d;
    if (d < colon && d >= floor + 2 && determiner(c.doc.folded_word(d)) && c.doc.folded_word(d - 1) == "from" &&
        c.doc.folded_word(d - 2) == "more")
      return Found{Phrase{d, colon, false}, colon, colon + 1};
  }
  if (b == colon || b == floor || colon - b > (pair ? kMaxNames : kMaxName) || !c.doc.tokens[b].has(text::kCapitalized))
    return std::nullopt;
  // "Pollsters agree - Carl Bialik: “…”": a dash sets the name apart from the words before it (not "a nurse from
  // Philadelphia:", where the name is a place); so does "More from" in a newsletter ("More from Jones: “…”").
  const bool more_from = c.doc.folded_word(b - 1) == "from" && b >= 2 && c.doc.folded_word(b - 2) == "more";
  if (!is_dash(c.doc.word(b - 1)) && !more_from) return std::nullopt;
  return Found{Phrase{b, colon, false}, colon, colon + 1};
}

std::optional<Found> short_subject_colon(const QuoteContext& c, const Span& s) {
  const auto lead = lead_before_colon(c, s);
  if (!lead) return std::nullopt;
  uint32_t end = lead->colon;
  for (uint32_t k = lead->from; k < lead->colon; ++k) {
    if (c.doc.tokens[k].kind != text::TokenKind::Punct || c.doc.word(k) == ".") continue;
    // "Maria Lopez, a nurse from Philadelphia: “…”": a name, then its apposition.
    if (c.doc.word(k) != "," || k == lead->from || k + 1 >= lead->colon || c.doc.tokens[k + 1].has(text::kCapitalized))
      return std::nullopt;
    for (uint32_t t = lead->from; t < k; ++t)
      if (!c.doc.tokens[t].has(text::kCapitalized) && c.doc.word(t) != ".") return std::nullopt;
    end = k;
    break;
  }
  if (end - lead->from > kShortSubject || (end == lead->colon && lead->colon - lead->from > kShortSubject))
    return std::nullopt;
  return Found{Phrase{lead->from, end, false}, lead->colon, lead->colon + 1};
}

std::optional<Found> sentence_subject_colon(const QuoteContext& c, const Span& s) {
  const auto lead = lead_before_colon(c, s);
  if (!lead || lead->colon - lead->from <= kShortSubject) return std::nullopt;
  return person_before_colon(c, lead->colon, lead->from);
}

namespace {
// Whether a verb of saying or reporting stands in [from, to), looking back no further than a frame's reach.
bool speech_verb_before(const QuoteContext& c, uint32_t from, uint32_t to) {
  for (uint32_t k = std::max(from, to > kFrameWindow ? to - kFrameWindow : 0); k < to; ++k)
    if (cue_length(c.doc, k) || report_verb(c.doc, k).tokens) return true;
  return false;
}
}  // namespace

std::optional<Found> dash_after(const QuoteContext& c, const Span& s) {
  if (s.close < 0) return std::nullopt;
  const auto& para = c.doc.paragraphs[s.paragraph];
  const uint32_t t = static_cast<uint32_t>(s.close) + 1;
  if (t + 1 >= para.end || !is_dash(c.doc.word(t))) return std::nullopt;
  // "Rajoy insisted his party was “still the No. 1 force.”--Kim Hjelmgaard": after words that a verb of saying or
  // reporting frames in their own sentence, the dash signs the story, not the words.
  if (speech_verb_before(c, std::max(para.begin, c.doc.sentence_at(s.open).begin), s.open)) return std::nullopt;
  const Phrase p = phrase_after(c.doc, t + 1, std::min(para.end, t + 1 + kCueReach));
  if (p.empty() || !c.doc.tokens[p.begin].has(text::kCapitalized)) return std::nullopt;
  return Found{p, t, t + 1};
}

std::optional<Found> name_dash_before(const QuoteContext& c, const Span& s) {
  const auto& para = c.doc.paragraphs[s.paragraph];
  if (s.open < para.begin + 2 || !is_dash(c.doc.word(s.open - 1))) return std::nullopt;
  const uint32_t e = s.open - 1;
  const int32_t person = c.token_person[e - 1];
  if (person < 0 || !c.doc.tokens[e - 1].has(text::kCapitalized)) return std::nullopt;  // a name, not "the governor"
  uint32_t b = e - 1;
  while (b > para.begin && c.token_person[b - 1] == person) --b;
  // A verb of saying or reporting before the name, in its sentence.
  if (!speech_verb_before(c, c.doc.sentence_at(b).begin, b)) return std::nullopt;
  return Found{Phrase{b, e, false}, e, e + 1};
}

std::optional<Found> dash_line_after(const QuoteContext& c, const Span& s) {
  if (s.close < 0 || s.paragraph + 1 >= c.doc.paragraphs.size()) return std::nullopt;
  const auto& para = c.doc.paragraphs[s.paragraph];
  uint32_t t = static_cast<uint32_t>(s.close) + 1;
  while (t < para.end && c.doc.tokens[t].kind == text::TokenKind::Punct) ++t;
  if (t != para.end) return std::nullopt;  // the quote must end its paragraph
  const auto& next = c.doc.paragraphs[s.paragraph + 1];
  if (next.end - next.begin < 2 || next.end - next.begin > kSignatureLine || !is_dash(c.doc.word(next.begin)))
    return std::nullopt;
  const Phrase p = phrase_after(c.doc, next.begin + 1, next.end);
  if (p.empty() || !c.doc.tokens[p.begin].has(text::kCapitalized)) return std::nullopt;
  return Found{p, next.begin, next.begin + 1};
}

}  // namespace newsmark::quotes::sieve

#include "util/small_end.h"
