// Keeps the highlights in step with the text: each change asks for an analysis of the current text, only the latest
// request is drawn, and drawing a large article is cut into tasks so the page keeps answering.
import { applyCorrections, hasCorrections, loadCorrections } from './corrections.mjs';
import { highlightLayers, speakers } from './describe.mjs';
import { refreshGroup } from './keyboard.mjs';
import { nextTask, render } from './render.mjs';
import { LARGE_ARTICLE, SLOW_ANALYSIS, WORKER_THRESHOLD } from './thresholds.mjs';

// Uses page.state, page.marked, page.$, page.say, page.input and, to draw, the page's legend, filter, keys, panel and
// articleDate; returns {analyse(), schedule(delay), now(), redraw(message)}.
export function createUpdates(page) {
  let timer = 0;
  return {
    analyse: () => analyse(page),
    // Analyses after `delay` ms unless asked again before then (0: in the next task).
    schedule(delay) {
      clearTimeout(timer);
      timer = setTimeout(() => analyse(page), delay);
    },
    // Analyses now, in this task, dropping any scheduled run.
    now() {
      clearTimeout(timer);
      analyse(page);
    },
    // Draws the analysis again with the reader's corrections, then says `message`.
    async redraw(message) {
      const generation = ++page.state.generation;
      if (await present(page, generation)) {
        page.marked.dataset.generation = String(generation);
        page.say(message);
      }
    },
  };
}

async function analyse(page) {
  const { state } = page;
  if (!state.analyzer) return;
  const generation = ++state.generation;
  const text = page.input.text();
  const started = performance.now();
  if (text.length > SLOW_ANALYSIS) page.say(`Analysing ${text.length.toLocaleString('en')} characters…`);
  let result;
  try {
    result = await state.analyzer.analyze(text, state.dct);
  } catch (e) {
    if (generation === state.generation) page.say(`This text could not be analysed: ${e.message}`);
    return;
  }
  if (generation !== state.generation) return;
  const analysed = performance.now();
  performance.mark('newsmark:analysed');
  if (text !== state.text || !state.raw) state.corrections = loadCorrections(text);
  state.raw = result.analysis;
  state.text = text;
  if (!await present(page, generation)) return;
  performance.measure('newsmark:paste-to-highlights', 'newsmark:input');
  reportDone(page, generation, text, result.engine, analysed - started, performance.now() - analysed);
  if (state.arrived) { state.arrived = false; page.input.arrive(); }
}

// What the tests and the reader learn of a finished analysis: its number, where it ran and how long it took (a large
// text analysed on the page warns that the page may pause).
function reportDone(page, generation, text, engine, analyseMs, drawMs) {
  const { dataset } = page.marked;
  dataset.generation = String(generation);
  dataset.engine = engine;
  dataset.worker = page.state.analyzer.workerMode;
  const where = engine === 'worker' ? ' in a background worker'
    : text.length >= WORKER_THRESHOLD ? ' on the page (no background worker could start here, so the page may pause)' : '';
  page.say(text ? `Analysed ${text.length.toLocaleString('en')} characters${where} in ${analyseMs.toFixed(1)} ms; ` +
    `highlights drawn in ${drawMs.toFixed(1)} ms.` : 'Ready. Paste an article or load the example.');
}

// Draws the (corrected) analysis: marks, legend counts and the panel. Resolves false when a newer analysis took over.
async function present(page, generation) {
  const { state, marked } = page;
  const analysis = applyCorrections(state.raw, state.corrections);
  state.analysis = analysis;
  const text = state.text;
  if (state.filter && !speakers(analysis).has(state.filter)) state.filter = null;
  // A large article's work is cut into tasks (each layer's marks, the drawing in slices, each panel list), with a
  // turn for the browser between them, so the page keeps answering.
  const large = text.length > LARGE_ARTICLE;
  const isCurrent = () => generation === state.generation;
  const stillCurrent = async () => {
    if (large) await nextTask();
    return isCurrent();
  };
  const marks = [];
  for (const layer of highlightLayers(analysis, text)) {
    for (const m of layer()) marks.push(m);
    if (!await stillCurrent()) return false;
  }
  page.filter.addRules(analysis);
  if (!await render(marked, text, marks, { isCurrent, tabbable: () => false })) return false;
  performance.mark('newsmark:drawn');
  showDrawn(page, text);
  for (const step of summarySteps(page, analysis)) {
    step();
    if (!await stillCurrent()) return false;
  }
  return true;
}

// The freshly drawn article as the reader left it: hidden kinds, the speaker filter, the first shown mark as the Tab
// stop, and the one-line bar's Edit button once there is text.
function showDrawn(page, text) {
  page.legend.applyHidden();
  page.filter.apply();
  page.keys.setRover(page.keys.nextShown(page.marked, 1));
  document.body.classList.toggle('has-article', text.trim().length > 0);
  page.$('edit').hidden = !text.trim();
}

// The summary beside the article, as separate steps (a huge article's lists take a while each).
const summarySteps = (page, a) => [
  () => page.legend.showCounts(a),
  ...page.panel.steps(a),
  () => page.articleDate.show(a),
  () => {
    const { $ } = page;
    $('undo-fixes').hidden = !hasCorrections(page.state.corrections);
    $('export').hidden = !a;
    $('copy-md').hidden = !a;
    refreshGroup($('tools'));
  },
];
