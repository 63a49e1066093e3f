// The page's interactions over the real wasm with the page's example article (web/example.mjs), every layer populated
// by the real recognisers: tooltips, the speaker filter and its scroll, panel jumps, legend counts, and re-resolving
// dates when the article date changes. Literals are what the real analysis gives today (page.test.mjs checks the
// same analysis against the native CLI).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { EXAMPLE_ARTICLE } from '../../web/example.mjs';
import { generation, launch, openPage, paste, rendered } from './chromium.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function ready() {
  const { page, errors } = await openPage(browser);
  await paste(page, EXAMPLE_ARTICLE);
  return { page, errors };
}

const tipOf = async (page, id) => {
  await page.focus(`#marked mark[data-id="${id}"]`);
  return page.textContent('#tip');
};

// The quotes and speaker names drawn in colour (not faded to plain text), in document order.
const coloured = (page) => page.$$eval('#marked mark[data-kind="quote"], #marked mark[data-kind="speaker"]', (els) => {
  const plain = getComputedStyle(document.getElementById('marked')).color;
  return els.filter((m) => (m.dataset.kind === 'quote' ? getComputedStyle(m).backgroundColor !== 'rgba(0, 0, 0, 0)'
    : getComputedStyle(m).color !== plain)).map((m) => m.dataset.id);
});

// Whether the element is inside the window (after a jump or a filter moved to it).
const inView = (page, selector) => page.$eval(selector, (el) => {
  const r = el.getBoundingClientRect();
  return r.bottom > 0 && r.top < innerHeight;
});

test('hovering Monday, inside reported speech, explains both layers: the quote, then Mon 10 Jan 2022 and why', async () => {
  const { page, errors } = await ready();
  assert.equal(await page.textContent('#marked mark[data-id="d1"]'), 'Monday');
  await page.hover('#marked mark[data-id="d1"]');
  await page.waitForSelector('#tip:not([hidden])');
  assert.deepEqual(await page.$$eval('#tip .layer', (els) => els.map((l) => [l.dataset.kind, l.textContent])), [
    ['quote', 'Reported speechSpeaker: Ingrid HalvorsenNamed as “the Norwegian fisheries minister Ingrid Halvorsen”' +
      'Cue: “said”How: reported speech, not in quote marksConfidence: 70% (likely)'],
    ['date', 'Date: Mon 10 Jan 2022Precision: dayRelative, resolved against the article date, Fri 7 Jan 2022, from the date ' +
      'line at the topStored as 2022-01-10']]);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a tap on a date inside a quote shows both notes, the quote\'s first', async () => {
  const { page } = await ready();
  await page.click('#marked mark[data-id="d11"]');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.id), 'd11');
  assert.deepEqual(await page.$$eval('#tip .layer strong', (els) => els.map((e) => e.textContent)),
    ['Direct quote', 'Date: Mon 10 Jan 2022']);
  await page.close();
});

test('tooltips explain quotes (speaker, the rule in words, confidence), countries (ISO code, form) and people', async () => {
  const { page } = await ready();
  assert.equal(await tipOf(page, 'q7'),
    'Direct quoteSpeaker: Maria LindqvistNamed as “Dr Lindqvist”Cue: “said”How: named with a speech verb after the quoteConfidence: 95% (high)');
  assert.equal(await tipOf(page, 'q5'),
    'Reported speechSpeaker: A British officialNamed as “A British official”Cue: “said”' +
    'How: reported speech, not in quote marksConfidence: 70% (likely)');
  assert.equal(await tipOf(page, 'NO-1'), '🇳🇴 NorwayISO code: NOForm: demonymMentioned 3 times');
  assert.equal(await tipOf(page, 'GB-0'), '🇬🇧 United KingdomISO code: GBForm: capitalMentioned 3 times');
  assert.equal(await tipOf(page, 'p1-1'), 'Ingrid HalvorsenTitles: Norwegian fisheries ministerMention: title and nameSpeaker of 4 quotes');
  assert.equal(await tipOf(page, 'd4'), 'Direct quoteSpeaker: Ingrid HalvorsenNamed as “she”Cue: “told”' +
    'How: a pronoun with a speech verb after the quoteConfidence: 75% (likely)Duration: 3 yearsStated in the textStored as P3Y');
  await page.keyboard.press('Escape');
  assert.equal(await page.isVisible('#tip'), false);
  await page.close();
});

