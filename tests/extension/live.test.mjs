// A page that changes its text after the analysis (a live blog): marks over edited text are dropped, never moved onto
// other words, and marks elsewhere stay exactly where they were.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { clickAction, foreign, launch, open, painted, waitForMarks } from './harness.mjs';

let ext;
before(async () => { ext = await launch(); });
after(async () => {
  const away = ext ? foreign(ext) : [];
  await ext?.close();
  assert.deepEqual(away, []);
});

test('editing a paragraph drops its marks only; a paragraph added above moves no mark', async () => {
  const { page, errors } = await open(ext, 'news.html');
  await clickAction(ext, page);
  await waitForMarks(page);
  const marked = await painted(page);
  const edited = 'This is the first winter in years that nobody on the islands has to choose between a doctor’s appointment and a week’s wages,';
  assert.ok(marked.quote.includes(edited));

  await page.evaluate(() => {
    const p = document.querySelectorAll('article p')[2];
    p.firstChild.data = p.firstChild.data.replace('first winter', 'second winter');
  });
  await page.waitForFunction(() => ![...CSS.highlights.get('newsmark-speaker')].some((r) => r.toString() === 'Tomas Lindgren'));
  const after = await painted(page);
  assert.deepEqual(after.quote, marked.quote.filter((q) => q !== edited));
  assert.deepEqual(after.speaker, marked.speaker.filter((s) => s !== 'Tomas Lindgren'));
  assert.deepEqual(after.country, marked.country);

  await page.evaluate(() => {
    const update = document.createElement('p');
    update.textContent = 'Update: the council has published the timetable, said Lindgren on Friday.';
    document.querySelector('article h1').after(update);
  });
  await page.waitForTimeout(100);
  assert.deepEqual(await painted(page), after, 'the new paragraph is not analysed, and every old mark keeps its words');
  assert.deepEqual(errors, []);
  await page.close();
});
