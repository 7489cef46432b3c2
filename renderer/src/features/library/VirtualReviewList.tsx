// The library's list of reviews by year, virtualized and with roving focus.
// - Structure: each year is a heading and a list (role=list) of its rows (role=listitem, with
//   aria-setsize/aria-posinset, since only the rows on screen exist in the page).
// - Only the rows in and near the viewport are rendered (virtualLayout.ts); the rest is empty space of
//   the right height, so the scrollbar, Page Down and the mouse wheel behave as with every row there.
// - Keyboard: the whole list is one tab stop (the last active row's open button). ArrowUp/Down,
//   PageUp/Down, Home/End move between rows; ArrowRight/Left move between a row's buttons; typing
//   letters jumps to the next review whose title starts with them. Rows scroll into view as focus moves.
// - Sparse (issue 15): the list knows the years' counts and the rows loaded so far (rowAt); it says
//   which rows it shows (onShowing) and draws a placeholder of the same height for one not loaded yet.
//   Rows are found by their flat position (data-index), so nothing here walks all the reviews.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject, type CSSProperties } from 'react';
import type { LibraryRow, YearCount } from '../../../../electron/shared/library-page.ts';
import { registerRowFocuser } from '../../app/focus.ts';
import { layoutList, rowBounds, scrollToShow, visibleSlices, LIST_METRICS } from './virtualLayout.ts';

/** Rendered beyond the viewport on each side (px): quick scrolls show rows, not blank space. */
const OVERSCAN = 800;

export interface VirtualReviewListProps {
  /** The years, newest first, with how many rows each holds. */
  years: readonly YearCount[];
  /** The row at a flat position, if loaded. */
  rowAt(index: number): LibraryRow | undefined;
  /** The list shows flat rows [from, to) (with the overscan): load those missing. */
  onShowing(from: number, to: number): void;
  /** Type-ahead over all the rows: the first position at or after `from` whose title starts with `prefix`. */
  find(prefix: string, from: number): Promise<number | null>;
  /** The element that scrolls (the list may sit below other content in it). */
  scrollerRef: RefObject<HTMLElement | null>;
  listRef: RefObject<HTMLDivElement | null>;
  yearLabel(year: number, count: number): string;
  /** The whole list's name (it takes the focus itself when its focused row is scrolled away). */
  label: string;
  /** One row (role=listitem, data-review-id, data-index={index}): `index` is its flat position, `setSize`/`posInSet` within its year. */
  renderRow(review: LibraryRow, index: number, aria: { setSize: number; posInSet: number }): ReactNode;
  /** A row to scroll into view (and focus): the review that was opened, when shown again; a new copy. */
  reveal?: { index: number; focus: boolean; nonce: number } | null;
  /** The placeholder's accessible text (a row not loaded yet). */
  loadingLabel: string;
}

/** The row height for a list this wide; the widths are app.css's @container library breakpoints. */
/** The sidebar and the library's padding and border: the list is about this much narrower than the window. */
const FIRST_GUESS_CHROME = 290;

export function rowHeightFor(listWidth: number): number {
  if (listWidth <= 560) return 124;
  if (listWidth <= 860) return 72;
  return LIST_METRICS.row;
}

