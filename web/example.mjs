// The example article behind the "Example" button: an invented story (people, quotes and events are fictional), written
// for this page so that every kind of highlight appears: quotes in several styles, speakers named, titled and referred
// to by pronoun, countries as names, aliases, demonyms and capitals, and dates relative to the header's date.
export const EXAMPLE_ARTICLE = `date 2022-01-07
Norway and Iceland will resume talks on Monday over a mackerel quota dispute that has soured relations between the two fishing nations, the Norwegian fisheries minister Ingrid Halvorsen has said.

Ms Halvorsen said the meeting in Reykjavik was "the last good chance" to settle the quarrel before the spring season opens in March.

“We have shown patience for three years, and our fishermen have paid for it,” she told reporters in Oslo on Thursday. “Nobody wins a race to empty the sea.”

Her Icelandic counterpart, Gunnar Sveinsson, struck a softer tone. “Iceland wants an agreement that respects the science, not one that simply divides the catch by habit,” he said.

The row began in 2019, when Reykjavik raised its own quota without waiting for a deal. London and Copenhagen, which speak for fleets in Scotland and the Faroe Islands, have since accused both sides of ignoring scientific advice.

A British official said the UK would send observers next week. According to Maria Lindqvist, a marine economist at the University of Gothenburg, the dispute has cost Norwegian exporters about 40 million euros since last year.

“Prices fell by a fifth yesterday alone,” Dr Lindqvist said. “Buyers in Japan and Germany are watching this very closely.”

The European Union, which negotiates for Ireland and Spain, said it hoped to join the talks later this month.

Mr Sveinsson added: "If we cannot agree on Monday, we will meet again on Wednesday, and every week after that, until we do."
`;
