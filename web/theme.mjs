// The colour theme: automatic (the system's), light or dark, cycled by one button and remembered on this device.

const THEMES = ['auto', 'light', 'dark'];

export function initTheme(button) {
  const root = document.documentElement;
  const set = (theme) => {
    if (theme === 'auto') delete root.dataset.theme; else root.dataset.theme = theme;
    button.textContent = `Theme: ${theme}`;
    button.setAttribute('aria-label', `Colour theme: ${theme === 'auto' ? 'automatic' : theme}`);
    try { localStorage.setItem('newsmark-theme', theme); } catch { /* storage may be off */ }
  };
  let saved = 'auto';
  try { saved = localStorage.getItem('newsmark-theme') ?? 'auto'; } catch { /* storage may be off */ }
  set(THEMES.includes(saved) ? saved : 'auto');
  button.addEventListener('click', () => set(THEMES[(THEMES.indexOf(root.dataset.theme ?? 'auto') + 1) % THEMES.length]));
}
