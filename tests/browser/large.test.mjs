// Large inputs over the real wasm: a 5 MB paste of the example article repeated (every layer populated: over 100,000
// real marks) is analysed in the worker and drawn in slices, so the page keeps responding. The longest main-thread
// task is measured and reported (build/test-artifacts/page-metrics.json), never asserted against a time.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { EXAMPLE_ARTICLE } from '../../web/example.mjs';
import { artifacts, copy, countMarks, generation, launch, openPage, paste, rendered } from './chromium.mjs';

const FIVE_MB = 5 * 1024 * 1024;
const body = EXAMPLE_ARTICLE.slice(EXAMPLE_ARTICLE.indexOf('\n') + 1);
const copies = Math.ceil(FIVE_MB / body.length);
const bigText = `date 2022-01-07\n${body.repeat(copies)}`.slice(0, FIVE_MB);

const metricsFile = path.join(artifacts, 'page-metrics.json');
function record(key, value) {
  let all = {};
  try { all = JSON.parse(readFileSync(metricsFile, 'utf8')); } catch { /* first entry */ }
  all[key] = value;
  writeFileSync(metricsFile, `${JSON.stringify(all, null, 2)}\n`);
}

// Watches the main thread from now on: long tasks (over 50 ms) as the browser reports them, and the largest gap
// between timer ticks, which also catches work the long-task API does not attribute. Reading 5 MB from the clipboard
// in the paste event is itself one task of about 100-150 ms here: the browser's, and the same for any page.
const watch = (page) => page.evaluate(() => {
  window.__watch = { longest: 0, tasks: 0, gap: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) { window.__watch.tasks++; window.__watch.longest = Math.max(window.__watch.longest, e.duration); }
  }).observe({ type: 'longtask' });
  let last = performance.now();
  setInterval(() => { const now = performance.now(); window.__watch.gap = Math.max(window.__watch.gap, now - last); last = now; }, 10);
});
const watched = (page) => page.evaluate(() => ({ ...window.__watch }));

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('a 5 MB paste with every layer populated is analysed in the worker, drawn in full, and the page stays interactive', async (t) => {
  const { page, errors } = await openPage(browser);
  await copy(page, bigText);
  await watch(page);
  await paste(page);
  const state = await page.evaluate(() => ({ engine: document.getElementById('marked').dataset.engine,
    worker: document.getElementById('marked').dataset.worker, length: document.getElementById('marked').textContent.length,
    status: document.getElementById('status').textContent, marks: document.querySelectorAll('#marked mark').length,
    legend: Object.fromEntries([...document.querySelectorAll('[data-count]')].map((e) => [e.dataset.count, e.textContent])),
    measure: performance.getEntriesByName('newsmark:paste-to-highlights').at(-1)?.duration }));
  const pasted = await watched(page);
  await page.evaluate(() => { window.__watch.longest = 0; window.__watch.tasks = 0; window.__watch.gap = 0; });
  assert.equal(state.engine, 'worker');
  assert.equal(state.worker, 'file');
  assert.equal(state.length, bigText.length);
  assert.ok(state.marks > 100000, `${state.marks} marks drawn`);
  const counts = await countMarks(page);  // the test's own pass over every mark: not counted as the page's work
  await page.evaluate(() => { window.__watch.longest = 0; window.__watch.tasks = 0; window.__watch.gap = 0; });
  // The legend counts what the panel lists: every quote and date mention, but speakers and countries once each.
  assert.deepEqual(state.legend, { quote: counts.quote.toLocaleString('en'), speaker: '3', person: '0', country: '8',
    date: counts.date.toLocaleString('en') });
  assert.ok(counts.quote > 25000 && counts.speaker > 15000 && counts.country > 35000 && counts.date > 35000, JSON.stringify(counts));
  // Interactive: each control answers at once after the paste, and its effect reaches the far end of the article.
  await page.click('.legend button[data-kind="quote"]');
  assert.equal(await page.getAttribute('.legend button[data-kind="quote"]', 'aria-pressed'), 'false');
  assert.equal(await page.$eval('#marked', (m) => m.classList.contains('hide-quote')), true);
  await page.click('.legend button[data-kind="quote"]');
  await page.click('#speakers button[data-person="p2"]');
  assert.equal(await page.getAttribute('#marked', 'data-filter'), 'p2');
  await page.waitForFunction(() => document.activeElement.dataset.id === 'q4');
  // The filter reaches the last block in slices: the article's last quote of another speaker fades, theirs does not.
  await page.waitForFunction(() => getComputedStyle([...document.querySelectorAll('#marked mark[data-kind="quote"][data-person="p1"]')].at(-1))
    .backgroundColor === 'rgba(0, 0, 0, 0)');
  const bg = (selector) => page.$$eval(selector, (els) => getComputedStyle(els.at(-1)).backgroundColor);
  assert.notEqual(await bg('#marked mark[data-kind="quote"][data-person="p2"]'), 'rgba(0, 0, 0, 0)');
  await page.click('#speakers button[data-person="p2"]');
  await page.click('#timeline button.jump >> nth=0');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'MARK');
  const w = await watched(page);
  const result = { chars: bigText.length, marks: state.marks, counts,
    paste: { longestTaskMs: Math.round(pasted.longest), longTasks: pasted.tasks, longestTimerGapMs: Math.round(pasted.gap) },
    interactions: { longestTaskMs: Math.round(w.longest), longTasks: w.tasks, longestTimerGapMs: Math.round(w.gap) },
    pasteToHighlightsMs: Math.round(state.measure), status: state.status };
  record('paste5MB', result);
  t.diagnostic(`5 MB paste, every layer: ${JSON.stringify(result)}`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a 5 MB article is kept out of the text box, and typing there replaces it', async () => {
  const { page } = await openPage(browser);
  await paste(page, bigText);
  assert.equal(await page.inputValue('#article'), '');
  assert.match(await page.getAttribute('#article', 'placeholder'), /^A 5\.2 million character article is loaded/);
  const before = await generation(page);
  await page.focus('#article');
  await page.keyboard.type('A new story.');
  await rendered(page, before);
  assert.equal(await page.textContent('#marked'), 'A new story.');
  assert.equal(await page.evaluate(() => document.getElementById('marked').dataset.engine), 'main');
  assert.equal(await page.getAttribute('#article', 'placeholder'), 'Paste an article here');
  await page.close();
});

test('paste-to-highlights for the example article is measured by the page', async (t) => {
  const { page } = await openPage(browser);
  const runs = [];
  for (let i = 0; i < 5; i++) {
    await paste(page, i % 2 ? `${EXAMPLE_ARTICLE} ` : EXAMPLE_ARTICLE);
    runs.push(await page.evaluate(() => performance.getEntriesByName('newsmark:paste-to-highlights').at(-1).duration));
  }
  const ms = runs.map((x) => Math.round(x * 10) / 10);
  record('pasteToHighlightsExample', { chars: EXAMPLE_ARTICLE.length, runsMs: ms, firstMs: ms[0], medianLaterMs: ms.slice(1).sort((a, b) => a - b)[2] });
  t.diagnostic(`paste-to-highlights, example article: ${ms.join(', ')} ms`);
  assert.equal(runs.length, 5);
  await page.close();
});
