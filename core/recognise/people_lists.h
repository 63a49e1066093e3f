// Names in lists: a capitalised run coordinated with a person ("Wasim Akram ( captain ) , Moin Khan , Saqlain
// Mushtaq") is a person too, the way squad lists, results and line-ups name people one after another; so is a run
// followed by a country in brackets, as results name an athlete ("Armen Martirosyan ( Armenia ) 16.57").
#pragma once
#include <vector>

#include "recognise/people.h"
#include "recognise/people_words.h"

namespace newsmark::recognise {

// Adds to `names` (in any order, not overlapping) every run of two or more name words, or an initial and a surname,
// joined by a comma, "and" or "&" to a person already found (after any parenthesis that follows either) or followed
// by a country in brackets.
// With single_words, one-word surnames instead, and only inside a list that goes on past them on the other side.
void coordinated_names(const NameWords& words, const text::Document& doc, std::vector<NameMention>& names,
                       bool single_words);

}  // namespace newsmark::recognise
