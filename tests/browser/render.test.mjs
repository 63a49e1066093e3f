// Unit tests of the page's pure rendering functions (web/describe.mjs, render.mjs, panel.mjs, input.mjs) in real
// Chromium, inside the real page and its stylesheet, over the real analysis of the page's example article by the
// real wasm (loaded in Node through wasm/newsmark.mjs). Only the splitting tests use a few hand-made marks: they pin
// how crossing marks and block ends are cut, which no article shows on demand.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { build } from 'esbuild';
import { createNewsmark } from '../../wasm/newsmark.mjs';
import { EXAMPLE_ARTICLE } from '../../web/example.mjs';
import { launch, openPage, root } from './chromium.mjs';

let browser;
let bundle;
let analysis;
before(async () => {
  browser = await launch();
  const out = await build({
    stdin: { contents: "export * from './describe.mjs'; export * from './render.mjs'; export * from './panel.mjs'; export * from './input.mjs';",
      resolveDir: path.join(root, 'web'), loader: 'js' },
    bundle: true, format: 'iife', globalName: 'NM', write: false, target: 'chrome110', logLevel: 'warning',
  });
  bundle = out.outputFiles[0].text;
  analysis = (await createNewsmark()).analyze(EXAMPLE_ARTICLE);
});
after(async () => { await browser?.close(); });

// The real page with the functions under test loaded as window.NM (evaluated over the DevTools protocol, which the
// page's CSP does not govern) and the analysis drawn into its article and panel by those functions alone.
async function harness(b = browser) {
  const { page, errors } = await openPage(b);
  await page.evaluate(bundle);
  await page.evaluate(async ({ text, analysis: a }) => {
    window.A = a;
    window.T = text;
    document.getElementById('article').value = text;
    await NM.render(document.getElementById('marked'), text, NM.highlights(a));
    NM.renderSpeakers(document.getElementById('speakers'), a, null);
    NM.renderQuotes(document.getElementById('quotes'), a, text, null);
    NM.renderCountries(document.getElementById('countries'), a);
    NM.renderTimeline(document.getElementById('timeline'), a, text);
  }, { text: EXAMPLE_ARTICLE, analysis });
  return { page, errors };
}

test('every mention becomes one <mark> with its kind and id, and the text is unchanged', async () => {
  const { page } = await harness();
  assert.equal(await page.textContent('#marked'), EXAMPLE_ARTICLE);
  const counts = await page.$$eval('#marked mark', (els) => {
    const out = {};
    for (const m of els) (out[m.dataset.kind] ??= new Set()).add(m.dataset.id);
    return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.size]));
  });
  assert.deepEqual(counts, { quote: 11, speaker: 6, country: 14, date: 14 });
  const marks = await page.$$eval('#marked mark', (els) => els.map((m) => ({ id: m.dataset.id, text: m.textContent })));
  const byId = Object.fromEntries(marks.map((m) => [m.id, m.text]));
  assert.equal(byId.d1, 'Monday');
  assert.equal(byId['p1-1'], 'Ms Halvorsen');
  assert.equal(byId['GB-0'], 'London');
  assert.equal(byId.q10, 'If we cannot agree on Monday, we will meet again on Wednesday, and every week after that, until we do.');
  // Pronouns explain attribution but are not highlighted.
  assert.equal(marks.some((m) => m.id === 'p1-2' || m.id === 'p2-1'), false);
  // Marks inside a quote nest in it.
  assert.deepEqual(await page.$$eval('#marked mark[data-id="q10"] mark', (els) => els.map((m) => m.dataset.id)), ['d11', 'd12', 'd13']);
  await page.close();
});

test('flags are made from the ISO code, and nothing is made from a bad one', async () => {
  const { page } = await harness();
  assert.deepEqual(await page.evaluate(() => ['RU', 'GB', 'UA', 'us', 'X', '', null].map((c) => NM.flag(c))),
    ['🇷🇺', '🇬🇧', '🇺🇦', '', '', '', '']);
  await page.close();
});

