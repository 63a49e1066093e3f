// Launches Debian's Chromium headless through playwright-core, with the flags this closed network needs, and serves
// web/dist/ on a free loopback port. Every request the page makes is recorded so tests can prove none left the machine.
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const artifacts = path.join(root, 'build/test-artifacts');

export async function launch({ extensionDir, colorScheme = 'light', viewport = { width: 1280, height: 900 } } = {}) {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'newsmark-chromium-'));
  const args = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', headless: false, args, colorScheme, viewport,
  });
  const server = await startServer(path.join(root, 'web/dist'), 0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  mkdirSync(artifacts, { recursive: true });
  return {
    context, origin, requests,
    async close() {
      await context.close();
      server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// Opens the page and waits until the analyser is ready; console errors and page errors are collected.
export async function openPage(browser, url = `${browser.origin}/`) {
  const page = await browser.context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Ready'));
  return { page, errors };
}

// The number of the last finished analysis (highlights drawn), 0 before the first.
export const generation = (page) => page.evaluate(() => Number(document.getElementById('marked').dataset.generation ?? 0));

// Waits until an analysis newer than `after` has drawn its highlights.
export async function rendered(page, after, timeout = 30000) {
  await page.waitForFunction((n) => Number(document.getElementById('marked').dataset.generation ?? 0) > n, after, { timeout });
}

// Puts text on the clipboard (as copying it from another application would).
export const copy = (page, text) => page.evaluate((t) => navigator.clipboard.writeText(t), text);

// Pastes text into the article box the way a reader does: through the clipboard and Ctrl+V, replacing what is there.
export async function paste(page, text) {
  if (text !== undefined) await copy(page, text);
  const before = await generation(page);
  await page.focus('#article');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
  await rendered(page, before);
}

// Counts each kind of highlight as the page shows it: distinct data-id values per data-kind.
export function countMarks(page) {
  return page.evaluate(() => {
    const out = { quote: new Set(), speaker: new Set(), person: new Set(), country: new Set(), date: new Set() };
    for (const m of document.querySelectorAll('#marked mark')) out[m.dataset.kind]?.add(m.dataset.id);
    return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.size]));
  });
}
