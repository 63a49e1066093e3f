// What makes a reader trust the page (issue 16, points 1 and 2), in real Chromium over the real wasm: the article
// date belongs to one article, confidence follows the rule that found the speaker, only names are listed as
// speakers, and the "direct quotes only" toggles (panel on, marks off by default) do what they say.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { EXAMPLE_ARTICLE } from '../../web/example.mjs';
import { generation, launch, openPage, paste, rendered } from './chromium.mjs';

// A wire story whose date is in its dateline, and whose "Wednesday" is that day.
const DATELINE = 'LONDON, March 6, 2019 (Reuters) - The council will meet on Wednesday, its leader Tom Baker said.\n\n' +
  '"We will decide then," he said.\n';
const UNDATED = 'The council will meet on Wednesday, its leader Tom Baker said.\n';
// Sources the core could name that are not people: page furniture, a number, a pronoun, a quantifier (the READ MORE
// line holds no quote at all: the core leaves out a line linking to another article).
const NON_SPEAKERS = 'date 2019-03-06\nCity shuts libraries\n\n“We had no choice,” the mayor Jane Doe said.\n\n' +
  'READ MORE: “Libraries are closing,” READ MORE said.\n\nTwo said: “We are angry about this.”\n\n' +
  'It said: “The decision is final.”\n\n“It is a sad day,” said Several.\n';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const text = (page, selector) => page.textContent(selector);
const texts = (page, selector) => page.$$eval(selector, (els) => els.map((e) => e.textContent));

async function setDate(page, value) {
  const before = await generation(page);
  await page.fill('#dct-input', value);
  await page.dispatchEvent('#dct-input', 'change');
  await rendered(page, before);
}

test('a new paste resets the article date to what its text says; the reader\'s date applied to the last article only', async () => {
  const { page, errors } = await openPage(browser);
  await paste(page, EXAMPLE_ARTICLE);
  assert.deepEqual([await text(page, '#dct-label'), await text(page, '#dct-source')],
    ['Fri 7 Jan 2022', 'from the date line at the top of the text']);
  await setDate(page, '2016-10-19');
  assert.deepEqual([await text(page, '#dct-label'), await text(page, '#dct-source')],
    ['Wed 19 Oct 2016', 'set by you, for this article only']);
  assert.equal(await page.getAttribute('#marked mark[data-id="d1"]', 'data-label'), 'Mon 24 Oct 2016');

  await paste(page, DATELINE);
  assert.deepEqual([await text(page, '#dct-label'), await text(page, '#dct-source'), await page.inputValue('#dct-input')],
    ['Wed 6 Mar 2019', 'from the dateline', '2019-03-06']);
  assert.equal(await page.isVisible('#dct-reset'), false);
  assert.equal(await page.getAttribute('#marked mark[data-kind="date"]:text-is("Wednesday")', 'data-label'), 'Wed 6 Mar 2019');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
  const exported = JSON.parse(await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8')));
  assert.deepEqual(exported.dct, { value: '2019-03-06', source: 'dateline', label: 'Wed 6 Mar 2019', start: 8, end: 21 });

  await paste(page, UNDATED);
  assert.deepEqual([await text(page, '#dct-label'), await text(page, '#dct-source'), await page.inputValue('#dct-input')],
    ['none', 'not found in the text: set it to resolve relative dates', '']);
  assert.deepEqual(errors, []);
  await page.close();
});

test('editing the same article keeps the reader\'s date', async () => {
  const { page } = await openPage(browser);
  await paste(page, EXAMPLE_ARTICLE);
  await setDate(page, '2016-10-19');
  const before = await generation(page);
  await page.click('#edit');
  await page.focus('#article');
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' More.');
  await rendered(page, before);
  assert.equal(await text(page, '#dct-source'), 'set by you, for this article only');
  assert.equal(await page.inputValue('#dct-input'), '2016-10-19');
  await page.close();
});