test('tooltips explain each kind: speaker, the rule in words and an honest confidence; ISO code and form; a date in words and what it was resolved against', async () => {
  const { page } = await harness();
  const explain = (id) => page.evaluate((i) => NM.explain(A, T, i), id);
  // The core gives a speaker found through a pronoun at most 75%, and the page shows it as is: "likely", not "high".
  assert.equal(analysis.quotes[2].confidence, 0.75);
  assert.deepEqual(await explain('q2'), { title: 'Direct quote', lines: ['Speaker: Ingrid Halvorsen', 'Named as “she”',
    'Cue: “told”', 'How: a pronoun with a speech verb after the quote', 'Confidence: 75% (likely)'] });
  assert.deepEqual(await explain('q0'), { title: 'Reported speech', lines: ['Speaker: Ingrid Halvorsen',
    'Named as “the Norwegian fisheries minister Ingrid Halvorsen”', 'Cue: “said”',
    'How: reported speech, not in quote marks', 'Confidence: 70% (likely)'] });
  assert.deepEqual(await explain('GB-1'), { title: '🇬🇧 United Kingdom', lines: ['ISO code: GB', 'Form: demonym', 'Mentioned 3 times'] });
  assert.deepEqual(await explain('d1'), { title: 'Date: Mon 10 Jan 2022', lines: ['Precision: day',
    'Relative, resolved against the article date, Fri 7 Jan 2022, from the date line at the top', 'Stored as 2022-01-10'] });
  assert.deepEqual(await explain('d6'), { title: 'Date: 2019', lines: ['Precision: year', 'Stated in the text', 'Stored as 2019'] });
  assert.deepEqual(await explain('d13'), { title: 'Set: every week', lines: ['Stated in the text', 'Stored as P1W'] });
  assert.deepEqual(await explain('p1-0'), { title: 'Ingrid Halvorsen', lines: ['Titles: Norwegian fisheries minister', 'Mention: full name',
    'Speaker of 4 quotes'] });
  assert.equal(await explain('zz'), null);
  await page.close();
});

test('the side panel lists speakers with titles and counts, quotes by speaker, countries by count, dates in time order', async () => {
  const { page } = await harness();
  const speakers = await page.$$eval('#speakers button', (els) => els.map((b) => [b.querySelector('.name').textContent,
    b.querySelector('.titles')?.textContent ?? '', b.querySelector('.count').textContent, b.dataset.colour]));
  assert.deepEqual(speakers, [['Ingrid Halvorsen', 'Norwegian fisheries minister', '4 quotes', '0'],
    ['Maria Lindqvist', 'marine economist, Dr', '3 quotes', '1'], ['Gunnar Sveinsson', '', '2 quotes', '2']]);
  const groups = await page.$$eval('#quotes .quote-group', (els) => els.map((g) => [g.querySelector('h3').textContent,
    [...g.querySelectorAll('button')].map((b) => b.dataset.target)]));
  assert.deepEqual(groups, [['Ingrid Halvorsen (4)', ['q0', 'q1', 'q2', 'q3']], ['Maria Lindqvist (3)', ['q6', 'q7', 'q8']],
    ['Gunnar Sveinsson (2)', ['q4', 'q10']], ['A British official (1)', ['q5']], ['The European Union (1)', ['q9']]]);
  // Reported speech is listed without quote marks; quoted words with them.
  assert.deepEqual(await page.$$eval('#quotes button[data-target="q5"], #quotes button[data-target="q1"]', (els) => els.map((b) => b.textContent)),
    ['“the last good chance”', '(reported) the UK would send observers next week']);
  const countries = await page.$$eval('#countries button', (els) => els.map((b) => b.textContent));
  assert.deepEqual(countries, ['🇳🇴Norway3', '🇮🇸Iceland3', '🇬🇧United Kingdom3', '🇩🇰Denmark1', '🇯🇵Japan1',
    '🇩🇪Germany1', '🇮🇪Ireland1', '🇪🇸Spain1']);
  const dates = await page.$$eval('#timeline .timeline time', (els) => els.map((t) => t.textContent));
  assert.deepEqual(dates, ['2019', '2021', 'spring 2021', 'March 2021', 'January 2022', 'Thu 6 Jan 2022', 'Fri 7 Jan 2022',
    'Mon 10 Jan 2022', 'week of 10 Jan 2022', 'Wed 12 Jan 2022']);
  const other = await page.$$eval('#timeline .other-dates button', (els) => els.map((b) => b.textContent));
  assert.deepEqual(other, ['three years (duration: 3 years)', 'every week (set: every week)']);
  await page.close();
});