test('quotes and their speaker share a colour; countries carry their flag and dates a readable label', async () => {
  const { page } = await ready();
  const attrs = await page.$$eval('#marked mark', (els) => Object.fromEntries(els.map((m) => [m.dataset.id,
    [m.dataset.kind, m.dataset.colour ?? null, m.dataset.person ?? null, m.dataset.flag ?? m.dataset.label ?? null]])));
  assert.deepEqual(attrs.q2, ['quote', '0', 'p1', null]);
  assert.deepEqual(attrs['p1-0'], ['speaker', '0', 'p1', null]);
  // Colours go by quote count: Halvorsen (4) first, Lindqvist (3), then Sveinsson (2).
  assert.deepEqual(attrs.q4, ['quote', '2', 'p2', null]);
  assert.deepEqual(attrs['p2-2'], ['speaker', '2', 'p2', null]);
  assert.deepEqual(attrs.q7, ['quote', '1', 'p3', null]);
  assert.deepEqual(attrs.q5, ['quote', null, null, null]);  // a named source that is not a person: default tint
  assert.deepEqual(attrs['IS-0'], ['country', null, null, '🇮🇸']);
  assert.deepEqual(attrs.d7, ['date', null, null, 'week of 10 Jan 2022']);
  assert.deepEqual(attrs.d6, ['date', null, null, null], '"2019" says its own label, so none is drawn after it');
  const look = await page.evaluate(() => {
    const css = (id, pseudo) => getComputedStyle(document.querySelector(`#marked mark[data-id="${id}"]`), pseudo);
    return [css('q2').backgroundColor, css('p1-0').color, css('p1-0').fontWeight, css('IS-0', '::before').content,
      css('d7', '::after').content];
  });
  assert.deepEqual(look, ['rgb(119, 219, 231)', 'rgb(0, 90, 111)', '700', '"🇮🇸"', '"week of 10 Jan 2022"']);
  await page.close();
});

test('choosing a speaker filters to their quotes and moves to the first one; choosing again shows everyone', async () => {
  const { page } = await ready();
  await page.setViewportSize({ width: 1280, height: 400 });  // so that the first quote starts out of view
  await page.evaluate(() => scrollTo(0, 0));
  await page.click('#speakers button[data-person="p2"]');
  assert.equal(await page.getAttribute('#speakers button[data-person="p2"]', 'aria-pressed'), 'true');
  assert.equal(await page.getAttribute('#marked', 'data-filter'), 'p2');
  assert.deepEqual(await coloured(page), ['p2-0', 'q4', 'p2-2', 'q10']);
  const faded = await page.$eval('#marked mark[data-id="q2"]', (m) => getComputedStyle(m).backgroundColor);
  assert.equal(faded, 'rgba(0, 0, 0, 0)');
  await page.waitForFunction(() => document.activeElement.dataset.id === 'q4');
  await page.waitForFunction(() => { const r = document.activeElement.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; });
  assert.deepEqual(await page.$$eval('#quotes h3', (els) => els.map((h) => h.textContent)), ['Gunnar Sveinsson (2)']);
  assert.equal(await page.textContent('#status'), 'Showing the quotes of Gunnar Sveinsson.');
  await page.click('#speakers button[data-person="p2"]');
  assert.equal(await page.getAttribute('#marked', 'data-filter'), null);
  assert.deepEqual(await coloured(page), ['q0', 'p1-0', 'p1-1', 'q1', 'q2', 'q3', 'p2-0', 'q4', 'q5', 'p3-0', 'q6', 'q7',
    'p3-1', 'q8', 'q9', 'p2-2', 'q10']);
  assert.deepEqual(await page.$$eval('#quotes h3', (els) => els.map((h) => h.textContent)), ['Ingrid Halvorsen (3)',
    'Maria Lindqvist (2)', 'Gunnar Sveinsson (2)']);
  await page.close();
});

