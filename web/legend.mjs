// The legend over the article, so a reader can count each kind of highlight and hide a kind (or reported speech) while
// reading: hidden kinds are classes on the article, so hiding one restyles it in one go and the keys skip its marks.
import { KINDS, speakers } from './describe.mjs';

// What the legend counts is what the panel lists: quotes, speakers, other people, countries and date mentions.
export function legendCounts(a) {
  const who = speakers(a);
  const named = (p) => p.mentions.some((m) => m.kind !== 'pronoun');
  return { quote: a.quotes.length, speaker: who.size, person: a.people.filter((p) => !who.has(p.id) && named(p)).length,
    country: a.countries.length, date: a.dates.length };
}

// Uses page.state (hidden, directMarks), page.marked, page.$ and page.keys; returns {shown(mark), applyHidden(),
// showCounts(analysis)}.
export function createLegend(page) {
  const { state, marked } = page;
  const legend = document.querySelector('.legend');
  const shown = (n) => !state.hidden.has(n.dataset.kind)
    && !(state.directMarks && n.dataset.kind === 'quote' && n.dataset.qkind === 'indirect');
  const applyHidden = () => {
    for (const k of KINDS) marked.classList.toggle(`hide-${k}`, state.hidden.has(k));
    marked.classList.toggle('direct-marks', state.directMarks);
  };
  listenToLegend(page, legend, shown, applyHidden);
  return {
    shown,
    applyHidden,
    showCounts(a) {
      const counts = legendCounts(a);
      for (const k of KINDS) legend.querySelector(`[data-count="${k}"]`).textContent = counts[k].toLocaleString('en');
    },
  };
}

// A kind's button hides or shows it; "Direct quotes only" leaves reported speech unmarked.
function listenToLegend(page, legend, shown, applyHidden) {
  const { state, marked, $ } = page;
  // The article's Tab stop moves on from a mark that is no longer shown (to the next shown one, else the first).
  const stepOff = (mark) => page.keys.setRover(page.keys.nextShown(mark, 1) ?? page.keys.nextShown(marked, 1));
  legend.addEventListener('click', (e) => {
    const b = e.target.closest('button[data-kind]');
    if (!b) return;
    const on = b.getAttribute('aria-pressed') !== 'true';
    b.setAttribute('aria-pressed', String(on));
    if (on) state.hidden.delete(b.dataset.kind); else state.hidden.add(b.dataset.kind);
    applyHidden();
    const { rover } = page.keys;
    if (!on && rover?.dataset.kind === b.dataset.kind) stepOff(rover);
    else if (on && !rover) page.keys.setRover(page.keys.nextShown(marked, 1));
  });
  $('direct-marks').addEventListener('click', () => {
    state.directMarks = !state.directMarks;
    $('direct-marks').setAttribute('aria-pressed', String(state.directMarks));
    applyHidden();
    const { rover } = page.keys;
    if (rover && !shown(rover)) stepOff(rover);
  });
}
