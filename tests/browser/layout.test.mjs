// The layout after a paste (issue 16, point 5) in real Chromium over the real wasm: the article takes the width and
// the input becomes a one-line bar; on wide screens the legend and the speakers stay in view as the article scrolls;
// on a phone the page moves to the highlights and the panel is a bottom sheet; the article follows its own direction.
// Screenshots go to build/test-artifacts/ (layout-1100-scrolled.png, layout-390-sheet.png).
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { EXAMPLE_ARTICLE } from '../../web/example.mjs';
import { artifacts, generation, launch, openPage, paste, rendered } from './chromium.mjs';

// Long enough to scroll: the example three times over.
const LONG = EXAMPLE_ARTICLE + EXAMPLE_ARTICLE.slice(EXAMPLE_ARTICLE.indexOf('\n') + 1).repeat(2);

let wide;
let phone;
before(async () => {
  wide = await launch({ viewport: { width: 1100, height: 800 } });
  phone = await launch({ viewport: { width: 390, height: 844 } });
});
after(async () => { await wide?.close(); await phone?.close(); });

const box = (page, selector) => page.$eval(selector, (el) => {
  const r = el.getBoundingClientRect();
  return { top: Math.round(r.top), bottom: Math.round(r.bottom), width: Math.round(r.width), height: Math.round(r.height) };
});
const scrolled = (page, y) => page.evaluate((to) => new Promise((resolve) => {
  scrollTo(0, to);
  requestAnimationFrame(() => requestAnimationFrame(resolve));
}), y);

test('after a paste the article takes the width and the text box is a one-line bar that Edit opens again', async () => {
  const { page } = await openPage(wide);
  const before = await box(page, '#article');
  assert.ok(before.height > 300, `the empty page offers a tall text box (${before.height}px)`);
  await paste(page, EXAMPLE_ARTICLE);
  const bar = await box(page, '#article');
  const article = await box(page, '#marked');
  assert.ok(bar.height < 45, `one line (${bar.height}px)`);
  assert.deepEqual(await page.$eval('#article', (t) => [t.selectionStart, t.scrollTop]), [0, 0], 'the bar shows the first line');
  assert.ok(article.width > 1100 * 0.55, `the article is ${article.width}px wide`);
  assert.equal(await page.getAttribute('#edit', 'aria-expanded'), 'false');
  await page.click('#edit');
  assert.equal(await page.getAttribute('#edit', 'aria-expanded'), 'true');
  assert.ok((await box(page, '#article')).height > 250);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'article');
  await page.close();
});

test('at 1100 px the speakers are in view from the start, and the legend and speakers stay in view while the article scrolls', async () => {
  const { page } = await openPage(wide);
  await paste(page, LONG);
  const speakers = await box(page, '#speakers');
  assert.ok(speakers.top < 800, `the speakers start ${speakers.top}px down`);
  await scrolled(page, 1500);
  assert.ok(await page.evaluate(() => scrollY) >= 1400, 'the page did scroll');
  const legend = await box(page, '.legend');
  const after = await box(page, '#speakers');
  assert.ok(legend.top >= 0 && legend.bottom <= 800, `legend at ${legend.top}-${legend.bottom}`);
  assert.ok(after.top >= 0 && after.top < 800, `speakers at ${after.top}`);
  await page.screenshot({ path: path.join(artifacts, 'layout-1100-scrolled.png') });
  await page.close();
});

test('on a phone the page moves to the highlights after a paste, and the panel is a bottom sheet that opens', async () => {
  const { page } = await openPage(phone);
  await paste(page, LONG);
  const article = await box(page, '#marked');
  assert.ok(article.top >= 0 && article.top < 844 / 2, `the highlights start ${article.top}px down the screen`);
  assert.ok(await page.evaluate(() => scrollY) > 0);
  const sheet = await box(page, '#panel');
  assert.equal(sheet.bottom, 844);
  assert.ok(sheet.height < 80, `closed, the sheet is a bar (${sheet.height}px)`);
  assert.equal(await page.isVisible('#speakers'), false);
  await page.click('#sheet');
  assert.equal(await page.getAttribute('#sheet', 'aria-expanded'), 'true');
  assert.equal(await page.isVisible('#speakers .name'), true);
  assert.ok((await box(page, '#panel')).height <= 844 * 0.7 + 1);
  await page.screenshot({ path: path.join(artifacts, 'layout-390-sheet.png') });
  await page.click('#sheet');
  // The panel shortcut opens the sheet too.
  await page.focus('#marked mark[tabindex="0"]');
  await page.keyboard.press('p');
  assert.equal(await page.getAttribute('#sheet', 'aria-expanded'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.person), 'p1');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0);
  await page.close();
});

test('the article is laid out in its own direction: Arabic right to left, English left to right', async () => {
  const { page } = await openPage(wide);
  assert.equal(await page.getAttribute('#marked', 'dir'), 'auto');
  await paste(page, 'قال الوزير إن المحادثات ستستأنف يوم الاثنين.\n');
  assert.equal(await page.$eval('#marked', (m) => getComputedStyle(m).direction), 'rtl');
  await paste(page, EXAMPLE_ARTICLE);
  assert.equal(await page.$eval('#marked', (m) => getComputedStyle(m).direction), 'ltr');
  await page.close();
});

test('typing an article keeps the text box open above the highlights', async () => {
  const { page } = await openPage(wide);
  const before = await generation(page);
  await page.focus('#article');
  await page.keyboard.type('date 2022-01-07\n“We will talk,” Anna Berg said.');
  await rendered(page, before);
  assert.ok((await box(page, '#article')).height > 250);
  assert.equal(await page.getAttribute('#edit', 'aria-expanded'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'article');
  await page.close();
});
