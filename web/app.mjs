// The page's start-up, which analyses the text as it is typed, pasted, dropped or loaded and shows the result over it
// and beside it: this file only wires the parts (one module each) to one shared state and starts the analyser.
import { createNewsmark, unpackWasm } from '../wasm/newsmark.mjs';
import { createAnalyzer } from './analyzer.mjs';
import { createArticleDate } from './article-date.mjs';
import { createArticleKeys } from './article-keys.mjs';
import { emptyCorrections } from './corrections.mjs';
import { highlights } from './describe.mjs';
import { EXAMPLE_ARTICLE } from './example.mjs';
import { createPageExports } from './exports.mjs';
import { createCorrecting } from './fix-dialog.mjs';
import { createInput } from './input.mjs';
import { rovingGroup } from './keyboard.mjs';
import { createLegend } from './legend.mjs';
import { createPagePanel, renderCountries, renderQuotes, renderSpeakers, renderTimeline } from './panel.mjs';
import { render } from './render.mjs';
import { createSpeakerFilter } from './speaker-filter.mjs';
import { initTheme } from './theme.mjs';
import { showNotesOnMarks } from './tip.mjs';
import { createUpdates } from './update.mjs';

const $ = (id) => document.getElementById(id);
const status = $('status');

// What every part of the page shares. In `state`, `raw` is the core's analysis, `analysis` the same with the reader's
// corrections applied (what the page shows and exports); `dct` is the reader's date for this article only (a new
// article clears it); `source` holds an article too large for the text box.
const page = {
  $,
  marked: $('marked'),
  textarea: $('article'),
  state: { raw: null, analysis: null, corrections: emptyCorrections(), text: '', dct: '', generation: 0, filter: null,
    hidden: new Set(), direct: true, directMarks: false, analyzer: null, source: null, arrived: false, dctFromFile: false },
  say: (msg) => { status.textContent = msg; },
  // Every analysis starts at the performance mark 'newsmark:input' (paste, keystroke, file, example, date change) and
  // ends, once the highlights are drawn, with the measure 'newsmark:paste-to-highlights', which the benchmark reads.
  startMark: () => performance.mark('newsmark:input'),
};

// Each part registers its own listeners; they call one another through `page` only once the page is running.
page.updates = createUpdates(page);
page.legend = createLegend(page);
page.keys = createArticleKeys(page.marked, { shown: page.legend.shown, onPanel: () => page.panel.focusSpeakers(),
  onFix: (index) => page.correcting.open(index) });
page.filter = createSpeakerFilter(page);
showNotesOnMarks(page);
page.panel = createPagePanel(page);
page.correcting = createCorrecting(page);
page.input = createInput(page);
page.articleDate = createArticleDate(page);
page.exports = createPageExports(page);
for (const group of [$('tools'), document.querySelector('.legend'), $('speakers-group'), $('quotes'), $('countries'), $('timeline')]) rovingGroup(group);
initTheme($('theme'));

// The wasm arrives gzipped and base64-encoded in newsmark-wasm.js, so the page works from file:// and makes no request
// for it.
let wasmBinary;
unpackWasm(globalThis.NewsmarkWasmGzipBase64 ?? '').then((bytes) => { wasmBinary = bytes; return createNewsmark({ wasmBinary }); }).then(async (nm) => {
  page.state.analyzer = createAnalyzer(nm, { wasmBinary });
  // Unseen runs warm the wasm (its first calls run unoptimised code), the drawing and the panel's lists, so the
  // reader's first paste is as quick as the next ones.
  let warm;
  for (let i = 0; i < 3; i++) warm = nm.analyze(EXAMPLE_ARTICLE);
  const scratch = document.createElement('div');
  await render(scratch, EXAMPLE_ARTICLE, highlights(warm, EXAMPLE_ARTICLE));
  renderSpeakers(scratch, warm, null, { direct: true });
  renderCountries(scratch, warm);
  renderQuotes(scratch, warm, EXAMPLE_ARTICLE, null, { direct: true, actions: true });
  renderTimeline(scratch, warm, EXAMPLE_ARTICLE);
  page.say('Ready. Paste an article or load the example.');
  if (page.textarea.value) { page.startMark(); page.updates.analyse(); }
}, (err) => {
  page.say(`The analyser could not start: ${err.message}`);
  console.error(err);
});
