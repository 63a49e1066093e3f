// Real headless Chromium with the built, unpacked extension loaded, and the fixture pages served from 127.0.0.1.
// The toolbar click is the real one: the DevTools protocol's Extensions.triggerAction runs the extension's action on
// a tab (opening its popup, which grants activeTab and toggles the marks), as a reader's click does.
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const artifacts = path.join(root, 'build/test-artifacts');
const extensionDir = path.join(root, 'build/extension');
const fixtures = path.join(root, 'tests/extension/fixtures');
export const CSP = "script-src 'self'";

async function serveFixtures() {
  const server = await startServer(fixtures, 0);
  // The strict page gets its CSP as a real response header (headers set here are merged into the server's own).
  server.prependListener('request', (req, res) => { if (req.url.startsWith('/csp.html')) res.setHeader('Content-Security-Policy', CSP); });
  return server;
}

export async function launch() {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'newsmark-extension-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', headless: false, viewport: { width: 1280, height: 900 },
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--enable-unsafe-extension-debugging',  // lets the protocol press the toolbar button (Extensions.triggerAction)
      `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
  const server = await serveFixtures();
  const cdp = await context.browser().newBrowserCDPSession();
  mkdirSync(artifacts, { recursive: true });
  return {
    context, worker, cdp, requests,
    id: new URL(worker.url()).host,
    origin: `http://127.0.0.1:${server.address().port}`,
    async close() {
      await context.close();
      server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// Opens a fixture page, collecting console errors and page errors.
export async function open(ext, file) {
  const page = await ext.context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${ext.origin}/${file}`);
  await page.bringToFront();
  return { page, errors };
}

const targets = async (ext) => (await ext.cdp.send('Target.getTargets', { filter: [{}] })).targetInfos;

// Clicks the toolbar button on the page's tab. An open popup is closed first, as a click on the page would.
export async function clickAction(ext, page) {
  for (const t of await targets(ext)) {
    if (t.url === `chrome-extension://${ext.id}/popup.html`) await ext.cdp.send('Target.closeTarget', { targetId: t.targetId }).catch(() => {});
  }
  await page.bringToFront();
  const tab = (await targets(ext)).find((t) => t.type === 'tab' && t.url === page.url());
  await ext.cdp.send('Extensions.triggerAction', { id: ext.id, targetId: tab.targetId });
}

// The highlights on the page, read from the page itself: {kind: [text of each range, in page order]}.
export const painted = (page) => page.evaluate(() => {
  const out = {};
  for (const [name, h] of CSS.highlights) {
    if (!name.startsWith('newsmark-') || h.size === 0) continue;
    const ranges = [...h].sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    out[name.slice('newsmark-'.length)] = ranges.map((r) => r.toString().replace(/\s+/g, ' '));
  }
  return out;
});

// Waits until the page shows marks (or, with {none: true}, until it shows none).
export async function waitForMarks(page, { none = false } = {}) {
  await page.waitForFunction((none) => [...CSS.highlights.keys()].some((k) => k.startsWith('newsmark-')) !== none, none, { timeout: 20000 });
}

// The active tab's id, as the extension sees it.
export const activeTabId = (ext) => ext.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);

// The extension's panel for a tab, opened as a page of its own so the test can read and click it.
export async function openPanel(ext, tabId) {
  const panel = await ext.context.newPage();
  await panel.goto(`chrome-extension://${ext.id}/popup.html?tab=${tabId}`);
  await panel.waitForSelector('#panel:not([hidden])');
  return panel;
}

export const bodyHtml = (page) => page.evaluate(() => document.body.innerHTML);

// What the content script holds for the tab: the analysis, the text it indexes and the article date it used.
export const markedState = (ext, tabId) => ext.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'newsmark:state' }), tabId);

// The keyboard shortcut's own handler, run in the service worker with the tab (see background.mjs).
export const pressShortcut = (ext, tabId) => ext.worker.evaluate((id) => self.onCommand('toggle-marks', { id }), tabId);

// Requests that went anywhere but the fixture server or the extension's own files.
export const foreign = (ext) => ext.requests.filter((u) => !u.startsWith(`${ext.origin}/`) && !u.startsWith(`chrome-extension://${ext.id}/`));
