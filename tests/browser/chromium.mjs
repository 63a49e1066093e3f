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
