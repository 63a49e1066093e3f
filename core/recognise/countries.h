// Countries named in an article: names, aliases, demonyms, and capitals standing for their governments, each with its
// ISO 3166-1 alpha-2 code; one entity per code in order of first mention, every mention with the form it took.
#pragma once
#include <vector>

#include "analysis.h"
#include "text/document.h"

namespace newsmark::recognise {

std::vector<Country> find_countries(const text::Document& doc);

}  // namespace newsmark::recognise
