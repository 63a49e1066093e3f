// Finds the article's text nodes in the live page: Mozilla's Readability picks the article on a clone of the document
// (it rewrites what it is given), and each text node it keeps is traced back to the live node it was cloned from.
import { Readability, isProbablyReaderable } from '@mozilla/readability';

const textNodes = (root) => {
  const out = [];
  const walk = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) out.push(n);
  return out;
};

// Returns the live text nodes of the article in page order, or null when the page has no article.
export function findArticle(doc = document) {
  if (!doc.body || !isProbablyReaderable(doc)) return null;
  const clone = doc.cloneNode(true);
  // cloneNode keeps the tree's shape, so walking both trees in step pairs each clone node with its original.
  const live = textNodes(doc.body);
  const copies = textNodes(clone.body);
  const original = new Map(copies.map((c, i) => [c, live[i]]));
  const article = new Readability(clone, { serializer: (el) => el }).parse();
  if (!article || !article.content) return null;
  // Readability moves the clone's text nodes into its result; the few it re-creates (a retry re-parses the page)
  // are found by their text, in page order after the last node already traced.
  const found = [];
  let after = -1;
  const index = new Map(live.map((n, i) => [n, i]));
  for (const c of textNodes(article.content)) {
    if (!c.data.trim()) continue;
    let i = original.has(c) ? index.get(original.get(c)) : -1;
    if (i === -1) i = live.findIndex((n, j) => j > after && n.data === c.data);
    if (i > after) { found.push(live[i]); after = i; }
  }
  return found.length ? { nodes: found, title: article.title ?? '', publishedTime: article.publishedTime ?? null } : null;
}
