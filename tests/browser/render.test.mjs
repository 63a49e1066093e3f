// Unit tests of the page's pure rendering functions (web/describe.mjs, render.mjs, panel.mjs, input.mjs) in real
// Chromium, inside the real page and its stylesheet, with a hand-written newsmark/1 analysis in which every layer is
// populated (tests/browser/example-analysis.mjs).
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { build } from 'esbuild';
import { EXAMPLE_ARTICLE } from '../../web/example.mjs';
import { EXAMPLE_ANALYSIS } from './example-analysis.mjs';
import { artifacts, launch, openPage, root } from './chromium.mjs';

let browser;
let bundle;
before(async () => {
  browser = await launch();
  const out = await build({
    stdin: { contents: "export * from './describe.mjs'; export * from './render.mjs'; export * from './panel.mjs'; export * from './input.mjs';",
      resolveDir: path.join(root, 'web'), loader: 'js' },
    bundle: true, format: 'iife', globalName: 'NM', write: false, target: 'chrome110', logLevel: 'warning',
  });
  bundle = out.outputFiles[0].text;
});
after(async () => { await browser?.close(); });

// The real page with the functions under test loaded as window.NM (evaluated over the DevTools protocol, which the
// page's CSP does not govern) and the hand-written analysis drawn into its article and panel.
async function harness(b = browser) {
  const { page, errors } = await openPage(b);
  await page.evaluate(bundle);
  await page.evaluate(async ({ text, analysis }) => {
    window.A = analysis;
    window.T = text;
    document.getElementById('article').value = text;
    await NM.render(document.getElementById('marked'), text, NM.highlights(analysis));
    NM.renderSpeakers(document.getElementById('speakers'), analysis, null);
    NM.renderQuotes(document.getElementById('quotes'), analysis, text, null);
    NM.renderCountries(document.getElementById('countries'), analysis);
    NM.renderTimeline(document.getElementById('timeline'), analysis, text);
    document.getElementById('dct-input').value = analysis.dct.value;
    document.getElementById('dct-source').textContent = 'from the date line';
  }, { text: EXAMPLE_ARTICLE, analysis: EXAMPLE_ANALYSIS });
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
  assert.deepEqual(counts, { quote: 7, speaker: 6, country: 16, date: 12 });
  const marks = await page.$$eval('#marked mark', (els) => els.map((m) => ({ id: m.dataset.id, text: m.textContent, tab: m.tabIndex })));
  assert.ok(marks.every((m) => m.tab === 0));
  const byId = Object.fromEntries(marks.map((m) => [m.id, m.text]));
  assert.equal(byId.d0, 'Monday');
  assert.equal(byId['p1-1'], 'Ms Halvorsen');
  assert.equal(byId['IS-1'], 'Reykjavik');
  assert.equal(byId.q6, 'If we cannot agree on Monday, we will meet again on Wednesday, and every week after that, until we do.');
  // Pronouns explain attribution but are not highlighted.
  assert.equal(marks.some((m) => m.id === 'p1-2' || m.id === 'p2-1'), false);
  // Marks inside a quote nest in it.
  assert.deepEqual(await page.$$eval('#marked mark[data-id="q6"] mark', (els) => els.map((m) => m.dataset.id)), ['d9', 'd10', 'd11']);
  await page.close();
});

test('quotes and their speakers share the speaker\'s colour; flags and date values ride on the marks', async () => {
  const { page } = await harness();
  const attrs = await page.$$eval('#marked mark', (els) => Object.fromEntries(els.map((m) => [m.dataset.id,
    { colour: m.dataset.colour ?? null, person: m.dataset.person ?? null, flag: m.dataset.flag ?? null, value: m.dataset.value ?? null }])));
  assert.deepEqual(attrs.q1, { colour: '0', person: 'p1', flag: null, value: null });
  assert.deepEqual(attrs['p1-0'], { colour: '0', person: 'p1', flag: null, value: null });
  assert.deepEqual(attrs.q3, { colour: '1', person: 'p2', flag: null, value: null });
  assert.deepEqual(attrs['p3-1'], { colour: '2', person: 'p3', flag: null, value: null });
  assert.deepEqual(attrs['NO-0'], { colour: null, person: null, flag: '🇳🇴', value: null });
  assert.deepEqual(attrs.d5, { colour: null, person: null, flag: null, value: '2022-W02' });
  const look = await page.evaluate(() => {
    const q = getComputedStyle(document.querySelector('mark[data-id="q1"]'));
    const s = getComputedStyle(document.querySelector('mark[data-id="p1-0"]'));
    const c = getComputedStyle(document.querySelector('mark[data-id="NO-0"]'), '::before');
    const d = getComputedStyle(document.querySelector('mark[data-id="d0"]'), '::after');
    return { quoteBg: q.backgroundColor, speakerColour: s.color, speakerWeight: s.fontWeight, flag: c.content, value: d.content };
  });
  assert.deepEqual(look, { quoteBg: 'rgb(223, 233, 251)', speakerColour: 'rgb(31, 78, 153)', speakerWeight: '700',
    flag: '"🇳🇴"', value: '"2022-01-10"' });
  await page.close();
});

test('flags are made from the ISO code, and nothing is made from a bad one', async () => {
  const { page } = await harness();
  assert.deepEqual(await page.evaluate(() => ['RU', 'GB', 'UA', 'us', 'X', '', null].map((c) => NM.flag(c))),
    ['🇷🇺', '🇬🇧', '🇺🇦', '', '', '', '']);
  await page.close();
});