test('dates sort by the first day they cover', async () => {
  const { page } = await harness();
  assert.deepEqual(await page.evaluate(() => ['2014', '2022-01', '2022-W02', '2022-01-10', '2020-W53', '198X', 'PRESENT_REF', null]
    .map((v) => NM.dateKey(v))), ['2014-01-01', '2022-01-01', '2022-01-10', '2022-01-10', '2020-12-28', '1980-01-01', null, null]);
  await page.close();
});

// Hand-made marks: crossing marks and block ends are cut into pieces that keep their id; no article shows these
// cases on demand, and the exact pieces are the point.
test('a mark crossing another, or a block end, is split into pieces that share its id', async () => {
  const { page } = await harness();
  const result = await page.evaluate(async () => {
    const text = 'Alpha beta gamma delta.\nEpsilon zeta.';
    const box = document.createElement('div');
    await NM.render(box, text, [
      { start: 0, end: 16, kind: 'quote', id: 'q0' },
      { start: 11, end: 22, kind: 'country', id: 'XX-0' },
      { start: 18, end: 31, kind: 'date', id: 'd0' },
    ], { blockSize: 10 });
    return { text: box.textContent, blocks: box.children.length,
      pieces: [...box.querySelectorAll('mark')].map((m) => `${m.dataset.id}:${m.textContent}`) };
  });
  assert.equal(result.text, 'Alpha beta gamma delta.\nEpsilon zeta.');
  assert.equal(result.blocks, 2);
  // Blocks end at 20 here (no line break near enough); pieces nest inside their parents and blocks.
  assert.deepEqual(result.pieces, ['q0:Alpha beta gamma', 'XX-0:gamma', 'XX-0: del', 'd0:el', 'd0:ta.\nEpsilon', 'XX-0:ta']);
  await page.close();
});

test('marks go to the block they start in, cut at each block end they cross', async () => {
  const { page } = await harness();
  const buckets = await page.evaluate(() => NM.bucket([
    { start: 2, end: 5, id: 'a' }, { start: 8, end: 25, id: 'b' }, { start: 12, end: 12, id: 'empty' }, { start: 21, end: 22, id: 'c' },
  ], [10, 20, 30]).map((b) => b.map((m) => `${m.id}:${m.start}-${m.end}`)));
  assert.deepEqual(buckets, [['a:2-5', 'b:8-10'], ['b:10-20'], ['b:20-25', 'c:21-22']]);
  await page.close();
});

test('quotes copy as Markdown: headline, article date, then by speaker with paragraph numbers, reported speech without quote marks', async () => {
  const { page } = await harness();
  const md = await page.evaluate(() => NM.markdown(A, T));
  assert.equal(md, [
    '# Norway and Iceland will resume talks on Monday over a mackerel quota dispute that has soured relations between the two fishing nations, the Norwegian fisheries minister Ingrid Halvorsen has said.', '',
    'Article date: Fri 7 Jan 2022 (from the date line at the top)', '',
    '## Ingrid Halvorsen, Norwegian fisheries minister (4 quotes)', '',
    '- ¶2 (reported) Norway and Iceland will resume talks on Monday over a mackerel quota dispute that has soured relations between the two fishing nations',
    '- ¶3 “the last good chance”',
    '- ¶4 “We have shown patience for three years, and our fishermen have paid for it,”',
    '- ¶4 “Nobody wins a race to empty the sea.”', '',
    '## Maria Lindqvist, marine economist, Dr (3 quotes)', '',
    '- ¶7 (reported) the dispute has cost Norwegian exporters about 40 million euros since last year',
    '- ¶8 “Prices fell by a fifth yesterday alone,”',
    '- ¶8 “Buyers in Japan and Germany are watching this very closely.”', '',
    '## Gunnar Sveinsson (2 quotes)', '',
    '- ¶5 “Iceland wants an agreement that respects the science, not one that simply divides the catch by habit,”',
    '- ¶10 “If we cannot agree on Monday, we will meet again on Wednesday, and every week after that, until we do.”', '',
    '## A British official (1 quote)', '',
    '- ¶7 (reported) the UK would send observers next week', '',
    '## The European Union (1 quote)', '',
    '- ¶9 (reported) it hoped to join the talks later this month', ''].join('\n'));
  await page.close();
});

