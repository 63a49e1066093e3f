// The panel (the popup's page, opened here for the marked tab as a page of its own so the test can read and click it)
// and the hover tooltip, over the marked news fixture.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { countryList, explain, speakers } from '../../web/describe.mjs';
import { activeTabId, artifacts, bodyHtml, clickAction, foreign, launch, markedState, open, openPanel, painted,
  waitForMarks } from './harness.mjs';

let ext, page, errors, tabId, state, panel, original;
before(async () => {
  ext = await launch();
  ({ page, errors } = await open(ext, 'news.html'));
  original = await bodyHtml(page);
  await clickAction(ext, page);
  await waitForMarks(page);
  tabId = await activeTabId(ext);
  state = await markedState(ext, tabId);
  panel = await openPanel(ext, tabId);
});
after(async () => {
  const away = ext ? foreign(ext) : [];
  await ext?.close();
  assert.deepEqual(away, []);
  assert.deepEqual(errors, []);
});

test('the panel shows the article date with its source, the speakers with their quote counts and the countries', async () => {
  await panel.screenshot({ path: path.join(artifacts, 'extension-panel.png'), fullPage: true });
  assert.equal(await panel.textContent('#date'), 'Article date: 2025-03-14 (page metadata, article:published_time)');
  const shown = await panel.$$eval('#speakers li button', (bs) => bs.map((b) => [b.querySelector('.name').textContent, b.querySelector('.count').textContent]));
  const counts = [...speakers(state.analysis).values()].map((s) => [s.person.name, `${s.quotes.length} quote${s.quotes.length === 1 ? '' : 's'}`]);
  assert.deepEqual(shown, counts);
  assert.equal(shown[0][0], 'Tomas Lindgren');
  assert.deepEqual(await panel.$$eval('#countries .name', (els) => els.map((e) => e.textContent)), ['Norway', 'Denmark', 'Canada']);
  assert.deepEqual(countryList(state.analysis).map((c) => c.name), ['Norway', 'Denmark', 'Canada']);
  const groups = await panel.$$eval('#quotes h3', (hs) => hs.map((h) => h.textContent));
  assert.ok(groups[0].startsWith('Tomas Lindgren ('), groups.join(' | '));
});

test('clicking a speaker scrolls the page to their first quote and flashes it', async () => {
  await page.setViewportSize({ width: 1280, height: 400 });
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const bottom = await page.evaluate(() => window.scrollY);
  assert.ok(bottom > 0);
  await panel.click('#speakers li button');
  const first = state.analysis.quotes[speakers(state.analysis).values().next().value.quotes[0]];
  const text = state.text.slice(first.start, first.end);
  await page.waitForFunction(() => CSS.highlights.has('newsmark-flash'));
  assert.equal(await page.evaluate(() => [...CSS.highlights.get('newsmark-flash')][0].toString()), text);
  const top = await page.evaluate(() => [...CSS.highlights.get('newsmark-flash')][0].getBoundingClientRect().top);
  assert.ok(top >= 0 && top < 400, `the quote is in view (its top at ${top}px after scrolling up from ${bottom}px)`);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.waitForFunction(() => !CSS.highlights.has('newsmark-flash'), null, { timeout: 5000 });
});

test('unticking a kind in the legend hides its marks on the page and remembers the choice', async () => {
  await panel.uncheck('.legend input[value="country"]');
  await page.waitForFunction(() => !CSS.highlights.has('newsmark-country'));
  assert.equal((await painted(page)).country, undefined);
  assert.deepEqual(await ext.worker.evaluate(() => chrome.storage.local.get('hiddenKinds')), { hiddenKinds: ['country'] });
  await panel.check('.legend input[value="country"]');
  await page.waitForFunction(() => CSS.highlights.has('newsmark-country'));
  assert.deepEqual((await painted(page)).country, ['Norway', 'Denmark', 'Canada']);
  assert.equal(await bodyHtml(page), original);
});

test('resting the pointer on a speaker\'s name shows the page\'s own "why" tooltip, outside the page\'s body', async () => {
  await page.bringToFront();
  const box = await page.evaluate(() => {
    const r = [...CSS.highlights.get('newsmark-speaker')].find((x) => x.toString() === 'Tomas Lindgren');
    r.startContainer.parentElement.scrollIntoView({ block: 'center', behavior: 'instant' });
    const b = r.getClientRects()[0];
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  });
  await page.mouse.move(box.x, box.y);
  await page.waitForFunction(() => document.querySelector('newsmark-tooltip')?.shadowRoot?.querySelector('.tip'));
  const lines = await page.evaluate(() => [...document.querySelector('newsmark-tooltip').shadowRoot.querySelectorAll('.tip > div')].map((d) => d.textContent));
  const person = state.analysis.people.find((p) => p.name === 'Tomas Lindgren');
  const index = person.mentions.findIndex((m) => state.text.slice(m.start, m.end) === 'Tomas Lindgren');
  const why = explain(state.analysis, state.text, `${person.id}-${index}`);
  assert.deepEqual(lines, [why.title, ...why.lines]);
  assert.equal(lines[0], 'Tomas Lindgren');
  await page.screenshot({ path: path.join(artifacts, 'extension-tooltip.png') });
  assert.equal(await bodyHtml(page), original, 'the tooltip is outside <body>, which stays byte-identical');
  await page.mouse.move(5, 5);
  await page.waitForFunction(() => !document.querySelector('newsmark-tooltip'));
});
