// The page's interactions with every layer populated: tooltips, keyboard, speaker filter, panel jumps, legend. The core
// is replaced by a stub that answers with the hand-written analysis of the example (tests/browser/example-analysis.mjs),
// so these run before the recognisers land; the end-to-end tests over the real wasm are in page.test.mjs.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { EXAMPLE_ARTICLE } from '../../web/example.mjs';
import { EXAMPLE_ANALYSIS } from './example-analysis.mjs';
import { copy, launch, openPage, paste } from './chromium.mjs';

// The stub finds the example once per copy of its body in the text (after one header line), so a long text made of
// copies gets the analysis a real core would give it: every layer populated, at every copy.
const STUB_CORE = `var NewsmarkCore = function () {
  var one = ${JSON.stringify(EXAMPLE_ANALYSIS)};
  var header = ${EXAMPLE_ARTICLE.indexOf('\n') + 1}, step = ${EXAMPLE_ARTICLE.length - EXAMPLE_ARTICLE.indexOf('\n') - 1};
  function at(s, k) { var o = Object.assign({}, s); o.start += k * step; o.end += k * step; return o; }
  function copies(list, n, limit) {
    var out = [];
    for (var k = 0; k < n; k++) for (var i = 0; i < list.length; i++) { var m = at(list[i], k); if (m.end <= limit) out.push(m); }
    return out;
  }
  return Promise.resolve({ _analyze: function (text, dct) {
    var n = Math.max(1, Math.ceil((text.length - header) / step)), r = JSON.parse(JSON.stringify(one));
    if (n > 1) {
      r.people.forEach(function (p) { p.mentions = copies(p.mentions, n, text.length); });
      r.countries.forEach(function (c) { c.mentions = copies(c.mentions, n, text.length); });
      r.quotes = copies(r.quotes, n, text.length).map(function (q) { return q; });
      r.dates = copies(r.dates, n, text.length);
    }
    if (dct) r.dct = { value: dct, source: 'option' };
    return { ok: true, result: r };
  } });
};`;

let browser;
before(async () => {
  browser = await launch();
  await browser.context.route('**/newsmark-core.js', (route) => route.fulfill({ contentType: 'text/javascript', body: STUB_CORE }));
});
after(async () => { await browser?.close(); });

async function ready() {
  const { page, errors } = await openPage(browser);
  await paste(page, EXAMPLE_ARTICLE);
  return { page, errors };
}

test('hovering Monday explains it: 2022-01-10, resolved against the article date', async () => {
  const { page, errors } = await ready();
  await page.hover('#marked mark[data-kind="date"][data-id="d0"]');
  await page.waitForSelector('#tip:not([hidden])');
  const tip = await page.textContent('#tip');
  assert.match(tip, /2022-01-10/);
  assert.match(tip, /resolved against the article date 2022-01-07/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('Tab moves from mark to mark; each one is described by the tooltip, and Escape closes it', async () => {
  const { page } = await ready();
  await page.focus('#marked');
  const seen = [];
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    seen.push(await page.evaluate(() => {
      const el = document.activeElement;
      return `${el.tagName}:${el.dataset.id}:${el.getAttribute('aria-describedby')}:${document.getElementById('tip').hidden}`;
    }));
  }
  // Document order: Norway, Iceland, Monday, Norwegian.
  assert.deepEqual(seen, ['MARK:NO-0:tip:false', 'MARK:IS-0:tip:false', 'MARK:d0:tip:false', 'MARK:NO-1:tip:false']);
  assert.match(await page.textContent('#tip'), /Norway.*ISO code: NO.*Form: demonym/);
  await page.keyboard.press('Escape');
  assert.equal(await page.isVisible('#tip'), false);
  await page.close();
});

test('a quote\'s tooltip names its speaker, the rule and the confidence', async () => {
  const { page } = await ready();
  await page.focus('#marked mark[data-id="q4"]');
  assert.equal(await page.textContent('#tip'),
    'Direct quoteSpeaker: Maria LindqvistNamed as “Dr Lindqvist”Cue: “said”Rule: name-after-quoteConfidence: 97%');
  await page.close();
});

test('choosing a speaker filters to their quotes and moves to the first one; choosing again shows everyone', async () => {
  const { page } = await ready();
  await page.click('#speakers button[data-person="p2"]');
  assert.equal(await page.getAttribute('#speakers button[data-person="p2"]', 'aria-pressed'), 'true');
  assert.equal(await page.getAttribute('#marked', 'data-filter'), 'p2');
  const matched = await page.$$eval('#marked mark.match', (els) => [...new Set(els.map((m) => m.dataset.id))]);
  assert.deepEqual(matched, ['p2-0', 'q3', 'p2-2', 'q6']);
  const faded = await page.$eval('#marked mark[data-id="q1"]', (m) => getComputedStyle(m).backgroundColor);
  assert.equal(faded, 'rgba(0, 0, 0, 0)');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.id), 'q3');
  assert.deepEqual(await page.$$eval('#quotes h3', (els) => els.map((h) => h.textContent)), ['Gunnar Sveinsson (2)']);
  await page.click('#speakers button[data-person="p2"]');
  assert.equal(await page.getAttribute('#marked', 'data-filter'), null);
  assert.equal(await page.locator('#quotes h3').count(), 3);
  await page.close();
});

