// Countries named in an article: names, aliases, demonyms, and capitals standing for their governments, each with its
// ISO 3166-1 alpha-2 code; one entity per code in order of first mention, every mention with the form it took.
//
// Conventions, decided here so that every article is read alike:
// - A capital is a mention only when it stands for the government (Moscow said, talks with Moscow, officials in
//   Washington); named as a place (in Moscow, central London, Washington, D.C. as a venue) it is not one.
//   "Washington, D.C." is one capital mention when it stands for the government, like "Washington".
// - A country word inside a company's or a paper's name (Air Canada, Singapore Airlines, Washington Post), a currency
//   (US$, US dollar) or a region's name (North America, British Columbia) is not a mention.
// - Forms: `name` for the country's common or official name, `alias` for other names and abbreviations (US, UK,
//   Britain, America), `demonym` for its people and adjective, `capital` for its seat of government.
// - Hong Kong and Macau are reported with their own ISO codes; hashtags are not searched, nor handles, URLs, e-mails.
#pragma once
#include <vector>

#include "analysis.h"
#include "text/document.h"

namespace newsmark::recognise {

std::vector<Country> find_countries(const text::Document& doc);

}  // namespace newsmark::recognise
