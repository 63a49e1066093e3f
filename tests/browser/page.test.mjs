// End-to-end tests of the page in real headless Chromium over the real wasm, served from web/dist/ on 127.0.0.1.
// Each expectation is checked two ways: against the native CLI's analysis of the same text (page and core agree) and
// against pinned literals (what a reader sees today; a change in the recognisers shows up here as a diff to review).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { markdown } from '../../web/describe.mjs';
import { EXAMPLE_ARTICLE } from '../../web/example.mjs';
import { assertValid } from '../js/schema.mjs';
import { artifacts, countMarks, generation, launch, openPage, paste, rendered, root } from './chromium.mjs';

const nativeCli = path.join(root, 'build/native/newsmark');
// The example without its date line: an article whose date the page cannot find.
const UNDATED = EXAMPLE_ARTICLE.slice(EXAMPLE_ARTICLE.indexOf('\n') + 1);
const scratch = mkdtempSync(path.join(os.tmpdir(), 'newsmark-page-test-'));

// The CLI's --pretty output for one article, without the "id" line it adds: the bytes the page's export must equal.
function cliJson(text, dct = '') {
  const file = path.join(scratch, 'article.txt');
  writeFileSync(file, text);
  const run = spawnSync(nativeCli, ['--pretty', ...(dct ? ['--dct', dct] : []), file], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const body = run.stdout.replace(/^\{\n {2}"id": [^\n]*,\n/, '{\n');
  assert.notEqual(body, run.stdout, 'the CLI output should start with its "id" line');
  return body;
}

// What the page must show for an analysis, counted straight from the schema (not through the page's own code).
function expectedCounts(a) {
  const names = (quoted) => a.people.filter((p) => p.quoted === quoted)
    .reduce((n, p) => n + p.mentions.filter((m) => m.kind !== 'pronoun').length, 0);
  return { quote: a.quotes.length, speaker: names(true), person: names(false),
    country: a.countries.reduce((n, c) => n + c.mentions.length, 0), date: a.dates.length };
}

// What the legend counts: quotes, speakers and other named people, countries, date mentions (what the panel lists).
function expectedLegend(a) {
  const named = (p) => p.mentions.some((m) => m.kind !== 'pronoun');
  return { quote: a.quotes.length, speaker: a.people.filter((p) => p.quoted).length,
    person: a.people.filter((p) => !p.quoted && named(p)).length, country: a.countries.length, date: a.dates.length };
}

// The panel lists speakers by their count of direct quotes (its default), most first; ties keep the order of all
// quotes, then of first mention.
function expectedSpeakers(a) {
  const count = (p, direct) => a.quotes.filter((q) => q.speaker === p.id && (!direct || q.kind !== 'indirect')).length;
  return a.people.filter((p) => p.quoted).map((p) => ({ name: p.name, titles: p.titles.join(', '), quotes: count(p, true),
    all: count(p, false) })).sort((x, y) => y.all - x.all).sort((x, y) => y.quotes - x.quotes)
    .filter((s) => s.quotes > 0).map(({ all, ...s }) => s);
}

// The marks of each kind as the page shows them (one per mention; pronouns are not drawn), the speakers with their
// titles and quote counts, for the page's own example (web/example.mjs). Pinned from the real analysis and equal to
// the native CLI's (checked below through expectedCounts/expectedSpeakers).
// The Faroe Islands, a territory of Denmark, are a place and no country: 14 country marks, 8 countries.
const PINNED_EXAMPLE_COUNTS = { quote: 11, speaker: 6, person: 0, country: 14, date: 14 };
const PINNED_EXAMPLE_LEGEND = { quote: 11, speaker: 3, person: 0, country: 8, date: 14 };
const PINNED_EXAMPLE_SPEAKERS = [
  { name: 'Ingrid Halvorsen', titles: 'Norwegian fisheries minister', quotes: 3 },
  { name: 'Maria Lindqvist', titles: 'marine economist, Dr', quotes: 2 },
  { name: 'Gunnar Sveinsson', titles: '', quotes: 2 },
];

const example = JSON.parse(cliJson(EXAMPLE_ARTICLE));
let browser;
before(async () => { browser = await launch(); });
after(async () => {
  const foreign = browser?.requests.filter((u) => !u.startsWith(browser.origin) && !/^(data|blob):/.test(u)) ?? [];
  await browser?.close();
  assert.deepEqual(foreign, [], 'no request may leave for another host during the whole suite');
});

const speakerList = (page) => page.$$eval('#speakers li button', (els) => els.map((b) => ({
  name: b.querySelector('.name').textContent, titles: b.querySelector('.titles')?.textContent ?? '',
  quotes: Number(b.querySelector('.count').textContent.split(' ')[0]) })));

test('pasting the example article shows exactly the CLI\'s marks of each kind and its speakers with their quote counts', async () => {
  const { page, errors } = await openPage(browser);
  await paste(page, EXAMPLE_ARTICLE);
  assert.equal(await page.textContent('#marked'), EXAMPLE_ARTICLE);
  const counts = await countMarks(page);
  assert.deepEqual(counts, expectedCounts(example));
  assert.deepEqual(counts, PINNED_EXAMPLE_COUNTS);
  const legend = await page.$$eval('[data-count]', (els) => Object.fromEntries(els.map((e) => [e.dataset.count, Number(e.textContent)])));
  assert.deepEqual(legend, expectedLegend(example));
  assert.deepEqual(legend, PINNED_EXAMPLE_LEGEND);
  const speakers = await speakerList(page);
  assert.deepEqual(speakers, expectedSpeakers(example));
  assert.deepEqual(speakers, PINNED_EXAMPLE_SPEAKERS);
  assert.equal(await page.inputValue('#dct-input'), '2022-01-07');
  assert.equal(await page.textContent('#dct-label'), 'Fri 7 Jan 2022');
  assert.equal(await page.textContent('#dct-source'), 'from the date line at the top of the text');
  const measures = await page.evaluate(() => performance.getEntriesByName('newsmark:paste-to-highlights').length);
  assert.ok(measures >= 1, 'the page records newsmark:paste-to-highlights');
  await focusMonday(page);
  await page.screenshot({ path: path.join(artifacts, 'page-light.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

// Focuses the first "Monday" of the article so its note shows in the screenshots.
async function focusMonday(page) {
  await page.locator('#marked mark[data-kind="date"]', { hasText: 'Monday' }).first().focus();
  await page.waitForSelector('#tip:not([hidden])');
}

test('every mark is a focusable <mark> with a kind and an id; the article is one Tab stop and the arrow keys walk its marks', async () => {
  const { page } = await openPage(browser);
  await paste(page, EXAMPLE_ARTICLE);
  const marks = await page.$$eval('#marked mark', (els) => els.map((m) => ({ kind: m.dataset.kind, id: m.dataset.id, tab: m.tabIndex })));
  for (const m of marks) {
    assert.match(m.kind, /^(quote|speaker|person|country|date)$/);
    assert.ok(m.id);
  }
  // A roving tabindex: the first mark is the article's Tab stop, the others are focusable but out of the Tab order.
  assert.deepEqual(marks.filter((m) => m.tab === 0).map((m) => m.id), [marks[0].id]);
  assert.ok(marks.every((m) => m.tab === 0 || m.tab === -1));
  await page.focus('.legend button[data-kind="quote"]');
  await page.keyboard.press('Tab');  // the legend is one stop: Tab goes from it straight into the article
  const seen = [];
  for (const key of ['ArrowRight', 'ArrowRight', 'j', 'ArrowDown', 'ArrowRight']) {
    seen.push(await page.evaluate(() => {
      const el = document.activeElement;
      return `${el.tagName}:${el.dataset.id}:${el.getAttribute('aria-describedby')}:${document.getElementById('tip').hidden}`;
    }));
    await page.keyboard.press(key);
  }
  // Document order: the header's date, the first sentence (reported speech), then Norway, Iceland and Monday in it.
  assert.deepEqual(seen, ['MARK:d0:tip:false', 'MARK:q0:tip:false', 'MARK:NO-0:tip:false', 'MARK:IS-0:tip:false',
    'MARK:d1:tip:false']);
  await page.keyboard.press('k');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.id), 'd1');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.id), 'IS-0');
  await page.focus('#marked mark[data-id="p1-0"]');
  assert.equal(await page.textContent('#tip'),
    'Ingrid HalvorsenTitles: Norwegian fisheries ministerMention: full nameSpeaker of 4 quotes');
  await page.focus('#marked mark[data-id="q1"]');
  assert.equal(await page.textContent('#tip'), 'Partial quoteSpeaker: Ingrid HalvorsenNamed as “Ms Halvorsen”' +
    'Cue: “said”How: quoted words inside reported speechConfidence: 85% (likely)');
  await page.keyboard.press('Escape');
  assert.equal(await page.isVisible('#tip'), false);
  await page.close();
});

test('the tooltip of Monday shows Mon 10 Jan 2022 and what it was resolved against, under its quote\'s note', async () => {
  const { page } = await openPage(browser);
  await paste(page, EXAMPLE_ARTICLE);
  const monday = page.locator('#marked mark[data-kind="date"]', { hasText: 'Monday' }).first();
  // Scrolling closes a hovered mark's note, so the mark is brought into view (and the scroll event has passed) first.
  await monday.evaluate((m) => new Promise((resolve) => {
    m.scrollIntoView({ block: 'center' });
    requestAnimationFrame(() => requestAnimationFrame(resolve));
  }));
  await monday.hover();
  await page.waitForSelector('#tip:not([hidden])');
  assert.equal(await page.textContent('#tip .layer[data-kind="date"]'), 'Date: Mon 10 Jan 2022Precision: day' +
    'Relative, resolved against the article date, Fri 7 Jan 2022, from the date line at the topStored as 2022-01-10');
  assert.match(await page.textContent('#tip .layer[data-kind="quote"]'), /^Reported speechSpeaker: Ingrid Halvorsen/);
  assert.equal(await monday.getAttribute('data-label'), 'Mon 10 Jan 2022');
  await page.close();
});

test('each legend toggle hides its kind of marks, takes them out of the keyboard walk, and shows them again', async () => {
  const { page } = await openPage(browser);
  await paste(page, EXAMPLE_ARTICLE);
  const look = (kind) => page.$$eval(`#marked mark[data-kind="${kind}"]`, (els) => els.map((m) => {
    const s = getComputedStyle(m);
    return `${s.backgroundColor}|${s.color}|${s.fontWeight}|${s.textDecorationLine}|${getComputedStyle(m, '::before').content}|${getComputedStyle(m, '::after').content}`;
  }));
  const plain = await page.evaluate(() => {
    const s = getComputedStyle(document.getElementById('marked'));
    return `rgba(0, 0, 0, 0)|${s.color}|${s.fontWeight}|none|none|none`;
  });
  for (const kind of ['quote', 'speaker', 'person', 'country', 'date']) {
    const button = page.locator(`.legend button[data-kind="${kind}"]`);
    await button.click();
    assert.equal(await button.getAttribute('aria-pressed'), 'false');
    assert.equal(await page.$eval('#marked', (m, k) => m.classList.contains(`hide-${k}`), kind), true);
    for (const style of await look(kind)) assert.equal(style, plain, `${kind} marks look like plain text when hidden`);
    const tabbable = await page.$$eval(`#marked mark[data-kind="${kind}"]`, (els) => els.filter((m) => m.tabIndex >= 0).length);
    assert.equal(tabbable, 0);
    // The arrow keys from the article's first shown mark through the next dozen never land on a hidden one.
    await page.focus('#marked mark[tabindex="0"]');
    for (let i = 0; i < 12; i++) {
      assert.notEqual(await page.evaluate(() => document.activeElement.dataset.kind), kind);
      await page.keyboard.press('ArrowRight');
    }
    await button.click();
    assert.equal(await button.getAttribute('aria-pressed'), 'true');
    assert.equal(await page.$eval('#marked', (m, k) => m.classList.contains(`hide-${k}`), kind), false);
  }
  await page.close();
});

test('the exported JSON is byte for byte what the CLI writes for the same text and date', async () => {
  const { page } = await openPage(browser);
  await paste(page, EXAMPLE_ARTICLE);
  assert.equal(await page.isVisible('#dct-reset'), false);
  const download = async () => {
    const [d] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
    assert.equal(d.suggestedFilename(), 'newsmark-analysis.json');
    const json = readFileSync(await d.path(), 'utf8');
    assertValid('analysis', JSON.parse(json), 'the page\'s export');
    return json;
  };
  assert.equal(await download(), cliJson(EXAMPLE_ARTICLE));
  await paste(page, UNDATED);
  assert.equal(await download(), cliJson(UNDATED));
  await paste(page, EXAMPLE_ARTICLE);

  // Changing the article date re-resolves, and the export follows the CLI given that date.
  const before = await generation(page);
  await page.fill('#dct-input', '2022-01-14');
  await page.dispatchEvent('#dct-input', 'change');
  await rendered(page, before);
  assert.equal(await page.textContent('#dct-source'), 'set by you, for this article only');
  assert.equal(await page.isVisible('#dct-reset'), true);
  assert.equal(await download(), cliJson(EXAMPLE_ARTICLE, '2022-01-14'));

  const again = await generation(page);
  await page.click('#dct-reset');
  await rendered(page, again);
  assert.equal(await page.inputValue('#dct-input'), '2022-01-07');
  assert.equal(await page.isVisible('#dct-reset'), false);
  assert.equal(await download(), cliJson(EXAMPLE_ARTICLE));
  await page.close();
});

test('copying quotes as Markdown puts the headline, the date and the panel\'s quotes by speaker, with paragraph numbers, on the clipboard', async () => {
  const { page } = await openPage(browser);
  await paste(page, EXAMPLE_ARTICLE);
  await page.click('#copy-md');
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Copied'));
  assert.equal(await page.textContent('#status'), 'Copied 7 direct quotes as Markdown.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, markdown(example, EXAMPLE_ARTICLE, { direct: true }));
  assert.match(copied, /^# Norway and Iceland will resume talks on Monday[^\n]*\n\nArticle date: Fri 7 Jan 2022 \(from the date line at the top\)\n\n## Ingrid Halvorsen, Norwegian fisheries minister \(3 quotes\)\n\n- ¶3 “the last good chance”\n/);
  assert.doesNotMatch(copied, /\(reported\)/);
  await page.click('#direct-only');
  await page.click('#copy-md');
  await page.waitForFunction(() => document.getElementById('status').textContent === 'Copied 11 quotes as Markdown.');
  const all = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(all, /\n## A British official \(1 quote\)\n\n- ¶7 \(reported\) the UK would send observers next week\n/);
  await page.close();
});

test('the example button loads the example article and analyses it', async () => {
  const { page, errors } = await openPage(browser);
  const before = await generation(page);
  await page.click('#example');
  await rendered(page, before);
  assert.equal(await page.inputValue('#article'), EXAMPLE_ARTICLE);
  assert.equal(await page.textContent('#marked'), EXAMPLE_ARTICLE);
  assert.deepEqual(await countMarks(page), expectedCounts(example));
  assert.deepEqual(errors, []);
  await page.close();
});

test('typing analyses after a short pause', async () => {
  const { page } = await openPage(browser);
  const before = await generation(page);
  await page.focus('#article');
  await page.keyboard.type('date 2022-01-07\nThe minister said ');
  await rendered(page, before);
  assert.equal(await page.textContent('#marked'), 'date 2022-01-07\nThe minister said ');
  assert.equal(await page.inputValue('#dct-input'), '2022-01-07');
  await page.close();
});

test('a dropped .html file is reduced to its text, with nothing run or loaded', async () => {
  const { page, errors } = await openPage(browser);
  let dialogs = 0;
  page.on('dialog', async (d) => { dialogs++; await d.dismiss(); });
  const html = `<!doctype html><html><head><title>T</title><meta property="article:published_time" content="2022-01-07T09:00:00Z">
    <script>alert(1)</script><style>p{color:red}</style></head><body><nav>Menu</nav><article><h1>Talks resume</h1>
    <p>Ministers met in Oslo.</p><p>“We will talk,” she said.<img src="http://203.0.113.9/x.png" onerror="alert(2)"></p></article></body></html>`;
  const before = await generation(page);
  await page.evaluate((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'story.html', { type: 'text/html' }));
    document.getElementById('article').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, html);
  await rendered(page, before);
  assert.equal(await page.inputValue('#article'), 'Talks resume\n\nMinisters met in Oslo.\n\n“We will talk,” she said.');
  assert.equal(await page.inputValue('#dct-input'), '2022-01-07');
  assert.equal(await page.textContent('#dct-source'), 'from the file\'s publication date');
  assert.equal(dialogs, 0);
  assert.equal(browser.requests.some((u) => u.includes('203.0.113.9')), false);
  // The parsed file is inert, and the page's own CSP still refuses its inline handler and style: Chromium logs that.
  assert.deepEqual(errors.filter((e) => !/violates the following Content Security Policy directive/.test(e)), []);
  await page.close();
});

test('a .txt file chosen with the file button is loaded as it is', async () => {
  const { page } = await openPage(browser);
  const before = await generation(page);
  await page.setInputFiles('#file', { name: 'story.txt', mimeType: 'text/plain', buffer: Buffer.from('date 2022-01-07\r\nA <b>plain</b> story.\r\n') });
  await rendered(page, before);
  assert.equal(await page.inputValue('#article'), 'date 2022-01-07\nA <b>plain</b> story.\n');
  assert.equal(await page.locator('#marked b').count(), 0);
  await page.close();
});

test('text that looks like HTML is shown as text and runs nothing', async () => {
  const { page, errors } = await openPage(browser);
  let dialogs = 0;
  page.on('dialog', async (d) => { dialogs++; await d.dismiss(); });
  const evil = '<img src=x onerror=alert(1)> <script>alert(2)</script> "<svg onload=alert(3)>," he said.';
  await paste(page, evil);
  assert.equal(await page.textContent('#marked'), evil);
  assert.equal(await page.locator('#marked img, #marked script, #marked svg').count(), 0);
  await page.hover('#marked');
  assert.equal(dialogs, 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the page declares a strict Content-Security-Policy', async () => {
  const { page } = await openPage(browser);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|https?:|\*/);
  await page.close();
});

test('the panel and legend are reachable by keyboard and labelled for screen readers', async () => {
  const { page } = await openPage(browser);
  // Tab from the top reaches the skip link, then the article tools (one stop: the example button is its first shown).
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'example');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'article');
  await paste(page, EXAMPLE_ARTICLE);
  assert.equal(await page.getAttribute('.legend', 'role'), 'toolbar');
  assert.equal(await page.getAttribute('#status', 'role'), 'status');
  assert.equal(await page.getAttribute('#tip', 'role'), 'tooltip');
  assert.ok(await page.getAttribute('.panel', 'aria-label'));
  const unlabeled = await page.$$eval('button, input, textarea', (els) => els.filter((e) => {
    if (e.type === 'file') return false;
    const label = e.getAttribute('aria-label') || e.textContent.trim() || (e.id && document.querySelector(`label[for="${e.id}"]`)?.textContent);
    return !label;
  }).length);
  assert.equal(unlabeled, 0);
  await page.close();
});

test('the theme button switches between light and dark', async () => {
  const { page } = await openPage(browser);
  const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const light = await bg();
  await page.click('#theme');  // auto -> light
  assert.equal(await bg(), light);
  await page.click('#theme');  // light -> dark
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  assert.notEqual(await bg(), light);
  await page.click('#theme');  // dark -> auto
  assert.equal(await page.getAttribute('html', 'data-theme'), null);
  await page.close();
});

test('screenshots: dark theme and a phone-width window', async () => {
  const dark = await launch({ colorScheme: 'dark' });
  try {
    const { page, errors } = await openPage(dark);
    await paste(page, EXAMPLE_ARTICLE);
    await focusMonday(page);
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    assert.equal(bg, 'rgb(21, 23, 26)');
    await page.screenshot({ path: path.join(artifacts, 'page-dark.png'), fullPage: true });
    assert.deepEqual(errors, []);
  } finally { await dark.close(); }
  const narrow = await launch({ viewport: { width: 390, height: 844 } });
  try {
    const { page } = await openPage(narrow);
    await paste(page, EXAMPLE_ARTICLE);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, 'nothing is wider than a phone screen');
    await focusMonday(page);
    await page.screenshot({ path: path.join(artifacts, 'page-narrow.png'), fullPage: true });
  } finally { await narrow.close(); }
});