test('tooltips explain each kind: speaker, rule and confidence; ISO code and form; value and what it was resolved against', async () => {
  const { page } = await harness();
  const explain = (id) => page.evaluate((i) => NM.explain(A, T, i), id);
  assert.deepEqual(await explain('q1'), { title: 'Direct quote', lines: ['Speaker: Ingrid Halvorsen', 'Named as “she”',
    'Cue: “told”', 'Rule: pronoun-after-quote', 'Confidence: 90%'] });
  assert.deepEqual(await explain('IS-1'), { title: '🇮🇸 Iceland', lines: ['ISO code: IS', 'Form: capital', 'Mentioned 5 times'] });
  assert.deepEqual(await explain('d0'), { title: 'Date: 2022-01-10', lines: ['Value: 2022-01-10', 'Granularity: day',
    'Relative, resolved against the article date 2022-01-07, from the date line at the top'] });
  assert.deepEqual(await explain('d4'), { title: 'Date: 2019', lines: ['Value: 2019', 'Granularity: year', 'Stated in the text'] });
  assert.deepEqual(await explain('p1-1'), { title: 'Ingrid Halvorsen', lines: ['Titles: fisheries minister', 'Mention: surname',
    'Speaker of 3 quotes'] });
  assert.equal(await explain('zz'), null);
  await page.close();
});

test('the side panel lists speakers with titles and counts, quotes by speaker, countries by count, dates in time order', async () => {
  const { page } = await harness();
  const speakers = await page.$$eval('#speakers button', (els) => els.map((b) => [b.querySelector('.name').textContent,
    b.querySelector('.titles')?.textContent ?? '', b.querySelector('.count').textContent]));
  assert.deepEqual(speakers, [['Ingrid Halvorsen', 'fisheries minister', '3 quotes'], ['Gunnar Sveinsson', '', '2 quotes'],
    ['Maria Lindqvist', 'marine economist', '2 quotes']]);
  const groups = await page.$$eval('#quotes .quote-group', (els) => els.map((g) => [g.querySelector('h3').textContent,
    [...g.querySelectorAll('button')].map((b) => b.dataset.target)]));
  assert.deepEqual(groups, [['Ingrid Halvorsen (3)', ['q0', 'q1', 'q2']], ['Gunnar Sveinsson (2)', ['q3', 'q6']],
    ['Maria Lindqvist (2)', ['q4', 'q5']]]);
  const countries = await page.$$eval('#countries button', (els) => els.map((b) => b.textContent));
  assert.deepEqual(countries, ['🇮🇸Iceland5', '🇳🇴Norway3', '🇬🇧United Kingdom3', '🇩🇰Denmark1', '🇯🇵Japan1', '🇩🇪Germany1',
    '🇮🇪Ireland1', '🇪🇸Spain1']);
  const dates = await page.$$eval('#timeline .timeline time', (els) => els.map((t) => t.textContent));
  assert.deepEqual(dates, ['2019', '2021', '2022-01', '2022-01-06', '2022-01-10', '2022-W02', '2022-01-12', '2022-03']);
  const other = await page.$$eval('#timeline .other-dates button', (els) => els.map((b) => b.textContent));
  assert.deepEqual(other, ['three years (duration: P3Y)', 'every week (set: P1W)']);
  await page.close();
});

test('dates sort by the first day they cover', async () => {
  const { page } = await harness();
  assert.deepEqual(await page.evaluate(() => ['2014', '2022-01', '2022-W02', '2022-01-10', '2020-W53', '198X', 'PRESENT_REF', null]
    .map((v) => NM.dateKey(v))), ['2014-01-01', '2022-01-01', '2022-01-10', '2022-01-10', '2020-12-28', '1980-01-01', null, null]);
  await page.close();
});

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

test('quotes copy as Markdown grouped by speaker', async () => {
  const { page } = await harness();
  const md = await page.evaluate(() => NM.markdown(A, T));
  assert.equal(md, [
    '# Quotes by speaker', '',
    '## Ingrid Halvorsen, fisheries minister (3 quotes)', '',
    '- “the last good chance”',
    '- “We have shown patience for three years, and our fishermen have paid for it,”',
    '- “Nobody wins a race to empty the sea.”', '',
    '## Gunnar Sveinsson (2 quotes)', '',
    '- “Iceland wants an agreement that respects the science, not one that simply divides the catch by habit,”',
    '- “If we cannot agree on Monday, we will meet again on Wednesday, and every week after that, until we do.”', '',
    '## Maria Lindqvist, marine economist (2 quotes)', '',
    '- “Prices fell by a fifth yesterday alone,”',
    '- “Buyers in Japan and Germany are watching this very closely.”', ''].join('\n'));
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
    for (let i = 0; i < 8; i++) {
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

test('preview screenshots with every layer drawn: light, dark and phone width', async () => {
  const shots = [['preview-light.png', {}], ['preview-dark.png', { colorScheme: 'dark' }],
    ['preview-narrow.png', { viewport: { width: 390, height: 844 } }]];
  for (const [file, options] of shots) {
    const b = await launch(options);
    try {
      const { page, errors } = await harness(b);
      await page.focus('#marked mark[data-id="d0"]');
      await page.evaluate(() => {
        const m = document.querySelector('#marked mark[data-id="d0"]');
        const tip = document.getElementById('tip');
        const info = NM.explain(A, T, 'd0');
        tip.replaceChildren(Object.assign(document.createElement('strong'), { textContent: info.title }),
          ...info.lines.map((l) => Object.assign(document.createElement('span'), { textContent: l })));
        tip.hidden = false;
        const r = m.getBoundingClientRect();
        tip.style.left = `${Math.min(r.left, innerWidth - tip.offsetWidth - 8)}px`;
        tip.style.top = `${r.bottom + 6}px`;
      });
      await page.screenshot({ path: path.join(artifacts, file), fullPage: true });
      assert.deepEqual(errors, []);
    } finally { await b.close(); }
  }
});
