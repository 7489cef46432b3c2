// Keyboard focus that never falls to <body>: after a dialog closes or the focused control disappears
// (a deleted row, a button that became disabled), focus goes to the nearest sensible place instead.

/** The current screen's main region (focusable by script, tabIndex -1). */
function fallback(): HTMLElement | null {
  return document.getElementById('main');
}

/** Focuses `element` if it can still take focus, else the main region. Returns what got the focus. */
export function restoreFocus(element: HTMLElement | null | undefined): HTMLElement | null {
  if (element && element.isConnected) {
    element.focus();
    if (document.activeElement === element) return element;
  }
  const main = fallback();
  main?.focus({ preventScroll: true });
  return main;
}

/** Whether focus has been lost (nothing or <body> has it). */
export function focusLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || !active.isConnected || active.matches(":disabled");
}

/** Lists that render only part of their rows (virtualized) focus a row by index themselves. */
const rowFocusers = new WeakMap<HTMLElement, (index: number) => boolean>();

/** Registers how `list` focuses its row at an index (returns whether it did); returns the unregister. */
export function registerRowFocuser(list: HTMLElement, focus: (index: number) => boolean): () => void {
  rowFocusers.set(list, focus);
  return () => { if (rowFocusers.get(list) === focus) rowFocusers.delete(list); };
}

/**
 * After a row of `list` was removed: focus the first control of the row now at `index` (the next one),
 * or of the last row, or the main region when the list is empty.
 */
export function focusRowAfterRemoval(list: HTMLElement | null, rowSelector: string, index: number): void {
  const focuser = list ? rowFocusers.get(list) : undefined;
  if (focuser && focuser(index)) return;
  const rows = list ? [...list.querySelectorAll<HTMLElement>(rowSelector)] : [];
  const row = rows[Math.min(index, rows.length - 1)];
  const target = row?.querySelector<HTMLElement>('button, [tabindex="0"], a[href]') ?? null;
  restoreFocus(target);
}
