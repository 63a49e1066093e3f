// What a reader sees for a date: the core's `label` (core/recognise/dates/50-label.cpp), the one place that puts TIMEX3
// values into words, so the page, the exports and the CLI never disagree and never show a code (PXW, PAST_REF).

export function dateLabel(d) {
  return d?.label ?? '';
}

// The small label drawn after a date in the article: none when it would only repeat the words ("2016" after 2016).
export function inlineLabel(d, surface) {
  const label = dateLabel(d);
  const squash = (s) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (!label || squash(surface).includes(squash(label))) return '';
  return label;
}
