// The panel. Opened by the toolbar button, it toggles the marks on the current tab (the click itself), then lists what
// was found: legend toggles, speakers (a click scrolls to and flashes their first quote), quotes by speaker,
// countries and the article date. Opened as panel.html?tab=ID it only shows that tab's panel (used by the tests).
import { KINDS, speakers } from '../describe.mjs';
import { renderCountries, renderQuotes, renderSpeakers } from '../panel.mjs';
import { toggle } from './toggle.mjs';

const $ = (id) => document.getElementById(id);
const say = (text) => { $('status').textContent = text; };
const send = (tabId, msg) => chrome.tabs.sendMessage(tabId, msg);

function dateLine(state) {
  if (state.dct) return `Article date: ${state.dct.value} (page metadata, ${state.dct.source})`;
  const d = state.analysis.dct;
  if (d) return `Article date: ${d.value} (from the text, ${d.source})`;
  return 'Article date: not found (relative dates stay unresolved)';
}

function render(tabId, state) {
  const { analysis, text } = state;
  $('date').textContent = dateLine(state);
  for (const box of document.querySelectorAll('.legend input')) box.checked = !state.hidden.includes(box.value);
  renderSpeakers($('speakers'), analysis, null);
  renderQuotes($('quotes'), analysis, text, null);
  renderCountries($('countries'), analysis);
  $('panel').hidden = false;
  const who = speakers(analysis);
  $('panel').addEventListener('click', (e) => {
    const b = e.target.closest('button');
    if (!b) return;
    const id = b.dataset.person ? `q${who.get(b.dataset.person)?.quotes[0]}` : b.dataset.target;
    if (id) send(tabId, { type: 'newsmark:flash', id });
  });
  $('panel').addEventListener('change', async () => {
    const hidden = KINDS.filter((k) => !document.querySelector(`.legend input[value="${k}"]`).checked);
    await chrome.storage.local.set({ hiddenKinds: hidden });
    send(tabId, { type: 'newsmark:hide', kinds: hidden });
  });
}

const MESSAGES = {
  cleared: 'Marks removed. Click the button again to mark this page.',
  'no-article': 'No article found on this page.',
  unmarked: 'This page is not marked.',
};

async function main() {
  const param = new URLSearchParams(location.search).get('tab');
  const tabId = param ? Number(param) : (await chrome.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) { say('No tab to mark.'); return; }
  let result = { state: 'unmarked' };
  try {
    if (!param) result = await toggle(tabId);
  } catch (e) {
    say(`This page cannot be marked (${e?.message ?? e}).`);
    return;
  }
  if (result.state === 'error') { say(`The analysis failed: ${result.message}`); return; }
  if (result.state !== 'marked' && !param) { say(MESSAGES[result.state] ?? result.state); return; }
  const state = await send(tabId, { type: 'newsmark:state' }).catch(() => ({ state: 'unmarked' }));
  if (state.state !== 'marked') { say(MESSAGES[state.state] ?? state.state); return; }
  const n = state.analysis.quotes.length;
  say(`${n} quote${n === 1 ? '' : 's'} marked${result.ms ? ` in ${Math.round(result.ms)} ms` : ''}. Click the button again to remove the marks.`);
  render(tabId, state);
}

main();