test('the panel\'s quotes, countries and dates jump to their mark in the article', async () => {
  const { page } = await ready();
  const jump = async (selector) => { await page.click(selector); return page.evaluate(() => document.activeElement.dataset.id); };
  assert.equal(await jump('#quotes button[data-target="q5"]'), 'q5');
  assert.equal(await jump('#countries button[data-target="GB-0"]'), 'GB-0');
  assert.equal(await jump('#timeline button[data-target="d4"]'), 'd4');
  await page.close();
});

test('the legend counts each kind, and a hidden kind\'s marks look like plain text and leave the Tab order', async () => {
  const { page } = await ready();
  const legend = await page.$$eval('[data-count]', (els) => Object.fromEntries(els.map((e) => [e.dataset.count, e.textContent])));
  assert.deepEqual(legend, { quote: '7', speaker: '6', person: '0', country: '16', date: '12' });
  await page.click('.legend button[data-kind="date"]');
  const look = await page.$eval('#marked mark[data-id="d0"]', (m) => [getComputedStyle(m).backgroundColor, getComputedStyle(m, '::after').content, m.tabIndex]);
  assert.deepEqual(look, ['rgba(0, 0, 0, 0)', 'none', -1]);
  await page.click('.legend button[data-kind="date"]');
  assert.equal(await page.$eval('#marked mark[data-id="d0"]', (m) => m.tabIndex), 0);
  await page.close();
});

test('setting the article date re-analyses with it', async () => {
  const { page } = await ready();
  await page.fill('#dct-input', '2022-02-01');
  await page.dispatchEvent('#dct-input', 'change');
  await page.waitForFunction(() => document.getElementById('dct-source').textContent === 'set by you');
  await page.hover('#marked mark[data-id="d0"]');
  assert.match(await page.textContent('#tip'), /the article date 2022-02-01, from the date you set/);
  await page.close();
});

test('a 5 MB paste with every layer populated draws all its marks while the page keeps answering', async (t) => {
  const { page, errors } = await openPage(browser);
  const body = EXAMPLE_ARTICLE.slice(EXAMPLE_ARTICLE.indexOf('\n') + 1);
  const big = `${EXAMPLE_ARTICLE.slice(0, EXAMPLE_ARTICLE.indexOf('\n') + 1)}${body.repeat(Math.ceil(5 * 1024 * 1024 / body.length))}`;
  await copy(page, big);
  await page.evaluate(() => {
    window.__gap = 0;
    let last = performance.now();
    setInterval(() => { const now = performance.now(); window.__gap = Math.max(window.__gap, now - last); last = now; }, 10);
  });
  await paste(page);
  const r = await page.evaluate(() => ({ marks: document.querySelectorAll('#marked mark').length, gap: Math.round(window.__gap),
    engine: document.getElementById('marked').dataset.engine, quotes: document.querySelector('[data-count="quote"]').textContent,
    measure: Math.round(performance.getEntriesByName('newsmark:paste-to-highlights').at(-1).duration) }));
  t.diagnostic(`5 MB, all layers, whole page: ${JSON.stringify(r)}`);
  assert.equal(r.engine, 'worker');
  assert.ok(r.marks > 100000, `${r.marks} marks drawn`);
  assert.equal(await page.textContent('#marked mark[data-id="q1"]'), await page.evaluate(() => document.querySelector('#marked mark[data-id="q1"]').textContent));
  assert.deepEqual(errors, []);
  await page.close();
});
