// The service worker: runs the wasm core (a page's CSP cannot block it here) and answers the content script's
// requests for analyses; the keyboard shortcut toggles the marks like the toolbar button.
import { createNewsmark } from '../../wasm/newsmark.mjs';
import { toggle } from './toggle.mjs';

importScripts('newsmark-core.js');  // defines NewsmarkCore; a service worker may only import at start-up

// Started as soon as the worker starts (the first request wakes it), so the core is ready sooner; one sentence compiles
// most of the wasm before the article arrives.
const core = createNewsmark({ locateFile: (f) => chrome.runtime.getURL(f) }).then((nm) => {
  nm.analyze('"We will meet in Oslo on Monday," Anna Berg, the minister, said on Friday.');
  return nm;
});

chrome.runtime.onMessage.addListener((msg, _sender, reply) => {
  if (msg?.type !== 'newsmark:analyze') return false;
  core.then((nm) => reply({ ok: true, result: nm.analyze(msg.text, { dct: msg.dct }) }))
    .catch((e) => reply({ ok: false, code: e?.code ?? 'crash', message: String(e?.message ?? e) }));
  return true;  // the reply comes later
});

// Exposed so the tests can drive the shortcut's own path (Playwright cannot press a browser-level shortcut).
self.onCommand = (command, tab) => (command === 'toggle-marks' && tab?.id !== undefined ? toggle(tab.id) : undefined);
chrome.commands.onCommand.addListener((command, tab) => { self.onCommand(command, tab); });
