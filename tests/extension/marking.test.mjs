// The extension on the fixture pages, in real headless Chromium with the built extension loaded unpacked: the toolbar
// click marks the article in place and a second click removes every mark, the page's DOM is never changed, and
// nothing leaves 127.0.0.1. Quotes are pinned only where their speaker is unambiguous in the fixture's text.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { expectedMarks } from './expected.mjs';
import { CSP, activeTabId, artifacts, bodyHtml, clickAction, foreign, launch, markedState, open, painted, pressShortcut,
  waitForMarks } from './harness.mjs';

let ext;
before(async () => { ext = await launch(); });
after(async () => {
  const away = ext ? foreign(ext) : [];
  await ext?.close();
  assert.deepEqual(away, [], 'no request may leave 127.0.0.1 (other than the extension reading its own files)');
});

// Clicks the button on a fixture, waits for the marks and checks them against the content script's own analysis.
async function markFixture(file) {
  const { page, errors } = await open(ext, file);
  const before = await bodyHtml(page);
  const started = performance.now();
  await clickAction(ext, page);
  await waitForMarks(page);
  const ms = performance.now() - started;
  const tabId = await activeTabId(ext);
  const state = await markedState(ext, tabId);
  const marks = await painted(page);
  assert.deepEqual(marks, expectedMarks(state.analysis, state.text), 'every span of the analysis is painted over exactly its own text');
  assert.equal(await bodyHtml(page), before, 'body.innerHTML is byte-identical while the marks are on');
  return { page, errors, before, tabId, state, marks, ms };
}

test('one click marks the news article only (not its navigation, sidebar or comments), a second click removes every mark', async () => {
  const { page, errors, before, marks, ms } = await markFixture('news.html');
  console.log(`click-to-marks on news.html: ${ms.toFixed(0)} ms`);
  await page.screenshot({ path: path.join(artifacts, 'extension-news.png') });
  assert.ok(marks.quote.includes('This is the first winter in years that nobody on the islands has to choose between a doctor’s appointment and a week’s wages,'));
  assert.ok(marks.quote.includes('If the numbers work, other coasts will copy us,'));
  assert.ok(marks.quote.includes('The new ferry schedule will be published on our website next week. Thank you to everyone who came to the meetings.'), 'the embedded post is part of the article');
  assert.deepEqual(marks.speaker, ['Tomas Lindgren', 'Lindgren']);
  assert.deepEqual(marks.country, ['Norway', 'Denmark', 'Canada']);
  const outside = await page.evaluate(() => [...CSS.highlights].filter(([n]) => n.startsWith('newsmark-'))
    .flatMap(([, h]) => [...h]).filter((r) => !r.commonAncestorContainer.parentElement.closest('article')).map(String));
  assert.deepEqual(outside, [], 'no mark in the navigation, sidebar, advertisement or comments');

  await page.click('button.subscribe');
  assert.deepEqual(await page.evaluate(() => window.pageClicks), ['subscribe'], 'the page\'s own click handler still fires');

  await clickAction(ext, page);
  await waitForMarks(page, { none: true });
  assert.deepEqual(await painted(page), {});
  assert.equal(await bodyHtml(page), before, 'body.innerHTML is byte-identical after the marks are removed');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the article date comes from the page\'s article:published_time, not from the text', async () => {
  const { page, state } = await markFixture('news.html');
  assert.deepEqual(state.dct, { value: '2025-03-14', source: 'article:published_time' });
  assert.equal(state.analysis.dct.value, '2025-03-14');
  assert.equal(state.analysis.dct.source, 'option', 'the core was given the date rather than finding one');
  await page.close();
});

test('a page whose CSP is script-src \'self\' is marked all the same (the wasm runs in the service worker)', async () => {
  const { page, errors } = await open(ext, 'csp.html');
  const response = await page.reload();
  assert.equal(response.headers()['content-security-policy'], CSP);
  const before = await bodyHtml(page);
  await clickAction(ext, page);
  await waitForMarks(page);
  const marks = await painted(page);
  assert.ok(marks.quote.includes('Students told us they were revising in laundrettes and bus shelters because everything else closed at eight,'));
  assert.ok(marks.quote.includes('If nobody comes after ten, we will close at ten,'));
  assert.deepEqual(marks.speaker, ['Helena Brandt', 'Brandt']);
  assert.deepEqual(marks.country, ['Austria']);
  assert.equal(await bodyHtml(page), before);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a quote running across <em> and <a> is one mark over the live text nodes, and its link still works', async () => {
  const { page, errors, before, marks } = await markFixture('inline.html');
  await page.screenshot({ path: path.join(artifacts, 'extension-inline.png') });
  const quote = 'We were told that small farms could never meet the paperwork, and we proved them wrong one form at a time,';
  assert.equal(marks.quote[0], quote);
  assert.ok(marks.quote.includes('a quiet revolution for the valley'), 'a partial quote across <strong>');
  assert.deepEqual(marks.speaker, ['Ingrid Solberg', 'David Mensah', 'Solberg'], 'names inside <span> and <a>');
  const spans = await page.evaluate((q) => {
    const r = [...CSS.highlights.get('newsmark-quote')].find((x) => x.toString() === q);
    return [r.startContainer.parentElement.tagName, r.endContainer.parentElement.tagName, r.startContainer === r.endContainer];
  }, quote);
  assert.deepEqual(spans, ['P', 'P', false], 'the range starts and ends in the paragraph and crosses <em> and <a> between');
  await page.click('a[data-track="paperwork-link"]');
  assert.deepEqual(await page.evaluate(() => window.pageClicks), ['paperwork-link'], 'the link inside the marked quote still gets its click');
  assert.equal(await bodyHtml(page), before);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a page with no article gets no marks and an answer saying so, and its DOM is untouched', async () => {
  const { page, errors } = await open(ext, 'none.html');
  const before = await bodyHtml(page);
  await clickAction(ext, page);
  const tabId = await activeTabId(ext);
  // The click granted the tab; the shortcut's handler then reports what the popup showed.
  assert.deepEqual(await pressShortcut(ext, tabId), { state: 'no-article' });
  assert.deepEqual(await painted(page), {});
  assert.equal(await bodyHtml(page), before);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the keyboard shortcut toggles the marks through the same path as the button', async () => {
  const { page, tabId, before } = await markFixture('csp.html');
  assert.deepEqual(await pressShortcut(ext, tabId), { state: 'cleared' });
  assert.deepEqual(await painted(page), {});
  const again = await pressShortcut(ext, tabId);
  assert.equal(again.state, 'marked');
  assert.ok(again.marks > 0);
  assert.equal(await bodyHtml(page), before);
  await page.close();
});
