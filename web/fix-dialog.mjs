// The reader's way to correct an attribution: a dialog for one quote (another of the article's people, a typed name,
// every quote of this speaker as a merge, or not a quote) and the button that undoes them all; corrections.mjs stores
// and applies them.
import { isNamedPerson } from './attribution.mjs';
import { addCorrection, emptyCorrections, saveCorrections } from './corrections.mjs';
import { squash } from './describe.mjs';

const $ = (id) => document.getElementById(id);

// The article's people a quote can be given to: names that read as a person's or an organisation's, A to Z.
export function candidates(analysis) {
  return analysis.people.filter(isNamedPerson)
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function createFixDialog(onChoice) {
  const dialog = $('fix');
  let current = null;
  const option = (value, text) => {
    const o = document.createElement('option');
    o.value = value;
    o.textContent = text;
    return o;
  };
  const close = () => { dialog.close(); current = null; };
  $('fix-cancel').addEventListener('click', close);
  $('fix-not').addEventListener('click', () => { if (current) onChoice(current.quote, { notQuote: true }); close(); });
  $('fix-apply').addEventListener('click', () => {
    if (!current) return;
    const name = $('fix-name').value.trim();
    const speaker = $('fix-person').value;
    if (!name && !speaker) { $('fix-name').focus(); return; }
    const fix = name ? { name } : { speaker, name: current.people.find((p) => p.id === speaker)?.name };
    onChoice(current.quote, fix, $('fix-all').checked ? current.quote.speaker : null);
    close();
  });
  $('fix-name').addEventListener('keydown', (e) => { if (e.key === 'Enter') $('fix-apply').click(); });

  return {
    // Opens for quote `index`; focus goes to the speaker list, the one control most corrections need.
    open(analysis, text, index) {
      const quote = analysis.quotes[index];
      if (!quote) return;
      const people = candidates(analysis);
      current = { quote, people };
      $('fix-quote').textContent = `“${squash(text.slice(quote.start, quote.end)).slice(0, 300)}”`;
      $('fix-person').replaceChildren(option('', 'Choose a person…'), ...people.map((p) => option(p.id, p.name)));
      $('fix-person').value = people.some((p) => p.id === quote.speaker) ? quote.speaker : '';
      $('fix-name').value = '';
      const from = quote.speaker && analysis.people.find((p) => p.id === quote.speaker);
      $('fix-all').checked = false;
      $('fix-all').disabled = !from;
      $('fix-all-label').textContent = from ? `Also every other quote of ${from.name} (merge the two speakers)`
        : 'Also every other quote of this speaker (merge)';
      dialog.showModal();
      $('fix-person').focus();
    },
  };
}

// The page's corrections: the dialog stores the reader's choice for this text and the article is drawn again with it.
// Uses page.state, page.updates and page.$; returns {open(quoteIndex)}.
export function createCorrecting(page) {
  const { state, $ } = page;
  const dialog = createFixDialog((quote, fix, mergeFrom) => {
    addCorrection(state.corrections, quote, fix, mergeFrom);
    saveCorrections(state.text, state.corrections);
    page.updates.redraw(fix.notQuote ? 'Marked as not a quote.' : 'Speaker corrected.');
  });
  $('undo-fixes').addEventListener('click', () => {
    state.corrections = emptyCorrections();
    saveCorrections(state.text, state.corrections);
    page.updates.redraw('Your corrections to this article are undone.');
  });
  return {
    open(index) {
      if (state.analysis) dialog.open(state.analysis, state.text, index);
    },
  };
}
