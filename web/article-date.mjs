// The article's date resolves "on Monday" or "last year", so the page shows the date it used and where it came from,
// and lets the reader set another for this article only (a new article starts again from its own text).
import { dctSource } from './describe.mjs';
import { dateLabel } from './labels.mjs';

const DCT_SOURCE_WORDS = { header: 'from the date line at the top of the text', dateline: 'from the dateline' };

// Uses page.state (dct, dctFromFile), page.$, page.say, page.startMark and page.updates; returns {show(analysis)}.
export function createArticleDate(page) {
  const { state, $ } = page;
  const field = $('dct-input');

  const reanalyse = (value) => {
    state.dct = value;
    state.dctFromFile = false;
    page.startMark();
    page.updates.schedule(0);
  };
  field.addEventListener('change', () => {
    const value = field.value.trim();
    if (value && !/^\d{4}-\d\d-\d\d$/.test(value)) { page.say('Write the article date as YYYY-MM-DD, for example 2022-01-07.'); return; }
    reanalyse(value);
  });
  $('dct-reset').addEventListener('click', () => reanalyse(''));

  return {
    show(a) {
      const source = a.dct?.source === 'option'
        ? (state.dctFromFile ? 'from the file\'s publication date' : 'set by you, for this article only')
        : a.dct ? DCT_SOURCE_WORDS[a.dct.source] ?? `from ${dctSource(a.dct)}` : 'not found in the text: set it to resolve relative dates';
      field.value = state.dct || (a.dct?.value ?? '');
      $('dct-label').textContent = a.dct ? dateLabel(a.dct) : 'none';
      $('dct-source').textContent = source;
      $('dct-reset').hidden = !state.dct || state.dctFromFile;
    },
  };
}