test('one quote copies with its attribution: the words, then name, first title and the article date', async () => {
  const { page } = await harness();
  assert.deepEqual(await page.evaluate(() => [NM.citation(A, T, 7), NM.citation(A, T, 5), NM.citation(A, T, 99)]), [
    '“Prices fell by a fifth yesterday alone,” — Maria Lindqvist, marine economist, Fri 7 Jan 2022',
    '(reported) the UK would send observers next week — A British official, Fri 7 Jan 2022', '']);
  await page.close();
});

test('HTML files are reduced to their article text without running or loading anything', async () => {
  const { page } = await harness();
  const cases = await page.evaluate(() => [
    NM.htmlToText('<p>One.</p><p>Two <b>bold</b><br>three.</p><script>alert(1)</script><style>p{}</style>'),
    NM.htmlToText('<html><head><meta name="date" content="2021-03-04"></head><body><nav>Home</nav><main><p>Body &amp; soul</p></main><footer>©</footer></body></html>'),
    NM.htmlToText('<body><div>Teaser</div><article><h1>Headline</h1><p>Long article text here.</p></article><article>x</article></body>'),
    NM.htmlToText('<img src=x onerror="window.pwned=1">Text'),
  ]);
  assert.deepEqual(cases, [
    { text: 'One.\n\nTwo bold\nthree.', date: '' },
    { text: 'Body & soul', date: '2021-03-04' },
    { text: 'Headline\n\nLong article text here.', date: '' },
    { text: 'Text', date: '' },
  ]);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  await page.close();
});

// Relative luminance contrast (WCAG 2) between two CSS colours, computed in the page.
async function contrasts(page) {
  return page.evaluate(() => {
    const probe = document.createElement('span');
    document.body.append(probe);
    const rgb = (value) => {
      probe.style.color = value;
      const got = getComputedStyle(probe).color.match(/\d+(\.\d+)?/g);
      if (!got) throw new Error(`${value} -> ${getComputedStyle(probe).color}`);
      return got.slice(0, 3).map(Number);
    };
    const lum = (c) => {
      const [r, g, b] = rgb(c).map((v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
    const v = (name) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();
    const pairs = { 'fg/bg': ['--fg', '--bg'], 'fg/panel': ['--fg', '--panel'], 'muted/bg': ['--muted', '--bg'],
      'muted/panel': ['--muted', '--panel'], 'fg/quote': ['--fg', '--quote'], 'fg/date': ['--fg', '--date'],
      'date-fg/date': ['--date-fg', '--date'], 'date-fg/panel': ['--date-fg', '--panel'], 'person/panel': ['--person', '--panel'],
      'accent/panel': ['--accent', '--panel'] };
    for (let i = 0; i < 10; i++) {
      pairs[`s${i}/panel`] = [`--s${i}`, '--panel'];
      pairs[`fg/s${i}-bg`] = ['--fg', `--s${i}-bg`];
      pairs[`s${i}/s${i}-bg`] = [`--s${i}`, `--s${i}-bg`];
    }
    const out = Object.fromEntries(Object.entries(pairs).map(([k, [a, b]]) => [k, Math.round(ratio(v(a), v(b)) * 100) / 100]));
    probe.remove();
    return out;
  });
}

test('text colours keep at least 4.5:1 contrast in both themes', async () => {
  const { page } = await harness();
  for (const theme of ['light', 'dark']) {
    await page.evaluate((t) => { document.documentElement.dataset.theme = t; }, theme);
    const low = Object.entries(await contrasts(page)).filter(([, r]) => r < 4.5);
    assert.deepEqual(low, [], `${theme} theme`);
  }
  await page.close();
});
