// Getting results out of the page without a server: a download made from a blob, and the clipboard (with the old
// copy command where the clipboard API is refused, e.g. a page opened from file:// in some browsers).
import { isDirect, markdown } from './describe.mjs';

export function downloadJson(value, filename) {
  const blob = new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

export async function copyToClipboard(text) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
}

// The page's export buttons: the analysis as JSON, and the quotes as Markdown. Uses page.state, page.$ and page.say;
// returns {copyText(text, message)}.
export function createPageExports(page) {
  const { state, $ } = page;
  async function copyText(text, message) {
    await copyToClipboard(text);
    page.say(message);
  }

  // Exactly what the CLI writes with --pretty for the same text and date (key order included), without its "id"; the
  // reader's corrections change the quotes they touch, which then carry "corrected": true.
  $('export').addEventListener('click', () => {
    if (!state.analysis) return;
    downloadJson(state.analysis, 'newsmark-analysis.json');
    page.say('Downloaded the analysis as newsmark-analysis.json.');
  });

  $('copy-md').addEventListener('click', () => {
    if (!state.analysis) return;
    const n = state.direct ? state.analysis.quotes.filter(isDirect).length : state.analysis.quotes.length;
    copyText(markdown(state.analysis, state.text, { direct: state.direct }),
      `Copied ${n} ${state.direct ? 'direct ' : ''}quotes as Markdown.`);
  });

  return { copyText };
}