export function VirtualReviewList(props: VirtualReviewListProps) {
  const { years, scrollerRef, listRef } = props;
  // Rows are one height, which depends on the list's width: the narrower layouts of app.css put the
  // meta and dates (and, narrowest, the row's buttons) on lines of their own.
  // Until measured, guessed from the window (less the sidebar and the padding): the first paint has the
  // right height in the usual case without reading the layout (the measure after it corrects).
  const [rowHeight, setRowHeight] = useState(() => rowHeightFor((window.innerWidth || 1280) - FIRST_GUESS_CHROME));
  const metrics = useMemo(() => ({ ...LIST_METRICS, row: rowHeight }), [rowHeight]);
  const layout = useMemo(() => layoutList(years.map((y) => y.count), metrics), [years, metrics]);
  const rowCount = layout.rows;
  // Until measured, the window is the screen's height. The first paint, and the first after a jump
  // (End, Home, type-ahead far away), draws only the rows that fit — less to build and lay out in
  // that one task; the overscan follows in the next one.
  const [view, setView] = useState(() => ({ top: 0, height: window.innerHeight || 900 }));
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted) return;
    const timer = setTimeout(() => setPainted(true), 0);
    return () => clearTimeout(timer);
  }, [painted]);
  const overscan = painted ? OVERSCAN : 0;
  /** The flat position that holds the list's tab stop. */
  const [activeIndex, setActiveIndex] = useState<number | null>(null);
  const tabIndex = Math.min(activeIndex ?? 0, Math.max(0, rowCount - 1));
  /** A row to focus after the next render (it may not be in the page yet). */
  const pendingFocus = useRef<{ index: number; control: number } | null>(null);
  const typeahead = useRef({ text: '', at: 0 });

  const latest = useRef({ layout, view });
  latest.current.layout = layout;

  /** Where the list starts inside the scroller, and the visible window in list coordinates. */
  const measure = useCallback(() => {
    const scroller = scrollerRef.current;
    const list = listRef.current;
    if (!scroller || !list) return;
    const offset = list.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
    const top = scroller.scrollTop - offset;
    const height = scroller.clientHeight;
    setRowHeight(rowHeightFor(list.clientWidth));
    // The focused row is about to leave the page (scrolled far away with the wheel): the focus goes to
    // the list itself first, never to <body>; the arrow keys bring it back to the active row.
    const focusedRow = document.activeElement?.closest<HTMLElement>('[role="listitem"][data-review-id]');
    if (focusedRow && list.contains(focusedRow)) {
      const index = indexOf(focusedRow);
      const bounds = index === null ? null : rowBounds(latest.current.layout, index);
      if (bounds && (bounds.bottom < top - OVERSCAN || bounds.top > top + height + OVERSCAN)) list.focus({ preventScroll: true });
    }
    const current = latest.current.view;
    if (Math.abs(current.top - top) < 1 && current.height === height) return;
    if (Math.abs(current.top - top) > 2 * OVERSCAN + height) setPainted(false); // a jump: nothing in the page is reused
    latest.current.view = { top, height };
    setView(latest.current.view);
  }, [scrollerRef, listRef]);

  // A passive effect, not a layout one: the scroller is an ancestor, and React attaches an ancestor's
  // ref only after its children's layout effects have run (it would still be null there on mount).
  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    let frame = 0;
    const onScroll = () => { if (!frame) frame = requestAnimationFrame(() => { frame = 0; measure(); }); };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    const observer = new ResizeObserver(onScroll);
    observer.observe(scroller);
    // library (issue 15): the first measure in a task of its own, not here and not in the frame. Reading
    // the layout here (this effect may run before the first frame) forced the screen's first, cold layout
    // (~25 ms CPU) into the same task as React's commit; read in the first frame's animation callback, it
    // made that frame one task of layout and paint, 40-65 ms of wall time here. Apart, the layout is one
    // task and the frame's paint another; when the frame comes first, it lays out and this reads it for free.
    const first = window.setTimeout(measure, 0);
    return () => { scroller.removeEventListener('scroll', onScroll); observer.disconnect(); cancelAnimationFrame(frame); clearTimeout(first); };
  }, [scrollerRef, measure]);

  // The rows changed (a reload, a filter): the scroller may have been clamped meanwhile; measure again
  // (not on mount: the effect above measures in the first frame).
  const mounted = useRef(false);
  useEffect(() => {
    if (!mounted.current) { mounted.current = true; return; }
    measure();
  }, [layout, measure]);

  // Defensive: a window past the end of the list (a scroll offset from before the list shrank) shows
  // nothing; measure again rather than show blank space.
  const pastEnd = view.top > layout.height && layout.rows > 0;
  useEffect(() => { if (pastEnd) measure(); }, [pastEnd, measure]);

  /** Scrolls row `index` into view (below the sticky-free heading area); returns the clamped index. */
  const showRow = useCallback((index: number): number | null => {
    const clamped = Math.max(0, Math.min(rowCount - 1, index));
    const scroller = scrollerRef.current;
    const list = listRef.current;
    if (rowCount === 0 || !scroller || !list) return null;
    const bounds = rowBounds(layout, clamped);
    if (bounds) {
      const offset = list.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
      const next = scrollToShow(scroller.scrollTop, scroller.clientHeight, offset + bounds.top, offset + bounds.bottom, metrics.head);
      if (next !== scroller.scrollTop) scroller.scrollTop = next;
    }
    // The window as it is now (the scroll offset may have been set just before, e.g. when shown again):
    // the next render then holds the row.
    measure();
    return clamped;
  }, [rowCount, layout, metrics, scrollerRef, listRef, measure]);

  /** Scrolls row `index` into view and focuses control `control` of it (once it is loaded and rendered). */
  const focusRow = useCallback((index: number, control = 0) => {
    const clamped = showRow(index);
    if (clamped === null) return;
    pendingFocus.current = { index: clamped, control };
    setActiveIndex(clamped);
    // Already rendered: focus now (the layout effect below covers rows rendered by this move).
    focusPending();
  }, [showRow]);

  function indexOf(row: HTMLElement): number | null {
    const index = Number(row.dataset.index);
    return Number.isInteger(index) ? index : null;
  }
  function rowElement(index: number): HTMLElement | null {
    return listRef.current?.querySelector<HTMLElement>(`[role="listitem"][data-review-id][data-index="${index}"]`) ?? null;
  }
  function controlsOf(row: HTMLElement): HTMLElement[] {
    return [...row.querySelectorAll<HTMLElement>('button:not(:disabled), a[href], input, select')];
  }
  function focusPending() {
    const pending = pendingFocus.current;
    if (!pending) return;
    const row = rowElement(pending.index);
    if (!row) return;
    const controls = controlsOf(row);
    const target = controls[Math.min(pending.control, controls.length - 1)];
    if (!target) return;
    pendingFocus.current = null;
    target.focus({ preventScroll: true });
  }

  // After every render: one tab stop (the active row's first control), and a pending focus carried out.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    // The active row, or (scrolled away, not loaded yet) the first row in the page: the list keeps a tab stop.
    const row = rowElement(tabIndex) ?? list.querySelector<HTMLElement>('[role="listitem"][data-review-id]');
    const first = row ? controlsOf(row)[0] : undefined;
    // Written only where it changes: this runs after every render (each scroll step), and each write
    // of the attribute costs a style invalidation.
    for (const control of list.querySelectorAll<HTMLElement>('[role="listitem"] :is(button, a[href], input, select)')) {
      const wanted = control === first ? 0 : -1;
      if (control.tabIndex !== wanted) control.tabIndex = wanted;
    }
    focusPending();
  });

  // Removing a row (trash) asks for the row now at its place (focusRowAfterRemoval).
  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    return registerRowFocuser(list, (index) => {
      if (rowCount === 0) return false;
      focusRow(Math.min(index, rowCount - 1));
      return true;
    });
  }, [listRef, rowCount, focusRow]);

  // Shown again (back from the editor): the review that was opened gets the focus, as the opener; a new
  // copy is scrolled to (its rename dialog has the focus).
  const reveal = props.reveal;
  useEffect(() => {
    if (!reveal) return;
    if (reveal.focus) focusRow(reveal.index);
    else showRow(reveal.index);
    // Only for a new reveal, not on every list change.
  }, [reveal?.nonce]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    // The list itself has the focus (its focused row was scrolled away): keys go back to the active row.
    if (target === event.currentTarget && !event.altKey && !event.ctrlKey && !event.metaKey) {
      const from = activeIndex ?? 0;
      const to = event.key === 'ArrowDown' ? from + 1 : event.key === 'ArrowUp' ? from - 1 : event.key === 'Home' ? 0
        : event.key === 'End' ? rowCount - 1 : ['Enter', ' ', 'ArrowLeft', 'ArrowRight'].includes(event.key) ? from : null;
      if (to !== null) { event.preventDefault(); focusRow(to); }
      return;
    }
    const row = target.closest<HTMLElement>('[role="listitem"][data-review-id]');
    if (!row || event.altKey || event.ctrlKey || event.metaKey) return;
    const index = indexOf(row);
    if (index === null) return;
    const controls = controlsOf(row);
    const control = Math.max(0, controls.indexOf(target));
    const page = Math.max(1, Math.floor((scrollerRef.current?.clientHeight ?? 500) / metrics.row) - 1);
    let handled = true;
    switch (event.key) {
      case 'ArrowDown': focusRow(index + 1); break;
      case 'ArrowUp': focusRow(index - 1); break;
      case 'PageDown': focusRow(index + page); break;
      case 'PageUp': focusRow(index - page); break;
      case 'Home': focusRow(0); break;
      case 'End': focusRow(rowCount - 1); break;
      case 'ArrowRight': controls[Math.min(controls.length - 1, control + 1)]?.focus(); break;
      case 'ArrowLeft': controls[Math.max(0, control - 1)]?.focus(); break;
      default: handled = typeAhead(event.key, index);
    }
    if (handled) event.preventDefault();
  };

  /** Letters jump to the next review whose title starts with what was typed (within 700 ms); the main
   *  side looks through all the titles (most are not loaded here). The last answer wins. */
  function typeAhead(key: string, from: number): boolean {
    const now = performance.now();
    const state = typeahead.current;
    // A space belongs to the letters being typed ("Báo cáo"); alone it presses the focused button.
    const typing = state.text.length > 0 && now - state.at < 700;
    if (key.length !== 1 || (key === ' ' && !typing)) return false;
    state.text = now - state.at < 700 ? state.text + key : key;
    state.at = now;
    const text = state.text;
    const start = text.length > 1 ? from : (from + 1) % Math.max(1, rowCount);
    void props.find(text, start).then((index) => {
      if (index !== null && typeahead.current.text === text) focusRow(index);
    }).catch(() => undefined);
    return true;
  }

  // A window wholly above or below the list (a stale measure) would render nothing: clamp it to the
  // list, so some rows are always in the page (off screen they cost nothing; blank space would).
  const top = Math.min(Math.max(view.top, -view.height), Math.max(0, layout.height - view.height));
  const slices = visibleSlices(layout, top - overscan, top + view.height + overscan);
  const out: ReactNode[] = [];
  let cursor = 0; // list px already laid out
  for (const slice of slices) {
    const box = layout.groups[slice.group]!;
    const group = years[slice.group]!;
    if (box.top > cursor) out.push(<div key={`gap-${slice.group}`} aria-hidden="true" style={{ height: box.top - cursor }} />);
    const headingId = `year-${group.year}`;
    out.push(
      <section key={group.year} className="year-group" data-testid="year-group" data-year={group.year}
        style={{ height: box.height }}>
        <h2 className="year-heading" id={headingId}>{group.year}<span className="muted small">{group.count}</span></h2>
        <div role="list" aria-label={props.yearLabel(group.year, group.count)}
          style={{ paddingTop: slice.start * metrics.row, paddingBottom: (box.count - slice.end) * metrics.row }}>
          {rowsOf(box.firstIndex, slice.start, slice.end, box.count)}
        </div>
      </section>,
    );
    cursor = box.top + box.height;
  }
  if (layout.height > cursor) out.push(<div key="gap-end" aria-hidden="true" style={{ height: layout.height - cursor }} />);

  function rowsOf(firstIndex: number, start: number, end: number, setSize: number): ReactNode[] {
    const rows: ReactNode[] = [];
    for (let i = start; i < end; i++) {
      const index = firstIndex + i;
      const review = props.rowAt(index);
      rows.push(review ? props.renderRow(review, index, { setSize, posInSet: i + 1 })
        : <div key={`loading-${index}`} role="listitem" aria-setsize={setSize} aria-posinset={i + 1} aria-busy="true"
            className="review-row review-row-loading" data-testid="review-row-loading" data-index={index}>
            <span className="sr-only">{props.loadingLabel}</span>
          </div>);
    }
    return rows;
  }

  // The flat rows in the page: the model loads the missing ones.
  const shownFrom = slices.length ? layout.groups[slices[0]!.group]!.firstIndex + slices[0]!.start : 0;
  const lastSlice = slices[slices.length - 1];
  const shownTo = lastSlice ? layout.groups[lastSlice.group]!.firstIndex + lastSlice.end : 0;
  const { onShowing } = props;
  useEffect(() => { if (shownTo > shownFrom) onShowing(shownFrom, shownTo); }, [shownFrom, shownTo, onShowing]);

  return (
    <div
      className="review-rows"
      style={{ '--row-height': `${metrics.row}px` } as CSSProperties}
      ref={listRef}
      role="group"
      aria-label={props.label}
      tabIndex={-1}
      data-testid="review-list"
      data-rows={rowCount}
      data-window={`${Math.round(view.top)}:${Math.round(view.height)}`}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        const row = (event.target as HTMLElement).closest<HTMLElement>('[role="listitem"][data-review-id]');
        const index = row ? indexOf(row) : null;
        if (index !== null && index !== activeIndex) setActiveIndex(index);
      }}
    >
      {out}
    </div>
  );
}
