// What the toolbar click and the keyboard shortcut both do: put the content script into the tab once, then toggle
// its marks. activeTab grants the tab to the extension at that moment; no host permission is needed.
export async function toggle(tabId) {
  const target = { tabId };
  const [{ result: present }] = await chrome.scripting.executeScript({ target, func: () => typeof globalThis.newsmarkToggle === 'function' });
  if (!present) {
    await chrome.scripting.insertCSS({ target, files: ['marks.css'] });
    await chrome.scripting.executeScript({ target, files: ['content.js'] });
  }
  const [{ result }] = await chrome.scripting.executeScript({ target, func: () => globalThis.newsmarkToggle() });
  return result;
}
