#include "quotes/attribute.h"

#include "quotes/cues.h"

namespace newsmark::quotes {
namespace {

// How far from a quote's marks a cue may stand, in tokens ("said in a statement on Friday:").
constexpr uint32_t kCueReach = 10;
// An apposition between a speaker's name and the cue may be long ("X, a professor at …, said").
constexpr uint32_t kAppositionReach = 30;

int32_t person_of(const QuoteContext& c, const Phrase& p) { return quotes::person_of(c.token_person, p); }

bool set(const QuoteContext& c, Attribution& a, Phrase source, uint32_t cue_b, uint32_t cue_e, std::string_view rule,
         double confidence) {
  if (source.empty()) return false;
  a.source = source;
  a.cue_begin = cue_b;
  a.cue_end = cue_e;
  a.person = person_of(c, source);
  a.rule = source.pronoun ? (rule == "explicit-after-quote" ? "pronoun-after-quote"
                             : rule == "explicit-before-quote" ? "pronoun-before-quote" : rule)
                          : rule;
  // A pronoun nobody resolved names no one: keep the source, admit the speaker is unknown.
  a.confidence = names_nobody(source, a.person) ? 0.3 : confidence;
  return true;
}


// 1. "“…,” X said", "“…,” said X", "“…,” he said": the cue right after the closing mark.
bool after_quote(const QuoteContext& c, const Span& s, Attribution& a) {
  if (s.close < 0) return false;
  const auto& para = c.doc.paragraphs[s.paragraph];
  uint32_t t = static_cast<uint32_t>(s.close) + 1;
  // Only an utterance ends in its own punctuation or a comma after the mark: "“…,” X said", not "“…” a tweet said".
  uint32_t l = s.end - 1;  // a nested quote may close with the outer one: “… ‘…’”
  while (l > s.begin && c.doc.word(l) == "'") --l;
  const auto last = c.doc.word(l);
  const bool closed = last == "," || last == "?" || last == "!" || last == "." || last == "...";
  if (t < para.end && c.doc.word(t) == ",") ++t;
  else if (!closed) return false;
  if (t >= para.end) return false;
  // "Clinton says Trump's “… unhinged.” She says …": a full stop ends the sentence, and the next one has its own quote.
  if ((last == "." || last == "...") && t == static_cast<uint32_t>(s.close) + 1 && c.doc.tokens[t].has(text::kCapitalized) &&
      c.sentence_of[t] != c.sentence_of[s.open] && s.open != c.doc.sentences[c.sentence_of[s.open]].begin)
    return false;
  if (const uint32_t n = cue_length(c.doc, t)) {
    return set(c, a, phrase_after(c.doc, t + n, std::min(para.end, t + n + kCueReach)), t, t + n,
               "explicit-after-quote", 0.95);
  }
  // Everything between the mark and the cue is the speaker ("a narrator in the Clinton ad asks"), or the name before
  // an apposition ("Scott Pruitt, the Republican attorney general of Oklahoma, said").
  if (frame_word(c.doc, t) == FrameWord::Boundary) return false;
  uint32_t first_comma = 0;
  for (uint32_t k = t; k < para.end && k < t + kAppositionReach; ++k) {
    if (const uint32_t n = closing_cue_length(c.doc, k)) {
      if (k == t) return false;
      uint32_t e = first_comma ? first_comma : k;
      while (e > t && frame_word(c.doc, e - 1) == FrameWord::Between) --e;
      e = skip_parenthesis_back(c.doc, e, t);
      if (e == t) return false;
      const bool pronoun = e == t + 1 && frame_word(c.doc, t) == FrameWord::Pronoun;
      return set(c, a, Phrase{t, e, pronoun}, k, k + n, "explicit-after-quote", first_comma ? 0.9 : 0.95);
    }
    const auto w = c.doc.word(k);
    if (c.sentence_of[k] != c.sentence_of[t]) return false;  // "“…!” until shots are heard. At this point, …"
    if (w == "," && !first_comma) first_comma = k;
    if (!first_comma && k >= t + kCueReach) return false;
    if (c.doc.tokens[k].kind == text::TokenKind::Punct && w != "-" && w != "--" && w != "(" && w != ")" &&
        w != "." && w != "," && w != "\xE2\x80\x94" && w != "\"")  // a nickname: Marcia "Cia" Price
      return false;
  }
  return false;
}

// 2. "X said: “…”", "X told reporters, “…”", "X said “…”": the cue just before the opening mark.
bool before_quote(const QuoteContext& c, const Span& s, Attribution& a) {
  const auto& para = c.doc.paragraphs[s.paragraph];
  if (s.open <= para.begin) return false;
  uint32_t t = s.open;
  const auto w = c.doc.word(t - 1);
  if (w == ":" || w == ",") --t;
  const uint32_t floor = c.sentence_of.empty() ? para.begin : std::max(para.begin, t > kCueReach ? t - kCueReach : 0);
  for (uint32_t k = t; k-- > floor;) {
    if (c.doc.tokens[k].kind == text::TokenKind::Punct && k + 1 != t) break;
    if (const uint32_t n = cue_length(c.doc, k)) {
      if (k + n != t && w != ":" && w != ",") return false;  // "said" far from a bare mark frames something else
      return set(c, a, phrase_before(c.doc, k, para.begin), k, k + n, "explicit-before-quote", 0.93);
    }
  }
  return false;
}

// 2b. "X said:" ending the paragraph before a paragraph that is the quote; "Name: ‘…’" in a headline.
bool colon_before(const QuoteContext& c, const Span& s, Attribution& a) {
  const auto& para = c.doc.paragraphs[s.paragraph];
  if (s.open == para.begin && s.paragraph > 0) {
    const auto& prev = c.doc.paragraphs[s.paragraph - 1];
    if (prev.end - prev.begin >= 2 && c.doc.word(prev.end - 1) == ":") {
      for (uint32_t k = prev.end - 1; k-- > prev.begin && prev.end - k <= kCueReach;) {
        if (const uint32_t n = cue_length(c.doc, k))
          return set(c, a, phrase_before(c.doc, k, prev.begin), k, k + n, "explicit-before-quote", 0.9);
      }
      // "Anna Berg made the following comment:": no verb of saying, but a person introduces what follows.
      const Phrase subject = sentence_subject(c.doc, prev.end - 1, prev.begin);
      if (!subject.empty() && (subject.pronoun || person_of(c, subject) >= 0))
        return set(c, a, subject, prev.end - 1, prev.end, "colon", 0.6);
    }
    return false;
  }
  if (s.open < para.begin + 2) return false;
  if (c.doc.word(s.open - 1) != ":") {
    // A headline "Rush Limbaugh: Clinton's Request 'Reeks of Fear'": a short name before a colon opening the paragraph.
    uint32_t k = para.begin;
    while (k < s.open && k - para.begin < 3 && c.doc.tokens[k].has(text::kCapitalized)) ++k;
    if (k == para.begin || k >= s.open || c.doc.word(k) != ":" || c.sentence_of[k] != c.sentence_of[s.open])
      return false;
    return set(c, a, Phrase{para.begin, k, false}, k, k + 1, "colon", 0.6);
  }
  const uint32_t colon = s.open - 1;
  const uint32_t from = c.doc.sentences[c.sentence_of[colon]].begin;
  if (colon - from > kFrameWindow) return false;
  if (!c.doc.tokens[from].has(text::kCapitalized)) return false;
  if (colon - from > 8) {
    // "With his party worried, President Obama is rolling out a new message: “…”": the sentence's own subject
    // introduces the quote.
    const Phrase subject = sentence_subject(c.doc, colon, from);
    if (subject.empty() || (!subject.pronoun && person_of(c, subject) < 0)) return false;
    return set(c, a, subject, colon, colon + 1, "colon", 0.6);
  }
  for (uint32_t k = from; k < colon; ++k)
    if (c.doc.tokens[k].kind == text::TokenKind::Punct && c.doc.word(k) != "." ) return false;
  return set(c, a, Phrase{from, colon, false}, colon, colon + 1, "colon", 0.75);
}

// 0. "“WALLACE: …”": a transcript turn names its speaker in capitals before a colon.
bool transcript(const QuoteContext& c, const Span& s, Attribution& a) {
  uint32_t e = s.begin;
  while (e < s.end && e - s.begin < 3 && c.doc.tokens[e].kind == text::TokenKind::Word &&
         c.doc.tokens[e].has(text::kAllCaps) && c.doc.word(e).size() > 1)
    ++e;
  if (e == s.begin || e + 1 >= s.end || c.doc.word(e) != ":") return false;
  return set(c, a, Phrase{s.begin, e, false}, e, e + 1, "transcript", 0.9);
}

// 3. "“…” — X": a dash and the speaker after the closing mark.
bool dash_after(const QuoteContext& c, const Span& s, Attribution& a) {
  if (s.close < 0) return false;
  const auto& para = c.doc.paragraphs[s.paragraph];
  const uint32_t t = static_cast<uint32_t>(s.close) + 1;
  if (t + 1 >= para.end || !is_dash(c.doc.word(t))) return false;
  const Phrase p = phrase_after(c.doc, t + 1, std::min(para.end, t + 1 + kCueReach));
  if (p.empty() || !c.doc.tokens[p.begin].has(text::kCapitalized)) return false;
  return set(c, a, p, t, t + 1, "dash", 0.85);
}

// The quote's sentence, cut to the frame window around its marks.
text::TokenRange quote_sentence(const QuoteContext& c, const Span& s) {
  return frame_window(c.doc.sentences[c.sentence_of[s.open]], s.open, s.past());
}

// 4. "Ms Truss said there was “no justification” for…": a partial quote inside a reported frame.
bool reported_frame(const QuoteContext& c, const Span& s, Attribution& a) {
  const auto sent = quote_sentence(c, s);
  for (uint32_t k = s.open; k-- > sent.begin;) {
    if (const uint32_t n = cue_length(c.doc, k)) {
      const Phrase p = phrase_before(c.doc, k, sent.begin);
      // "what X calls “…”" names the words inside a larger frame: the sentence's own frame, further back, decides.
      if (!p.empty() && p.begin > sent.begin && c.doc.word(p.begin - 1) == "what") continue;
      // "saying anybody who complains … “…”": a restrictive "who" with no person before it is inside the frame.
      if (p.pronoun && c.doc.folded_word(p.begin) == "who" && c.doc.word(p.begin - 1) != "," && person_of(c, p) < 0)
        continue;
      if (plausible_speaker(c.doc, c.token_person, p)) return set(c, a, p, k, k + n, "reported-frame", 0.85);
    }
  }
  // Failing a speech verb, another reporting verb frames the fragment: "cited", "dismissed", "is promising".
  for (uint32_t k = s.open; k-- > sent.begin;) {
    if (const uint32_t n = report_verb(c.doc, k).tokens) {
      const Phrase p = phrase_before(c.doc, k, sent.begin);
      if (plausible_speaker(c.doc, c.token_person, p)) return set(c, a, p, k, k + n, "reported-frame", 0.7);
    }
  }
  // The frame may follow: "“no justification” for it, she said."
  const uint32_t from = s.past();
  for (uint32_t k = from; k < sent.end; ++k) {
    if (const uint32_t n = cue_length(c.doc, k)) {
      const Phrase p = phrase_before(c.doc, k, from);
      if (plausible_speaker(c.doc, c.token_person, p)) return set(c, a, p, k, k + n, "reported-frame", 0.8);
      const Phrase q = phrase_after(c.doc, k + n, std::min(sent.end, k + n + kCueReach));
      if (plausible_speaker(c.doc, c.token_person, q)) return set(c, a, q, k, k + n, "reported-frame", 0.8);
    }
  }
  return false;
}

// 6. "according to X" in the quote's sentence.
bool according_to(const QuoteContext& c, const Span& s, Attribution& a) {
  const auto sent = quote_sentence(c, s);
  for (uint32_t k = sent.begin; k + 2 < sent.end; ++k) {
    if (k >= s.open && k < (s.close < 0 ? s.end : static_cast<uint32_t>(s.close))) continue;
    if (frame_word(c.doc, k) == FrameWord::According && c.doc.word(k + 1) == "to")
      return set(c, a, phrase_after(c.doc, k + 2, std::min(sent.end, k + 2 + kCueReach)), k, k + 2,
                 "according-to", 0.85);
  }
  return false;
}

// 5b. "…, Schiff said. “…”": a quote opening a sentence, with no cue of its own, goes on from the speech frame of the
// sentence just before it in the same paragraph.
bool previous_sentence(const QuoteContext& c, const Span& s, Attribution& a) {
  const uint32_t si = c.sentence_of[s.open];
  const auto& sent = c.doc.sentences[si];
  uint32_t first = sent.begin;
  while (first < s.open && first - sent.begin < 4 && c.doc.tokens[first].kind == text::TokenKind::Punct) ++first;
  if (first != s.open || si == 0) return false;
  const auto& prev = c.doc.sentences[si - 1];
  const auto& para = c.doc.paragraphs[s.paragraph];
  if (prev.begin < para.begin) return false;
  for (uint32_t k = prev.end; k-- > prev.begin && prev.end - k <= kFrameWindow;) {
    if (c.doc.tokens[k].kind == text::TokenKind::Punct && (c.doc.word(k) == "\"" || c.doc.word(k) == "'")) return false;
    const uint32_t n = cue_length(c.doc, k);
    if (!n) continue;
    // A name or a pronoun only: "the report said. “…”" is not the report's words.
    const auto named = [&](const Phrase& p) {
      return !p.empty() && (p.pronoun || person_of(c, p) >= 0 || c.doc.tokens[p.end - 1].has(text::kCapitalized));
    };
    Phrase p = phrase_before(c.doc, k, prev.begin);
    if (!named(p)) p = phrase_after(c.doc, k + n, std::min(prev.end, k + n + kCueReach));
    if (!named(p)) return false;
    return set(c, a, p, k, k + n, "previous-sentence", 0.6);
  }
  return false;
}

// The attribution of another quote, taken over by continuation and no surer than `cap`.
Attribution continued(const Attribution& from, double cap) {
  Attribution a = from;
  a.rule = "continuation";
  a.confidence = std::min(cap, a.confidence);
  return a;
}

}  // namespace

std::vector<Attribution> attribute(const QuoteContext& c) {
  std::vector<Attribution> out(c.spans.size());
  using Sieve = bool (*)(const QuoteContext&, const Span&, Attribution&);
  const Sieve direct[] = {transcript, after_quote, before_quote, colon_before, dash_after};
  for (const Sieve sieve : direct)
    for (std::size_t i = 0; i < c.spans.size(); ++i)
      if (!out[i].resolved() && !c.spans[i].embedded) sieve(c, c.spans[i], out[i]);
  // Any quote may hang on a reported frame in its sentence: partial ones, whole sentences quoted after "says that",
  // and a fragment opening a sentence whose cue comes later ("“…” for criminal behaviour, she said").
  for (std::size_t i = 0; i < c.spans.size(); ++i) {
    const auto& s = c.spans[i];
    if (out[i].resolved() || s.embedded) continue;
    reported_frame(c, s, out[i]);
  }
  // “…” And that's all he has “…” ― Name: a signature after the last quote of a paragraph signs its earlier quotes too.
  // One pass from the end, carrying the signature of the nearest later quote in the paragraph.
  int32_t signed_by = -1;
  for (std::size_t i = c.spans.size(); i-- > 0;) {
    if (i + 1 < c.spans.size() && c.spans[i + 1].paragraph != c.spans[i].paragraph) signed_by = -1;
    if (c.spans[i].embedded) continue;
    if (out[i].resolved()) {
      signed_by = out[i].rule == "dash" ? static_cast<int32_t>(i) : -1;
      continue;
    }
    if (signed_by >= 0) out[i] = continued(out[static_cast<std::size_t>(signed_by)], 0.8);
  }
  // 5. Continuation: a quote that runs on from, or follows in the same or the next paragraph, a quote with a
  // speaker, and has no cue of its own, is that speaker's. Pieces of one quote share whatever either end found.
  for (int pass = 0; pass < 2; ++pass) {
    for (std::size_t i = 0; i < c.spans.size(); ++i) {
      const auto& s = c.spans[i];
      if (s.continues >= 0 && !out[i].resolved() && out[s.continues].resolved()) out[i] = continued(out[s.continues], 0.9);
      if (s.continued_from >= 0 && !out[i].resolved() && out[s.continued_from].resolved())
        out[i] = continued(out[s.continued_from], 0.9);
    }
  }
  for (std::size_t i = 0; i < c.spans.size(); ++i)
    if (!out[i].resolved()) according_to(c, c.spans[i], out[i]);
  for (std::size_t i = 1; i < c.spans.size(); ++i) {
    if (out[i].resolved() || c.spans[i].embedded) continue;
    const auto& prev = c.spans[i - 1];
    if (!out[i - 1].resolved() || prev.paragraph + 1 < c.spans[i].paragraph) continue;
    // Only a paragraph that holds nothing but quotes continues the previous speaker across a paragraph break.
    if (prev.paragraph != c.spans[i].paragraph && c.spans[i].open != c.doc.paragraphs[c.spans[i].paragraph].begin)
      continue;
    out[i] = continued(out[i - 1], 0.75);
  }
  for (std::size_t i = 0; i < c.spans.size(); ++i)
    if (!out[i].resolved() && !c.spans[i].embedded) previous_sentence(c, c.spans[i], out[i]);
  return out;
}

}  // namespace newsmark::quotes