test('a pronoun or a continuation never shows as certain: 75% and 70% "likely", where a named speaker shows 95% "high"', async () => {
  const { page } = await openPage(browser);
  await paste(page, EXAMPLE_ARTICLE);
  const confidence = async (id) => {
    await page.focus(`#marked mark[data-id="${id}"]`);
    return page.$$eval('#tip .layer[data-kind="quote"] span', (els) => els.map((e) => e.textContent).filter((t) => /^(How|Confidence):/.test(t)));
  };
  assert.deepEqual(await confidence('q2'), ['How: a pronoun with a speech verb after the quote', 'Confidence: 75% (likely)']);
  assert.deepEqual(await confidence('q3'), ['How: continues the speaker of the quote before', 'Confidence: 70% (likely)']);
  assert.deepEqual(await confidence('q7'), ['How: named with a speech verb after the quote', 'Confidence: 95% (high)']);
  // The panel says the same under each quote.
  assert.deepEqual(await page.$$eval('#quotes .quote-group[data-person="p1"] .how', (els) => els.map((e) => e.textContent)), [
    '85% (likely): quoted words inside reported speech', '75% (likely): a pronoun with a speech verb after the quote',
    '70% (likely): continues the speaker of the quote before']);
  await page.close();
});

test('sources that are not a person or an organisation are never listed as speakers', async () => {
  const { page } = await openPage(browser);
  await paste(page, NON_SPEAKERS);
  assert.deepEqual(await texts(page, '#speakers .name'), ['Jane Doe']);
  assert.deepEqual(await texts(page, '#quotes h3'), ['Jane Doe (1)', 'Unattributed (3)']);
  assert.equal(await text(page, '[data-count="speaker"]'), '1');
  await page.focus('#marked mark[data-kind="quote"]:text-is("The decision is final.")');
  // "It" stands for nothing the sentences before name ("Two"), so no speaker name is shown at all.
  assert.equal(await text(page, '#tip'), 'Direct quoteSpeaker: not found');
  await page.click('#copy-md');
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Copied'));
  const md = await page.evaluate(() => navigator.clipboard.readText());
  assert.deepEqual(md.match(/^## .*$/gm), ['## Jane Doe (1 quote)', '## Unattributed (3 quotes)']);
  await page.close();
});

test('"Direct quotes only" is on for the panel and off for the marks; each toggle shows or leaves out reported speech', async () => {
  const { page } = await openPage(browser);
  await paste(page, EXAMPLE_ARTICLE);
  assert.equal(await page.getAttribute('#direct-only', 'aria-pressed'), 'true');
  assert.equal(await page.getAttribute('#direct-marks', 'aria-pressed'), 'false');
  // Speakers by quote count, most first.
  assert.deepEqual(await texts(page, '#speakers .count'), ['3 direct quotes', '2 direct quotes', '2 direct quotes']);
  assert.deepEqual(await texts(page, '#quotes h3'), ['Ingrid Halvorsen (3)', 'Maria Lindqvist (2)', 'Gunnar Sveinsson (2)']);
  await page.click('#direct-only');
  assert.deepEqual(await texts(page, '#speakers .name'), ['Ingrid Halvorsen', 'Maria Lindqvist', 'Gunnar Sveinsson']);
  assert.deepEqual(await texts(page, '#speakers .count'), ['4 quotes', '3 quotes', '2 quotes']);
  assert.deepEqual(await texts(page, '#quotes h3'), ['Ingrid Halvorsen (4)', 'Maria Lindqvist (3)', 'Gunnar Sveinsson (2)',
    'A British official (1)', 'The European Union (1)']);

  const tint = (id) => page.$eval(`#marked mark[data-id="${id}"]`, (m) => getComputedStyle(m).backgroundColor);
  const reported = await tint('q0');
  assert.notEqual(reported, 'rgba(0, 0, 0, 0)', 'reported speech is marked by default');
  await page.click('#direct-marks');
  assert.equal(await tint('q0'), 'rgba(0, 0, 0, 0)');
  assert.notEqual(await tint('q2'), 'rgba(0, 0, 0, 0)', 'direct quotes keep their tint');
  // The keyboard walk skips the reported speech it no longer marks: from the header date to Norway.
  await page.focus('#marked mark[data-id="d0"]');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.id), 'NO-0');
  await page.close();
});
