// Keeps the highlights in step with the text: each change asks for an analysis of the current text, only the latest
// request is drawn, and drawing a large article is cut into tasks so the page keeps answering.
import { applyCorrections, hasCorrections, loadCorrections } from './corrections.mjs';
import { highlightLayers, speakers } from './describe.mjs';
import { refreshGroup } from './keyboard.mjs';
import { nextTask, render } from './render.mjs';
import { LARGE_ARTICLE, SLOW_ANALYSIS, WORKER_THRESHOLD } from './thresholds.mjs';

// Uses page.state, page.marked, page.say and, once drawn, the page's legend, filter, keys, panel, articleDate and input.
export function createUpdates(page) {
  const { state, marked, say, $ } = page;

  async function analyse() {
    if (!state.analyzer) return;
    const generation = ++state.generation;
    const text = page.input.text();
    const started = performance.now();
    if (text.length > SLOW_ANALYSIS) say(`Analysing ${text.length.toLocaleString('en')} characters…`);
    let result;
    try {
      result = await state.analyzer.analyze(text, state.dct);
    } catch (e) {
      if (generation === state.generation) say(`This text could not be analysed: ${e.message}`);
      return;
    }
    if (generation !== state.generation) return;
    const analysed = performance.now();
    performance.mark('newsmark:analysed');
    if (text !== state.text || !state.raw) state.corrections = loadCorrections(text);
    state.raw = result.analysis;
    state.text = text;
    if (!await present(generation)) return;
    performance.measure('newsmark:paste-to-highlights', 'newsmark:input');
    marked.dataset.generation = String(generation);
    marked.dataset.engine = result.engine;
    marked.dataset.worker = state.analyzer.workerMode;
    const where = result.engine === 'worker' ? ' in a background worker'
      : text.length >= WORKER_THRESHOLD ? ' on the page (no background worker could start here, so the page may pause)' : '';
    say(text ? `Analysed ${text.length.toLocaleString('en')} characters${where} in ${(analysed - started).toFixed(1)} ms; ` +
      `highlights drawn in ${(performance.now() - analysed).toFixed(1)} ms.` : 'Ready. Paste an article or load the example.');
    if (state.arrived) { state.arrived = false; page.input.arrive(); }
  }

  // Draws the (corrected) analysis: marks, legend counts and the panel. Resolves false when a newer analysis took over.
  async function present(generation) {
    const analysis = applyCorrections(state.raw, state.corrections);
    state.analysis = analysis;
    const text = state.text;
    if (state.filter && !speakers(analysis).has(state.filter)) state.filter = null;
    // A large article's work is cut into tasks (each layer's marks, the drawing in slices, each panel list), with a
    // turn for the browser between them, so the page keeps answering.
    const large = text.length > LARGE_ARTICLE;
    const stillCurrent = async () => {
      if (large) await nextTask();
      return generation === state.generation;
    };
    const marks = [];
    for (const layer of highlightLayers(analysis, text)) {
      for (const m of layer()) marks.push(m);
      if (!await stillCurrent()) return false;
    }
    page.filter.addRules(analysis);
    const complete = await render(marked, text, marks, { isCurrent: () => generation === state.generation,
      tabbable: () => false });
    if (!complete) return false;
    performance.mark('newsmark:drawn');
    page.legend.applyHidden();
    page.filter.apply();
    page.keys.setRover(page.keys.nextShown(marked, 1));
    document.body.classList.toggle('has-article', text.trim().length > 0);
    $('edit').hidden = !text.trim();
    for (const step of summarySteps(analysis)) {
      step();
      if (!await stillCurrent()) return false;
    }
    return true;
  }

  // The summary beside the article, as separate steps (a huge article's lists take a while each).
  const summarySteps = (a) => [
    () => page.legend.showCounts(a),
    ...page.panel.steps(a),
    () => page.articleDate.show(a),
    () => {
      $('undo-fixes').hidden = !hasCorrections(state.corrections);
      $('export').hidden = !a;
      $('copy-md').hidden = !a;
      refreshGroup($('tools'));
    },
  ];

  let timer = 0;
  return {
    analyse,
    // Analyses after `delay` ms unless asked again before then (0: in the next task).
    schedule(delay) {
      clearTimeout(timer);
      timer = setTimeout(analyse, delay);
    },
    // Analyses now, in this task, dropping any scheduled run.
    now() {
      clearTimeout(timer);
      analyse();
    },
    // Draws the analysis again with the reader's corrections, then says `message`.
    async redraw(message) {
      const generation = ++state.generation;
      if (await present(generation)) {
        marked.dataset.generation = String(generation);
        say(message);
      }
    },
  };
}