test('the panel lists countries by count with flags and dates in time order, labelled in words', async () => {
  const { page } = await ready();
  assert.deepEqual(await page.$$eval('#countries button', (els) => els.map((b) => b.textContent)), ['🇳🇴Norway3',
    '🇮🇸Iceland3', '🇬🇧United Kingdom3', '🇩🇰Denmark1', '🇯🇵Japan1', '🇩🇪Germany1', '🇮🇪Ireland1',
    '🇪🇸Spain1']);
  assert.deepEqual(await page.$$eval('#timeline .timeline li', (els) => els.map((li) => li.textContent)), [
    '2019' + '2019', '2021last year', 'spring 2021the spring', 'March 2021March', 'January 2022later this month',
    'Thu 6 Jan 2022Thursday · yesterday', 'Fri 7 Jan 20222022-01-07article date', 'Mon 10 Jan 2022Monday · Monday',
    'week of 10 Jan 2022next week', 'Wed 12 Jan 2022Wednesday']);
  assert.deepEqual(await page.$$eval('#timeline time', (els) => els.map((t) => t.getAttribute('datetime'))), ['2019', '2021',
    '2021-SP', '2021-03', '2022-01', '2022-01-06', '2022-01-07', '2022-01-10', '2022-W02', '2022-01-12']);
  assert.deepEqual(await page.$$eval('#timeline .other-dates button', (els) => els.map((b) => b.textContent)),
    ['three years (duration: 3 years)', 'every week (set: every week)']);
  await page.close();
});

test('the panel\'s quotes, countries and dates jump to their mark in the article', async () => {
  const { page } = await ready();
  await page.setViewportSize({ width: 1280, height: 400 });
  const jump = async (selector, id) => {
    await page.evaluate(() => scrollTo(0, 0));
    await page.click(selector);
    assert.equal(await page.evaluate(() => document.activeElement.dataset.id), id);
    await page.waitForFunction(() => { const r = document.activeElement.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; });
    assert.ok(await inView(page, `#marked mark[data-id="${id}"]`));
  };
  await jump('#quotes button[data-target="q10"]', 'q10');
  await jump('#countries button[data-target="ES-0"]', 'ES-0');
  await jump('#timeline button[data-target="d12"]', 'd12');
  await page.close();
});

test('the legend counts what the panel lists (3 speakers, 8 countries), and a hidden kind\'s marks look like plain text', async () => {
  const { page } = await ready();
  const legend = await page.$$eval('[data-count]', (els) => Object.fromEntries(els.map((e) => [e.dataset.count, e.textContent])));
  assert.deepEqual(legend, { quote: '11', speaker: '3', person: '0', country: '8', date: '14' });
  assert.equal(await page.$$eval('#speakers li', (els) => els.length), 3);
  assert.equal(await page.$$eval('#countries li', (els) => els.length), 8);
  await page.click('.legend button[data-kind="date"]');
  const look = await page.$eval('#marked mark[data-id="d1"]', (m) => [getComputedStyle(m).backgroundColor, getComputedStyle(m, '::after').content, m.tabIndex]);
  assert.deepEqual(look, ['rgba(0, 0, 0, 0)', 'none', -1]);
  await page.click('.legend button[data-kind="date"]');
  assert.equal(await page.$eval('#marked mark[data-id="d1"]', (m) => getComputedStyle(m, '::after').content), '"Mon 10 Jan 2022"');
  await page.close();
});

test('setting the article date re-resolves the relative dates against it', async () => {
  const { page } = await ready();
  const before = await generation(page);
  await page.fill('#dct-input', '2022-02-01');
  await page.dispatchEvent('#dct-input', 'change');
  await rendered(page, before);
  assert.equal(await page.textContent('#dct-source'), 'set by you, for this article only');
  assert.equal(await page.textContent('#dct-label'), 'Tue 1 Feb 2022');
  assert.equal(await page.getAttribute('#marked mark[data-id="d1"]', 'data-label'), 'Mon 7 Feb 2022');
  await page.hover('#marked mark[data-id="d1"]');
  assert.match(await page.textContent('#tip .layer[data-kind="date"]'),
    /^Date: Mon 7 Feb 2022.*resolved against the article date, Tue 1 Feb 2022, from the date you setStored as 2022-02-07$/);
  await page.close();
});
