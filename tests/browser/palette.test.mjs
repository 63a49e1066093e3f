// The marks' colours (issue 16, point 4), measured on the colours Chromium computes in each theme: the ten speaker
// tints are far apart from each other and from the date and unattributed-quote tints (CIE76 ΔE*ab, where 2.3 is
// just noticeable), text on each keeps WCAG contrast, and speakers past the tenth come striped with their initials.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { closestPair, contrast } from '../../web/colour.mjs';
import { SPEAKER_COLOURS } from '../../web/describe.mjs';
import { launch, openPage, paste } from './chromium.mjs';

// The least difference allowed between any two tints; the palette was chosen for 14.7 in both themes.
const MIN_DELTA_E = 12;
const TWELVE_SPEAKERS = ['Anna Berg', 'Peter Holm', 'Maria Lopez', 'John Carter', 'Sarah Klein', 'David Moore',
  'Laura Fischer', 'Thomas Reed', 'Emma Walsh', 'Daniel Price', 'Julia Novak', 'Michael Grant'];
const COUNCIL = `date 2021-05-04\nCouncil votes on the new budget\n\n${TWELVE_SPEAKERS.map((n, i) =>
  `“Point number ${i + 1} matters to us,” ${n} said on Tuesday.`).join('\n\n')}\n`;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// The page's colours as Chromium computes them (rgb strings) in one theme, by custom property.
function computed(page, theme) {
  return page.evaluate(({ t, n }) => {
    document.documentElement.dataset.theme = t;
    const probe = document.createElement('span');
    document.body.append(probe);
    const rgb = (name) => { probe.style.color = `var(${name})`; return getComputedStyle(probe).color; };
    const names = ['--fg', '--bg', '--panel', '--date', '--date-fg', '--quote'];
    for (let i = 0; i < n; i++) names.push(`--s${i}`, `--s${i}-bg`);
    const out = Object.fromEntries(names.map((name) => [name, rgb(name)]));
    probe.remove();
    return out;
  }, { t: theme, n: SPEAKER_COLOURS });
}

for (const theme of ['light', 'dark']) {
  test(`${theme} theme: every speaker tint is at least ΔE ${MIN_DELTA_E} from the others, the date tint and the unattributed-quote tint`, async () => {
    const { page } = await openPage(browser);
    const c = await computed(page, theme);
    const tints = { date: c['--date'], quote: c['--quote'] };
    for (let i = 0; i < SPEAKER_COLOURS; i++) tints[`s${i}`] = c[`--s${i}-bg`];
    assert.equal(new Set(Object.values(tints)).size, SPEAKER_COLOURS + 2);
    const closest = closestPair(tints);
    assert.ok(closest.deltaE >= MIN_DELTA_E, `${closest.a} and ${closest.b} are only ΔE ${closest.deltaE.toFixed(1)} apart`);
    await page.close();
  });

  test(`${theme} theme: text on every tint, and each speaker's colour on the page, panel and its own tint, is at least 4.5:1`, async () => {
    const { page } = await openPage(browser);
    const c = await computed(page, theme);
    const pairs = { 'fg/date': ['--fg', '--date'], 'date-fg/date': ['--date-fg', '--date'], 'fg/quote': ['--fg', '--quote'] };
    for (let i = 0; i < SPEAKER_COLOURS; i++) {
      Object.assign(pairs, { [`fg/s${i}-bg`]: ['--fg', `--s${i}-bg`], [`s${i}/bg`]: [`--s${i}`, '--bg'],
        [`s${i}/panel`]: [`--s${i}`, '--panel'], [`s${i}/s${i}-bg`]: [`--s${i}`, `--s${i}-bg`] });
    }
    const low = Object.entries(pairs).map(([k, [a, b]]) => [k, contrast(c[a], c[b])]).filter(([, r]) => r < 4.5);
    assert.deepEqual(low, []);
    await page.close();
  });
}

test('past the tenth speaker a tint comes back striped, with the speaker\'s initials after each quote and in the panel', async () => {
  const { page } = await openPage(browser);
  await paste(page, COUNCIL);
  const marks = await page.$$eval('#marked mark[data-kind="quote"]', (els) => els.map((m) => [m.dataset.colour,
    m.dataset.pattern ?? null, m.dataset.initials ?? null]));
  assert.deepEqual(marks, [...TWELVE_SPEAKERS.slice(0, 10).map((_, i) => [String(i), null, null]), ['0', '1', 'JN'], ['1', '1', 'MG']]);
  const look = await page.$eval('#marked mark[data-id="q10"]', (m) => [getComputedStyle(m).backgroundImage.startsWith('repeating-linear-gradient'),
    getComputedStyle(m, '::after').content]);
  assert.deepEqual(look, [true, '" JN"']);
  assert.deepEqual(await page.$$eval('#speakers button[data-pattern] .swatch', (els) => els.map((e) => e.textContent)), ['JN', 'MG']);
  await page.close();
});

// Every colour of the palette, resolved as Chromium computes it, with the theme button at `theme` ('auto' follows the
// system's scheme).
const PALETTE = ['--bg', '--fg', '--muted', '--line', '--panel', '--accent', '--focus', '--quote', '--quote-edge', '--date',
  '--date-fg', '--country', '--person', ...Array.from({ length: SPEAKER_COLOURS }, (_, i) => [`--s${i}`, `--s${i}-bg`]).flat()];
function palette(page, theme) {
  return page.evaluate(({ t, names }) => {
    if (t === 'auto') delete document.documentElement.dataset.theme; else document.documentElement.dataset.theme = t;
    const probe = document.createElement('span');
    document.body.append(probe);
    const out = Object.fromEntries(names.map((name) => { probe.style.color = `var(${name})`; return [name, getComputedStyle(probe).color]; }));
    probe.remove();
    return [getComputedStyle(document.documentElement).colorScheme, out];
  }, { t: theme, names: PALETTE });
}

test('a system in dark mode gets the very colours of the dark theme button, and the light button overrides it', async () => {
  const darkSystem = await launch({ colorScheme: 'dark' });
  try {
    const { page: onDark } = await openPage(darkSystem);
    const { page: onLight } = await openPage(browser);
    const [dark, light] = [await palette(onLight, 'dark'), await palette(onLight, 'light')];
    assert.equal(dark[0], 'dark');
    assert.equal(light[0], 'light');
    assert.notDeepEqual(dark[1], light[1]);
    assert.deepEqual(await palette(onDark, 'auto'), dark);
    assert.deepEqual(await palette(onDark, 'light'), light);
    assert.deepEqual(await palette(onDark, 'dark'), dark);
    assert.deepEqual(await palette(onLight, 'auto'), light);
    await onLight.close();
  } finally {
    await darkSystem.close();
  }
});
