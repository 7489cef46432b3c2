// Roving focus for a short list whose items hold buttons (history versions, the sections panel, the
// trash, search results): the list is one tab stop — the active item's first control — and the arrow
// keys move: Up/Down (and Home/End) between items, Right/Left between an item's controls. Selects keep
// their own arrow keys (they change the value), so from a select only Tab / Shift+Tab leave.
// The virtualized library list does the same on its own (VirtualReviewList.tsx).
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

const CONTROLS = 'button:not(:disabled), select:not(:disabled), a[href], input:not(:disabled)';

export function useRovingList(containerRef: RefObject<HTMLElement | null>, itemSelector: string, options: { arrows?: boolean } = {}): void {
  const arrows = options.arrows ?? true;
  /** The item holding the tab stop, by position (lists here are short and re-rendered in place). */
  const active = useRef(0);

  const items = () => [...(containerRef.current?.querySelectorAll<HTMLElement>(itemSelector) ?? [])];
  const controlsOf = (item: HTMLElement) => [...item.querySelectorAll<HTMLElement>(CONTROLS)];

  // After every render: exactly one control of the list is tabbable.
  useLayoutEffect(() => {
    const all = items();
    if (all.length === 0) return;
    if (active.current >= all.length) active.current = all.length - 1;
    all.forEach((item, index) => controlsOf(item).forEach((control, c) => { control.tabIndex = index === active.current && c === 0 ? 0 : -1; }));
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const itemOf = (target: EventTarget | null) => (target instanceof HTMLElement ? target.closest<HTMLElement>(itemSelector) : null);
    const move = (to: number, control = 0) => {
      const all = items();
      const index = Math.max(0, Math.min(all.length - 1, to));
      const item = all[index];
      if (!item) return;
      const controls = controlsOf(item);
      const target = controls[Math.min(control, controls.length - 1)];
      if (!target) return;
      for (const other of container.querySelectorAll<HTMLElement>(CONTROLS)) if (other.closest(itemSelector)) other.tabIndex = -1;
      controls[0]!.tabIndex = 0;
      active.current = index;
      target.focus();
      target.scrollIntoView({ block: 'nearest' });
    };
    const onFocusIn = (event: FocusEvent) => {
      const item = itemOf(event.target);
      if (!item) return;
      const index = items().indexOf(item);
      if (index < 0 || index === active.current) return;
      active.current = index;
      for (const other of container.querySelectorAll<HTMLElement>(CONTROLS)) if (other.closest(itemSelector)) other.tabIndex = -1;
      const first = controlsOf(item)[0];
      if (first) first.tabIndex = 0;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (!arrows || event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const item = itemOf(event.target);
      if (!item || event.target instanceof HTMLSelectElement || event.target instanceof HTMLInputElement) return;
      const all = items();
      const index = all.indexOf(item);
      const controls = controlsOf(item);
      const control = Math.max(0, controls.indexOf(event.target as HTMLElement));
      switch (event.key) {
        case 'ArrowDown': move(index + 1); break;
        case 'ArrowUp': move(index - 1); break;
        case 'Home': move(0); break;
        case 'End': move(all.length - 1); break;
        case 'ArrowRight': if (control + 1 < controls.length) controls[control + 1]!.focus(); break;
        case 'ArrowLeft': if (control > 0) controls[control - 1]!.focus(); break;
        default: return;
      }
      event.preventDefault();
    };
    container.addEventListener('focusin', onFocusIn);
    container.addEventListener('keydown', onKeyDown);
    return () => { container.removeEventListener('focusin', onFocusIn); container.removeEventListener('keydown', onKeyDown); };
  }, [containerRef, itemSelector, arrows]);
}
