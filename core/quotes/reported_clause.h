// Where a reported clause starts and stops, shared by the frames of reported.cpp and the unsourced reports of
// reported_unsourced.cpp.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "lexicon/function_words.h"
#include "quotes/attribute.h"
#include "quotes/reported_lookups.h"
#include "text/document.h"

namespace newsmark::quotes::reported {

constexpr uint32_t kMinClauseWords = 3;  // "said he taught law"

// Where the clause starts after a prepositional phrase opening at `b` ("in a statement the talks …", "on Monday
// he …", "in an email that …"); 0 when the phrase runs on to `end` ("said at a news conference last month").
uint32_t clause_after_adverbial(const text::Document& doc, uint32_t b, uint32_t end);

// The last verb of saying or reporting in [b, e), or e when none stands there.
uint32_t last_frame(const ReportedLookups& words, uint32_t b, uint32_t e);

// Where a clause starting at b stops before `end`: at the next frame's own clause ("…, arguing that …", "… and said"),
// or at a pause followed by another frame ("X said A; Y said B").
uint32_t clause_end(const text::Document& doc, const ReportedLookups& words, uint32_t b, uint32_t end);

// A form of "be", in lower case.
inline bool be_form(std::string_view folded) { return lexicon::is_function(folded, lexicon::kBe); }

// ", which some have argued …": a relative pronoun after a comma right before a frame's subject (at subject_begin,
// not before floor) stands for what the frame says, so the frame sits in a relative clause.
bool object_relative(const text::Document& doc, uint32_t floor, uint32_t subject_begin);

// Where such a relative clause closes in [from, to): the first comma before the sentence's own verb, a form of "be" or
// an auxiliary (", was …"); `to` when none does.
uint32_t comma_before_verb(const text::Document& doc, uint32_t from, uint32_t to);

// More than a fifth of [b, e) is already a quotation: the clause is that quotation's.
bool mostly_quoted(const std::vector<bool>& covered, uint32_t b, uint32_t e);

// `e` moved back over trailing punctuation, not before b.
uint32_t trim_end(const text::Document& doc, uint32_t b, uint32_t e);

// Reported speech stamped by its entry of the sieve table.
Attribution attributed(const QuoteContext& c, QuoteRule rule, const Phrase& source, uint32_t cue_b, uint32_t cue_e);

}  // namespace newsmark::quotes::reported
