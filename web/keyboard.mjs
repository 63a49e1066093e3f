// Keyboard groups: a toolbar or list is one Tab stop (a roving tabindex) and the arrow keys, Home and End move inside
// it, so Tab crosses the page in a handful of presses however many speakers, quotes or dates the panel lists.

const ITEMS = 'button:not([hidden]), input[type="file"], input[type="checkbox"]';
const NEXT = new Set(['ArrowDown', 'ArrowRight']);
const PREV = new Set(['ArrowUp', 'ArrowLeft']);

const items = (group) => [...group.querySelectorAll(ITEMS)].filter((el) => !el.disabled && el.offsetParent !== null);

// Makes one item of the group tabbable: the one that had focus last if it is still there, else the first.
export function refreshGroup(group) {
  const all = [...group.querySelectorAll(ITEMS)];
  const keep = all.find((el) => el.dataset.roving === 'current') ?? all[0];
  for (const el of all) {
    el.tabIndex = el === keep ? 0 : -1;
    if (el !== keep) delete el.dataset.roving;
  }
  if (keep) keep.dataset.roving = 'current';
}

function move(group, to) {
  for (const el of group.querySelectorAll('[data-roving]')) { el.tabIndex = -1; delete el.dataset.roving; }
  to.tabIndex = 0;
  to.dataset.roving = 'current';
  to.focus();
}

// The group's current (tabbable) item, to send focus to it from a shortcut.
export const currentItem = (group) => group.querySelector('[data-roving="current"]') ?? items(group)[0] ?? null;

export function rovingGroup(group) {
  group.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const list = items(group);
    const at = list.indexOf(e.target);
    if (at < 0) return;
    let to = null;
    if (NEXT.has(e.key)) to = list[Math.min(list.length - 1, at + 1)];
    else if (PREV.has(e.key)) to = list[Math.max(0, at - 1)];
    else if (e.key === 'Home') to = list[0];
    else if (e.key === 'End') to = list.at(-1);
    if (!to) return;
    e.preventDefault();
    move(group, to);
  });
  group.addEventListener('focusin', (e) => {
    if (e.target.matches(ITEMS) && e.target.dataset.roving !== 'current') {
      for (const el of group.querySelectorAll('[data-roving]')) { el.tabIndex = -1; delete el.dataset.roving; }
      e.target.tabIndex = 0;
      e.target.dataset.roving = 'current';
    }
  });
  refreshGroup(group);
}
