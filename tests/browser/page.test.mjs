import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { artifacts, launch, openPage, root } from './chromium.mjs';

const example = readFileSync(path.join(root, '../shared/gold/seed-nato-russia-talks.txt'), 'utf8');
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('pasting the example article shows its document date, with no console errors', async () => {
  const { page, errors } = await openPage(browser);
  await page.fill('#article', example);
  await page.waitForFunction(() => document.getElementById('dct').textContent.includes('2022-01-07'));
  assert.equal(await page.textContent('#dct'), '2022-01-07 (from the header)');
  assert.equal(await page.textContent('#marked'), example);
  await page.screenshot({ path: path.join(artifacts, 'page-example.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('text that looks like HTML is shown as text and runs nothing', async () => {
  const { page, errors } = await openPage(browser);
  let dialogs = 0;
  page.on('dialog', async (d) => { dialogs++; await d.dismiss(); });
  const evil = '<img src=x onerror=alert(1)> <script>alert(2)</script>';
  await page.fill('#article', evil);
  await page.waitForFunction((t) => document.getElementById('marked').textContent === t, evil);
  assert.equal(await page.locator('#marked img, #marked script').count(), 0);
  assert.equal(dialogs, 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the page requests nothing from any host but its own', async () => {
  const { page } = await openPage(browser);
  await page.fill('#article', example);
  await page.waitForFunction(() => document.getElementById('dct').textContent.includes('2022-01-07'));
  const foreign = browser.requests.filter((u) => !u.startsWith(browser.origin) && !u.startsWith('data:'));
  assert.deepEqual(foreign, []);
  await page.close();
});
