// Colour arithmetic for checking the page's palette: WCAG contrast and CIE Lab distance. Pure, so the browser tests
// can run it over the colours Chromium actually computes in each theme.

export function parseRgb(css) {
  const hex = /^#([0-9a-f]{6})$/i.exec(css.trim());
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1].slice(i, i + 2), 16));
  const nums = css.match(/\d+(\.\d+)?/g);
  if (!nums || nums.length < 3) throw new Error(`not a colour: ${css}`);
  return nums.slice(0, 3).map(Number);
}

const linear = (v) => { const s = v / 255; return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };

export function luminance(css) {
  const [r, g, b] = parseRgb(css).map(linear);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a, b) {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

// sRGB to CIE L*a*b* (D65).
export function lab(css) {
  const [r, g, b] = parseRgb(css).map(linear);
  const f = (t) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

// CIE76 ΔE*ab: about 2.3 is a just-noticeable difference; tints meant to be told apart need far more.
export function deltaE(a, b) {
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

// The closest pair among named colours: {a, b, deltaE}.
export function closestPair(named) {
  const entries = Object.entries(named);
  let best = null;
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      const d = deltaE(entries[i][1], entries[j][1]);
      if (!best || d < best.deltaE) best = { a: entries[i][0], b: entries[j][0], deltaE: d };
    }
  }
  return best;
}
