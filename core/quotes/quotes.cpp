#include "quotes/quotes.h"

#include <algorithm>
#include <string>
#include <utility>

#include "quotes/attribute.h"
#include "quotes/cues.h"
#include "quotes/embedded.h"
#include "quotes/find.h"
#include "quotes/reported.h"
#include "lexicon/function_words.h"
#include "lexicon/gazetteer.h"
#include "util/sort_by.h"
#include "util/tsv.h"
#include "util/small.h"

namespace newsmark::data {
extern const std::string_view quote_link_labels_txt;
}  // namespace newsmark::data

namespace newsmark::quotes {
namespace {

// A scare quote or a title has at most this many words and no speech around it.
constexpr uint32_t kScareWords = 2;
// How far before a short quote a reporting verb still frames it, in tokens.
constexpr uint32_t kFrameReach = 10;

bool speech_in_sentence(const text::Document& doc, const text::TokenRange& sent, const Span& s) {
  for (uint32_t t = sent.begin; t < sent.end; ++t) {
    if (t >= s.open && t <= static_cast<uint32_t>(s.close < 0 ? s.end : s.close)) continue;
    if (cue_length(doc, t) || (frame_word(doc, t) == FrameWord::According && t + 1 < sent.end && doc.word(t + 1) == "to"))
      return true;
  }
  // A reporting verb shortly before the marks frames them: "admires Putin as a “strong leader”".
  for (uint32_t t = s.open, n = 0; t-- > sent.begin && n < kFrameReach; ++n) {
    if (doc.tokens[t].kind == text::TokenKind::Punct) break;
    if (report_verb(doc, t).tokens) return true;
  }
  // A signature after the closing mark: "“…” — Name".
  const uint32_t after = s.past();
  if (after + 1 < doc.tokens.size()) {
    const auto w = doc.word(after);
    if (is_dash(w) && doc.tokens[after + 1].has(text::kCapitalized)) return true;
  }
  return false;
}

// A quote that is a sentence of its own, ending in its own punctuation, at the start of its sentence or after a colon:
// “We're America.” is said, not scare-quoted.
bool whole_sentence(const text::Document& doc, const text::TokenRange& sent, const Span& s) {
  // After a colon the quote is what the sentence announced: "had one message: “Dump Trump.”"
  const bool announced = s.open > sent.begin && doc.word(s.open - 1) == ":";
  if (s.close < 0 || (s.open != sent.begin && !announced) || s.end <= s.begin) return false;
  const auto last = doc.word(s.end - 1);
  return (last == "." || last == "!" || last == "?") && s.past() >= sent.end;
}

// A nickname between a given name and a surname: Marcia "Cia" Price.
bool nickname(const text::Document& doc, const Span& s) {
  if (s.open == 0 || s.close < 0 || static_cast<std::size_t>(s.close) + 1 >= doc.tokens.size()) return false;
  const auto& before = doc.tokens[s.open - 1];
  const auto& after = doc.tokens[static_cast<std::size_t>(s.close) + 1];
  if (before.has(text::kHeadline)) return false;  // every word of a headline is capitalised
  return before.kind == text::TokenKind::Word && before.has(text::kCapitalized) &&
         after.kind == text::TokenKind::Word && after.has(text::kCapitalized);
}

// The title after a noun naming a work: "in his 2002 book, ‘Make Your Kid a Millionaire,’", "the anthem ‘A Change Is
// Gonna Come,’", "Anna Berg's commentary, “Tell your story,”".
bool after_work_noun(const text::Document& doc, const Span& s) {
  uint32_t t = s.open;
  if (t > 0 && doc.word(t - 1) == ",") --t;
  return t > 0 && frame_word(doc, t - 1) == FrameWord::Work;
}

// Words set like a title: the first capitalised, every long one too, at least half of them, and no sentence
// punctuation inside ("Face the Nation", not "I’m with her").
bool title_case(const text::Document& doc, const Span& s) {
  if (!doc.tokens[s.begin].has(text::kCapitalized)) return false;
  uint32_t words = 0, capitals = 0;
  for (uint32_t t = s.begin; t < s.end; ++t)
    if (doc.tokens[t].kind == text::TokenKind::Word) ++words, capitals += doc.tokens[t].has(text::kCapitalized);
  if (capitals < std::min(2u, words) || 2 * capitals < words) return false;
  for (uint32_t t = s.begin; t < s.end; ++t) {
    const auto& tok = doc.tokens[t];
    const auto w = doc.word(t);
    if (tok.kind == text::TokenKind::Punct && (w == "?" || w == "!" || (w == "." && t + 1 < s.end))) return false;
    // Titles keep short prepositions in lower case: “Contract with America”.
    if (tok.kind == text::TokenKind::Word && w.size() >= 4 && !tok.has(text::kCapitalized) && !linking_preposition(doc, t))
      return false;
  }
  return true;
}

// Nothing but marks and words in capitals before the quote in its sentence: it opens it ("MOVING SHOP—“…”").
bool opens_sentence(const text::Document& doc, const text::TokenRange& sent, const Span& s) {
  for (uint32_t t = sent.begin; t < s.open; ++t)
    if (doc.tokens[t].kind == text::TokenKind::Word && !doc.tokens[t].has(text::kAllCaps)) return false;
  return true;
}

// A title opening its sentence as a modifier of the noun after it: "“Orange Is the New Black” star Dascha Polanco"; or
// a headline credited to its writer: "“Gallery opening across from the museum,” by Times' Anna Berg".
bool title_opening_sentence(const text::Document& doc, const text::TokenRange& sent, const Span& s) {
  if (s.close < 0 || !opens_sentence(doc, sent, s)) return false;
  uint32_t after = static_cast<uint32_t>(s.close) + 1;
  if (after < sent.end && doc.word(after) == ",") ++after;
  if (after + 1 >= sent.end || doc.tokens[after].kind != text::TokenKind::Word) return false;
  const bool next_capitalised = doc.tokens[after + 1].has(text::kCapitalized);
  if (doc.folded_word(after) == "by") return next_capitalised;
  if (doc.tokens[after].has(text::kCapitalized) || !title_case(doc, s) || !next_capitalised) return false;
  return !lexicon::function_word(doc.folded_word(after)) && !linking_preposition(doc, after) && !cue_length(doc, after) &&
         !report_verb(doc, after).tokens;
}

// The title of a show, book or programme woven into an ordinary sentence (on “Face the Nation,”, in his book “Make
// Your Kid a Millionaire,”): a few words, every long one capitalised, after a word of the sentence, with no cue right
// after it. Headlines, where every word is capitalised, keep their quotes.
bool title_of_work(const text::Document& doc, const text::TokenRange& sent, const Span& s) {
  if (s.close < 0 || s.open == sent.begin || word_count(doc, s.begin, s.end) > 6) return false;
  const auto& before = doc.tokens[s.open - 1];
  // The words a verb of saying or naming puts in quotes are quoted: labeled “Mostly True”, titled “How to …”, fear
  // a “Putin-Ribbentrop Pact”.
  uint32_t verb = s.open - 1;
  if (verb > sent.begin && determiner(doc.folded_word(verb))) --verb;
  if (cue_length(doc, verb) || report_verb(doc, verb).tokens) return false;
  if (before.kind != text::TokenKind::Word && before.kind != text::TokenKind::Possessive &&
      before.kind != text::TokenKind::Number)
    return false;
  if (!title_case(doc, s)) return false;
  // After a possessive or a preposition the words name a work ("on ABC’s “This Week,” Carson admitted", "author of
  // ‘America’s Constitution,’ put it"): a cue after them is the sentence's own.
  const bool named = before.kind == text::TokenKind::Possessive ||
                     lexicon::is_function(doc.folded_word(s.open - 1), lexicon::kPreposition);
  const uint32_t after = static_cast<uint32_t>(s.close) + 1;
  for (uint32_t t = after; !named && t < sent.end && t < after + 3; ++t)
    if (cue_length(doc, t)) return false;
  // An ordinary sentence around it: some long word in lower case outside the marks.
  for (uint32_t t = sent.begin; t < sent.end; ++t) {
    if (t >= s.open && t <= static_cast<uint32_t>(s.close)) continue;
    if (doc.tokens[t].kind == text::TokenKind::Word && doc.word(t).size() >= 4 && !doc.tokens[t].has(text::kCapitalized))
      return true;
  }
  return false;
}

// Words in a noun's slot, "a “boys will be boys” trope", "the “America First” agenda": a determiner before the marks
// and a noun right after them make the quoted words a modifier, not speech, unless a verb of saying is in the sentence.
bool noun_slot(const text::Document& doc, const text::TokenRange& sent, const Span& s) {
  if (s.close < 0 || s.open == 0) return false;
  const uint32_t after = static_cast<uint32_t>(s.close) + 1;
  if (after >= sent.end || doc.tokens[after].kind != text::TokenKind::Word ||
      doc.tokens[after].has(text::kCapitalized))
    return false;
  const auto& before = doc.tokens[s.open - 1];
  if (!(before.kind == text::TokenKind::Possessive ||
        (before.kind == text::TokenKind::Word && determiner(doc.folded_word(s.open - 1)))))
    return false;
  if (lexicon::function_word(doc.folded_word(after)) || linking_preposition(doc, after) || cue_length(doc, after) ||
      report_verb(doc, after).tokens)
    return false;
  for (uint32_t t = sent.begin; t < sent.end; ++t)
    if ((t < s.open || t > static_cast<uint32_t>(s.close)) && cue_length(doc, t)) return false;
  return true;
}

// A section heading set in quotes: a paragraph that is only a short quote in title case ("‘All Bets Are Off.’").
bool quoted_heading(const text::Document& doc, const Span& s) {
  const auto& para = doc.paragraphs[s.paragraph];
  if (s.close < 0 || s.open != para.begin || s.past() != para.end) return false;
  uint32_t words = 0;
  for (uint32_t t = s.begin; t < s.end; ++t) {
    const auto& tok = doc.tokens[t];
    const auto w = doc.word(t);
    if (tok.kind == text::TokenKind::Punct && (w == "?" || w == "!" || w == "," || (w == "." && t + 1 < s.end)))
      return false;
    if (tok.kind != text::TokenKind::Word) continue;
    ++words;
    if (w.size() >= 4 && !tok.has(text::kCapitalized)) return false;
  }
  return words >= 3 && words <= 8 && doc.tokens[s.begin].has(text::kCapitalized);
}

const lexicon::Gazetteer& link_labels() {
  static const lexicon::Gazetteer g = [] {
    lexicon::Gazetteer g;
    util::for_each_record(data::quote_link_labels_txt, [&](const auto& f) { g.add(f[0], 1, lexicon::Case::kFold); });
    return g;
  }();
  return g;
}

// A line linking to another article, "READ MORE: Trump says Clinton is ‘a disgrace’": its words are another
// article's headline, so neither its marks nor its verbs report anyone here.
bool link_line(const text::Document& doc, const text::TokenRange& para) {
  if (para.end - para.begin < 3) return false;
  const auto label = link_labels().longest(doc, para.begin);
  const uint32_t colon = para.begin + static_cast<uint32_t>(label.tokens);
  return label.tokens && colon + 1 < para.end && doc.tokens[para.begin].has(text::kCapitalized) &&
         doc.word(colon) == ":";
}

// Direct quotes stand as speech of their own: they open a sentence or follow a colon, comma or dash, or end with
// their own punctuation inside the marks. The rest are fragments woven into the sentence: partial.
bool is_partial(const text::Document& doc, const Span& s, const text::TokenRange& sent) {
  if (s.open == sent.begin) return false;
  const auto before = doc.word(s.open - 1);
  if (before == ":" || before == "," || is_dash(before)) return false;
  if (s.close < 0) return false;
  const auto last = doc.word(s.end - 1);
  return !(last == "," || last == "." || last == "?" || last == "!" || last == "...");
}

// An embedded post as a span of its own: no marks, its text from its first token.
Span post_span(const text::Document& doc, const EmbeddedPost& p) {
  Span e{p.begin, p.end, p.begin, -1, doc.paragraph_index(p.begin)};
  e.embedded = true;
  return e;
}

// Whether the marks at `s` hold no quotation: a scare quote, a nickname, a title, a heading or a link line.
bool not_a_quote(const text::Document& doc, const text::TokenRange& sent, const Span& s) {
  if (word_count(doc, s.begin, s.end) <= kScareWords && !whole_sentence(doc, sent, s) &&
      (!speech_in_sentence(doc, sent, s) || nickname(doc, s)))
    return true;
  return title_of_work(doc, sent, s) || after_work_noun(doc, s) || quoted_heading(doc, s) || noun_slot(doc, sent, s) ||
         title_opening_sentence(doc, sent, s) || link_line(doc, doc.paragraphs[s.paragraph]);
}

struct Kept {
  std::vector<Span> spans;   // the quotes and embedded posts, in text order
  std::vector<bool> partial;  // per span: a fragment woven into its sentence
};

// The spans that are quotes, with the embedded posts merged in text order and the pieces of quotes running across
// paragraphs linked again by their new indices.
Kept kept_spans(const text::Document& doc, const std::vector<EmbeddedPost>& posts) {
  Kept k;
  std::size_t next_post = 0;
  const auto add_post = [&] {
    k.spans.push_back(post_span(doc, posts[next_post++]));
    k.partial.push_back(false);
  };
  for (const Span& s : find_spans(doc)) {
    while (next_post < posts.size() && posts[next_post].begin <= s.begin) add_post();
    const auto sent = frame_window(doc.sentences[doc.sentence_index(s.open)], s.open, s.past());
    if (not_a_quote(doc, sent, s)) continue;
    Span kept = s;
    kept.continues = kept.continued_from = -1;
    k.spans.push_back(kept);
    k.partial.push_back(is_partial(doc, s, sent));
  }
  while (next_post < posts.size()) add_post();
  for (std::size_t i = 1; i < k.spans.size(); ++i) {
    auto& s = k.spans[i];
    auto& prev = k.spans[i - 1];
    if (!s.embedded && !prev.embedded && prev.close < 0 && prev.paragraph + 1 == s.paragraph &&
        s.open == doc.paragraphs[s.paragraph].begin) {
      prev.continues = static_cast<int32_t>(i);
      s.continued_from = static_cast<int32_t>(i - 1);
    }
  }
  return k;
}

// The quote a reader sees for tokens [b, e) and their attribution: the speaker named only when sure enough.
Quote to_quote(const text::Document& doc, std::vector<Person>& people, uint32_t b, uint32_t e, QuoteKind kind,
               const Attribution& a) {
  Quote q;
  q.at = {doc.js_begin(b), doc.js_end(e - 1)};
  q.kind = kind;
  q.rule = a.rule;
  q.confidence = a.resolved() ? a.confidence : 0;
  if (!a.resolved()) return q;
  q.source = Offsets{doc.js_begin(a.source.begin), doc.js_end(a.source.end - 1)};
  if (a.cue_end > a.cue_begin) q.cue = Offsets{doc.js_begin(a.cue_begin), doc.js_end(a.cue_end - 1)};
  // Below the threshold the quote keeps its source and cue, and says it does not know who spoke.
  if (!a.named) return q;
  if (a.person >= 0 && static_cast<std::size_t>(a.person) < people.size()) {
    auto& person = people[static_cast<std::size_t>(a.person)];
    person.quoted = true;
    q.speaker = person.id;
    q.speaker_name = person.name;
  } else if (!a.source.pronoun || a.source.refers_end > a.source.refers_begin) {
    // No person entity: the phrase itself names the speaker ("a source", "the Kremlin", "US Mission to NATO"), or
    // the phrase a relative "who" stands for ("several senators who argued").
    const uint32_t sb = a.source.pronoun ? a.source.refers_begin : a.source.begin;
    const uint32_t se = a.source.pronoun ? a.source.refers_end : a.source.end;
    q.speaker_name = doc.text.substr(doc.text_begin(sb), doc.text_end(se - 1) - doc.text_begin(sb));
  }
  return q;
}

}  // namespace

void find_quotes(const text::Document& doc, const std::vector<int32_t>& token_person, std::vector<Person>& people,
                 std::vector<Quote>& out) {
  const auto posts = find_embedded_posts(doc);
  const auto [spans, partial] = kept_spans(doc, posts);
  const QuoteContext ctx{doc, spans, token_person, posts, people};
  const auto attributions = attribute(ctx);
  std::vector<bool> covered(doc.tokens.size(), false);
  for (const Span& s : spans) {
    const uint32_t last = s.past();
    for (uint32_t t = s.open; t < last; ++t) covered[t] = true;
  }
  for (const auto& para : doc.paragraphs)
    if (link_line(doc, para)) std::fill(covered.begin() + para.begin, covered.begin() + para.end, true);
  const auto reported = find_reported(ctx, covered);
  // A transcript turn's label names the speaker; the quote is what follows it ("WALLACE: …").
  const auto first_token = [&attributions](std::size_t i, const Span& s) {
    return attributions[i].rule == QuoteRule::Transcript ? attributions[i].cue_end : s.begin;
  };
  // The quotes in text order (marked ones first where a reported one starts at the same token), each built once into
  // a vector of its exact size: building them in the order found and sorting the built ones held a second copy at the
  // call's peak of memory.
  std::vector<uint64_t> order;
  order.reserve(spans.size() + reported.size());
  for (std::size_t i = 0; i < spans.size(); ++i) order.push_back(uint64_t{first_token(i, spans[i])} << 32 | i);
  for (std::size_t j = 0; j < reported.size(); ++j) order.push_back(uint64_t{reported[j].begin} << 32 | (spans.size() + j));
  util::sort_keys(order);
  out.reserve(out.size() + order.size());
  for (const uint64_t key : order) {
    const std::size_t i = key & 0xffffffffu;
    if (i >= spans.size()) {
      const auto& r = reported[i - spans.size()];
      out.push_back(to_quote(doc, people, r.begin, r.end, QuoteKind::Indirect, r.attribution));
      continue;
    }
    const Span& s = spans[i];
    const auto kind = s.embedded ? QuoteKind::Embedded : partial[i] ? QuoteKind::Partial : QuoteKind::Direct;
    out.push_back(to_quote(doc, people, first_token(i, s), s.end, kind, attributions[i]));
  }
}

}  // namespace newsmark::quotes

#include "util/small_end.h"
