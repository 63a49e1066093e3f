// The build in web/dist/ opened straight from disk (file://): it must analyse, start its worker for large texts, and
// load nothing but its own files.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { EXAMPLE_ARTICLE } from '../../web/example.mjs';
import { artifacts, generation, launch, openPage, rendered, root } from './chromium.mjs';

const dist = path.join(root, 'web/dist');
const url = pathToFileURL(path.join(dist, 'index.html')).href;
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the page opened from file:// analyses the example', async () => {
  const { page, errors } = await openPage(browser, url);
  const before = await generation(page);
  await page.click('#example');
  await rendered(page, before);
  assert.equal(await page.textContent('#marked'), EXAMPLE_ARTICLE);
  assert.equal(await page.inputValue('#dct-input'), '2022-01-07');
  assert.match(await page.textContent('#status'), /^Analysed 1,\d{3} characters in/);
  assert.deepEqual(errors, []);
  const own = browser.requests.filter((u) => u.startsWith('file://'));
  assert.ok(own.length >= 4);
  for (const u of own) assert.ok(u.startsWith(pathToFileURL(dist).href), `${u} is one of the page's own files`);
  await page.close();
});

test('from file:// a large text still runs in a background worker', async (t) => {
  const { page, errors } = await openPage(browser, url);
  const big = EXAMPLE_ARTICLE.repeat(200);
  const before = await generation(page);
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'big.txt', { type: 'text/plain' }));
    document.getElementById('article').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, big);
  await rendered(page, before);
  const { engine, worker } = await page.evaluate(() => ({ ...document.getElementById('marked').dataset }));
  t.diagnostic(`worker from file:// started as: ${worker}`);
  let metrics = {};
  try { metrics = JSON.parse(readFileSync(path.join(artifacts, 'page-metrics.json'), 'utf8')); } catch { /* first entry */ }
  writeFileSync(path.join(artifacts, 'page-metrics.json'), `${JSON.stringify({ ...metrics, fileWorker: worker }, null, 2)}\n`);
  assert.equal(engine, 'worker');
  assert.ok(['file', 'blob'].includes(worker));
  assert.equal(await page.textContent('#marked'), big);
  assert.deepEqual(errors, []);
  await page.close();
});

test('no request goes anywhere but the page\'s own files', () => {
  const foreign = browser.requests.filter((u) => !/^(file|data|blob):/.test(u));
  assert.deepEqual(foreign, []);
});
