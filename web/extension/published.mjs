// The article's date from the page's own metadata, in the order publishers fill it most reliably. The date part is
// kept as the publisher wrote it (their local day), never shifted through a time zone.
const day = (s) => /^\s*(\d{4}-\d{2}-\d{2})/.exec(s ?? '')?.[1] ?? null;

function jsonLdDates(doc) {
  const out = [];
  const visit = (v) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      if (typeof v.datePublished === 'string') out.push(v.datePublished);
      if (v['@graph']) visit(v['@graph']);
    }
  };
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try { visit(JSON.parse(s.textContent)); } catch { /* a page's broken JSON-LD is skipped, not fatal */ }
  }
  return out;
}

// {value: 'YYYY-MM-DD', source} or null; a <time> inside the article's own <article> element wins over the page's
// others (sidebars and comments carry dates of their own).
export function publishedDate(doc, articleNodes = []) {
  const meta = doc.querySelector('meta[property="article:published_time"], meta[name="article:published_time"]');
  let v = day(meta?.getAttribute('content'));
  if (v) return { value: v, source: 'article:published_time' };
  for (const d of jsonLdDates(doc)) if ((v = day(d))) return { value: v, source: 'JSON-LD datePublished' };
  const own = articleNodes[0]?.parentElement?.closest('article');
  for (const t of [...(own?.querySelectorAll('time[datetime]') ?? []), ...doc.querySelectorAll('time[datetime]')]) if ((v = day(t.getAttribute('datetime')))) return { value: v, source: '<time datetime>' };
  return null;
}
