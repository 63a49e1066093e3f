// Filtering the article to one speaker fades the others' quotes and names. Each speaker has a CSS rule keyed on the
// block's data-filter (CSSOM, which the page's CSP allows), added before an article is drawn so that adding it
// restyles no marks; choosing a speaker then sets data-filter block by block, a slice of blocks per task, so even an
// article of a hundred thousand marks never restyles in one go. Person ids repeat from one article to the next (p1,
// p2, ...), so the rules stay as few as the most speakers one article had.

export function createSpeakerFilter(marked) {
  const sheet = new CSSStyleSheet();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const ruled = new Set();
  let pass = 0;
  return {
    addRules(analysis) {
      for (const p of analysis.people) {
        if (!p.quoted || ruled.has(p.id)) continue;
        ruled.add(p.id);
        const id = CSS.escape(p.id);
        sheet.insertRule(`.block[data-filter="${id}"] mark[data-kind="quote"]:not([data-person="${id}"]) { background: none; }`);
        sheet.insertRule(`.block[data-filter="${id}"] mark[data-kind="speaker"]:not([data-person="${id}"]) { color: inherit; }`);
      }
    },
    async apply(filter) {
      if (filter) marked.dataset.filter = filter; else delete marked.dataset.filter;
      const mine = ++pass;
      const blocks = marked.children;
      let sliceStart = performance.now();
      for (let i = 0; i < blocks.length; i++) {
        if (filter) blocks[i].setAttribute('data-filter', filter); else blocks[i].removeAttribute('data-filter');
        if ((i & 15) === 15 && performance.now() - sliceStart > 8) {
          await new Promise((resolve) => setTimeout(resolve, 0));
          if (mine !== pass) return;
          sliceStart = performance.now();
        }
      }
    },
  };
}
