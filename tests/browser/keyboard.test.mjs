// The keyboard (issue 16, point 6) in real Chromium over the real wasm: the article is one Tab stop walked with the
// arrow keys, j/k and [ ], every toolbar and list is one stop, and from the article each of them is at most four
// Tab or Shift+Tab presses away. The counts are written to build/test-artifacts/keyboard-tabs.json.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { EXAMPLE_ARTICLE } from '../../web/example.mjs';
import { artifacts, launch, openPage, paste } from './chromium.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// Which control group holds the focus: the highlighted article, the legend, a toolbar or list, or the control itself.
const where = (page) => page.evaluate(() => {
  const el = document.activeElement;
  if (el.closest('#marked')) return 'article';
  if (el.closest('.legend')) return 'legend';
  if (el.id === 'article') return 'text box';
  if (el === document.body) return 'end of page';
  return el.closest('#tools, #speakers-group, #quotes, #countries, #timeline')?.id ?? (el.id || el.className || el.tagName);
});
const focused = (page) => page.evaluate(() => document.activeElement.dataset.id ?? document.activeElement.id);

test('from the article every control group is at most four Tab or Shift+Tab presses away', async () => {
  const { page } = await openPage(browser);
  await paste(page, EXAMPLE_ARTICLE);
  const walk = async (key) => {
    await page.focus('#marked mark[tabindex="0"]');
    const seen = [];
    for (let i = 0; i < 4; i++) { await page.keyboard.press(key); seen.push(await where(page)); }
    return seen;
  };
  const forward = await walk('Tab');
  const backward = await walk('Shift+Tab');
  assert.deepEqual(forward, ['speakers-group', 'quotes', 'countries', 'timeline']);
  assert.deepEqual(backward, ['legend', 'dct-input', 'text box', 'tools']);
  // From the top of the page: the skip link (whose Enter reaches the article at once), then every group in order.
  // Focusing the body once (it is not focusable otherwise) puts the Tab start at the top, as on arrival.
  await page.evaluate(() => { document.body.tabIndex = -1; document.body.focus(); document.body.removeAttribute('tabindex'); });
  const fromTop = [];
  for (let i = 0; i < 11; i++) { await page.keyboard.press('Tab'); fromTop.push(await where(page)); }
  assert.deepEqual(fromTop, ['skip', 'tools', 'text box', 'dct-input', 'legend', 'article', 'speakers-group', 'quotes',
    'countries', 'timeline', 'end of page']);
  writeFileSync(path.join(artifacts, 'keyboard-tabs.json'),
    `${JSON.stringify({ fromArticle: { tab: forward, shiftTab: backward }, fromTop }, null, 2)}\n`);
  await page.close();
});

test('[ and ] move between quotes, a quote cut into pieces counting once; Home and End go to the first and last mark', async () => {
  const { page } = await openPage(browser);
  await paste(page, EXAMPLE_ARTICLE);
  await page.focus('#marked mark[data-id="d0"]');
  const seen = [];
  for (const key of [']', ']', ']', ']', '[']) { await page.keyboard.press(key); seen.push(await focused(page)); }
  assert.deepEqual(seen, ['q0', 'q1', 'q2', 'q3', 'q2']);
  await page.keyboard.press('End');
  assert.equal(await focused(page), 'd13');
  await page.keyboard.press('Home');
  assert.equal(await focused(page), 'd0');
  await page.close();
});

test('p in the article goes to the speakers; in a toolbar or list the arrow keys move and Tab leaves it', async () => {
  const { page } = await openPage(browser);
  await paste(page, EXAMPLE_ARTICLE);
  await page.focus('#marked mark[data-id="q2"]');
  await page.keyboard.press('p');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.person), 'p1');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.person), 'p3');
  await page.keyboard.press('Home');
  assert.equal(await focused(page), 'direct-only');
  await page.focus('.legend button[data-kind="quote"]');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.kind), 'speaker');
  await page.keyboard.press('End');
  assert.equal(await focused(page), 'direct-marks');
  await page.keyboard.press('Tab');
  assert.equal(await where(page), 'article');
  // The group remembers where it was left: Shift+Tab comes back to the same legend button.
  await page.keyboard.press('Shift+Tab');
  assert.equal(await focused(page), 'direct-marks');
  await page.close();
});
