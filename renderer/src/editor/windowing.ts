// A long review's DOM is windowed: only the top-level blocks near the view and near the caret are
// displayed. The others stay in the DOM, reconciled by Lexical as usual (the document, the selection,
// copy, find, export and undo never see a difference), but are `display: none`, and the room they take
// is kept by a gap (the root's padding at the ends, a margin on the next displayed block in between), so
// the scrollbar and every position stay where they would be.
//
// Why: Chromium's own work for each keystroke in one contenteditable (selection sync, layout, pre-paint,
// paint) grows with everything laid out in it: ~30 ms on a 3,000-paragraph review, against ~5 ms on 300.
// Undisplayed blocks have no layout objects, so a keystroke costs what it costs on a short document.
// (`content-visibility: auto` keeps the layout objects and cost as much in per-block checks as it saved,
// and the browser's caret moved into blocks it had not laid out: see editor.css.)
//
// What keeps the caret safe: the caret's block and the blocks around it (a screen and a half each way,
// more than PageUp/PageDown moves) are always displayed; when a move brings the caret near a hidden
// block, the window follows in the same task, before the next key. A move Lexical makes into a hidden
// block (Ctrl+End, undo, find) displays it and scrolls the caret into view in the same task, before paint.
// Printing shows every block (the rules are screen-only).
import { SKIP_SCROLL_INTO_VIEW_TAG, type LexicalEditor } from 'lexical';

/** Reviews with fewer top-level blocks are not windowed (a short review costs little either way). */
export const WINDOW_MIN_BLOCKS = 400;
/** Attribute of an undisplayed block, of a displayed block carrying a gap, and of the windowed root. */
export const OFF_ATTR = 'data-rd-off';
export const GAP_ATTR = 'data-rd-gap';
export const WINDOWED_ATTR = 'data-rd-windowed';
/** Screens displayed above and below the view, and around the caret; blocks are hidden only past twice that. */
const VIEW_SCREENS = 1;
const CARET_SCREENS = 1.5;
/** At least this many blocks are displayed on each side of the caret's block. */
const CARET_MIN_BLOCKS = 12;
/** A caret move within this many blocks of a hidden one moves the window at once (in the move's task). */
const CARET_GUARD_BLOCKS = 8;

interface Range { from: number; to: number }

/** One editor's windowing state (per root element). */
export class BlockWindow {
  /** Each block's last known height, top to next block's top (px); hidden blocks keep theirs. */
  private readonly heights = new WeakMap<Element, number>();
  /** Estimated heights of blocks never displayed here (from their text length). */
  private readonly estimates = new WeakMap<Element, number>();
  private pxPerChar = 0.35;
  private typicalMargin = 8;
  private active = false;
  private frame = 0;
  /** A block to keep displayed whatever the view (a jump's target until it is in view). */
  private pinned: HTMLElement | null = null;

  private readonly root: HTMLElement;
  private readonly scroller: HTMLElement;

  constructor(root: HTMLElement, scroller: HTMLElement) {
    this.root = root;
    this.scroller = scroller;
  }

  private blocks(): HTMLElement[] {
    return Array.from(this.root.children) as HTMLElement[];
  }

  /** Whether any block is currently hidden. */
  isActive(): boolean {
    return this.active;
  }

  /** Updates the window in the next frame (before it is painted). */
  schedule(): void {
    if (this.frame) return;
    const view = this.root.ownerDocument.defaultView;
    if (!view) return;
    this.frame = view.requestAnimationFrame(() => { this.frame = 0; this.update(); });
  }

  dispose(): void {
    if (this.frame) this.root.ownerDocument.defaultView?.cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.showAll();
  }

  /** Displays every block and removes the gaps (a short document, or the window going away). */
  showAll(): void {
    for (const block of this.blocks()) {
      block.removeAttribute(OFF_ATTR);
      if (block.hasAttribute(GAP_ATTR)) { block.removeAttribute(GAP_ATTR); block.style.removeProperty('--rd-gap'); }
    }
    this.root.removeAttribute(WINDOWED_ATTR);
    this.root.style.removeProperty('--rd-gap-top');
    this.root.style.removeProperty('--rd-gap-end');
    this.active = false;
  }

  /** The top-level block holding `node` (or null when it is not in this editor's text). */
  blockOf(node: Node | null): HTMLElement | null {
    let el: Node | null = node;
    while (el && el.parentNode !== this.root) el = el.parentNode;
    return el instanceof HTMLElement ? el : null;
  }

  /** The blocks of the DOM selection's anchor and focus. */
  private caretBlocks(): HTMLElement[] {
    const selection = this.root.ownerDocument.getSelection();
    if (!selection || selection.rangeCount === 0) return [];
    const out: HTMLElement[] = [];
    for (const node of [selection.anchorNode, selection.focusNode]) {
      const block = this.blockOf(node);
      if (block && !out.includes(block)) out.push(block);
    }
    return out;
  }

  /**
   * After a change of the selection: when the caret's block or one near it is hidden, moves the window
   * now. Returns true when the caret's own block was hidden (the view did not follow it yet).
   */
  followCaret(): boolean {
    if (!this.active) return false;
    const carets = this.caretBlocks();
    let near = false;
    let hiddenCaret = false;
    for (const block of carets) {
      if (block.hasAttribute(OFF_ATTR)) { hiddenCaret = true; near = true; continue; }
      let before: Element | null = block;
      let after: Element | null = block;
      for (let i = 0; i < CARET_GUARD_BLOCKS && !near; i++) {
        before = before?.previousElementSibling ?? null;
        after = after?.nextElementSibling ?? null;
        if (before?.hasAttribute(OFF_ATTR) || after?.hasAttribute(OFF_ATTR)) near = true;
      }
    }
    if (near) this.update();
    return hiddenCaret;
  }

  /** Displays `element`'s block (and the blocks around it) now, so it can be scrolled to and measured. */
  reveal(element: Element): void {
    const block = this.blockOf(element);
    if (!block || !this.active) return;
    this.pinned = block;
    this.update();
  }

  /** Scrolls the DOM caret into view (after a move into a hidden block, which the browser could not scroll to). */
  scrollCaretIntoView(): void {
    const selection = this.root.ownerDocument.getSelection();
    if (!selection || selection.rangeCount === 0) return;
    const focus = this.blockOf(selection.focusNode);
    if (!focus) return;
    const range = this.root.ownerDocument.createRange();
    range.setStart(selection.focusNode!, selection.focusOffset);
    range.collapse(true);
    let rect = range.getBoundingClientRect();
    if (rect.height === 0 && rect.top === 0) rect = focus.getBoundingClientRect(); // an empty paragraph
    const view = this.scroller.getBoundingClientRect();
    const margin = Math.min(80, view.height / 4);
    if (rect.top < view.top + margin) this.scroller.scrollTop += rect.top - view.top - margin;
    else if (rect.bottom > view.bottom - margin) this.scroller.scrollTop += rect.bottom - view.bottom + margin;
  }

  /** Measures what is displayed, then displays what is near the view and the caret and hides the rest. */
  update(): void {
    const blocks = this.blocks();
    if (blocks.length < WINDOW_MIN_BLOCKS) {
      if (this.active) this.showAll();
      return;
    }
    this.measure(blocks);
    const heights = blocks.map((b) => this.heightOf(b));
    const tops = new Array<number>(blocks.length + 1);
    tops[0] = 0;
    for (let i = 0; i < blocks.length; i++) tops[i + 1] = tops[i]! + heights[i]!;

    const screen = Math.max(200, this.scroller.clientHeight);
    // The view in the root's coordinates (tops[] starts at the root's top: its padding is the leading gap).
    const rootTop = this.root.getBoundingClientRect().top - this.scroller.getBoundingClientRect().top + this.scroller.scrollTop;
    const viewTop = this.scroller.scrollTop - rootTop;
    const show: Range[] = [];
    const keep: Range[] = [];
    const byPixels = (from: number, to: number): Range => ({ from: firstEndingAfter(tops, from), to: lastStartingBefore(tops, to) });
    show.push(byPixels(viewTop - VIEW_SCREENS * screen, viewTop + screen + VIEW_SCREENS * screen));
    keep.push(byPixels(viewTop - 2 * VIEW_SCREENS * screen, viewTop + screen + 2 * VIEW_SCREENS * screen));
    const around = [...this.caretBlocks(), ...(this.pinned ? [this.pinned] : [])];
    for (const block of around) {
      const i = blocks.indexOf(block);
      if (i < 0) continue;
      const near = byPixels(tops[i]! - CARET_SCREENS * screen, tops[i + 1]! + CARET_SCREENS * screen);
      show.push({ from: Math.min(near.from, i - CARET_MIN_BLOCKS), to: Math.max(near.to, i + CARET_MIN_BLOCKS) });
      const far = byPixels(tops[i]! - 2 * CARET_SCREENS * screen, tops[i + 1]! + 2 * CARET_SCREENS * screen);
      keep.push({ from: Math.min(far.from, i - 2 * CARET_MIN_BLOCKS), to: Math.max(far.to, i + 2 * CARET_MIN_BLOCKS) });
    }
    const inAny = (ranges: Range[], i: number) => ranges.some((r) => i >= r.from && i <= r.to);

    let gap = 0;
    let leading = true;
    let leadingGap = 0;
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!;
      const hidden = block.hasAttribute(OFF_ATTR);
      const display = inAny(show, i) || (!hidden && inAny(keep, i));
      if (!display) {
        if (!hidden) block.setAttribute(OFF_ATTR, '');
        if (block.hasAttribute(GAP_ATTR)) { block.removeAttribute(GAP_ATTR); block.style.removeProperty('--rd-gap'); }
        gap += heights[i]!;
        continue;
      }
      if (hidden) block.removeAttribute(OFF_ATTR);
      if (leading) { leadingGap = gap; leading = false; gap = 0; }
      if (gap > 0) {
        // The displayed block after a hidden run takes the run's room as its top margin (plus the usual spacing).
        const value = `${Math.round(gap + this.typicalMargin)}px`;
        if (block.style.getPropertyValue('--rd-gap') !== value) block.style.setProperty('--rd-gap', value);
        if (!block.hasAttribute(GAP_ATTR)) block.setAttribute(GAP_ATTR, '');
      } else if (block.hasAttribute(GAP_ATTR)) {
        block.removeAttribute(GAP_ATTR);
        block.style.removeProperty('--rd-gap');
      }
      gap = 0;
    }
    this.root.style.setProperty('--rd-gap-top', `${Math.round(leadingGap)}px`);
    this.root.style.setProperty('--rd-gap-end', `${Math.round(gap)}px`);
    if (!this.root.hasAttribute(WINDOWED_ATTR)) this.root.setAttribute(WINDOWED_ATTR, '');
    this.active = true;
    // A pinned block stays until it has been shown in the view once.
    if (this.pinned) {
      const i = blocks.indexOf(this.pinned);
      if (i < 0 || (tops[i + 1]! > viewTop && tops[i]! < viewTop + screen)) this.pinned = null;
    }
  }

  /** Records the heights of the displayed blocks (top to next top; the last of a run: its box plus the usual spacing). */
  private measure(blocks: HTMLElement[]): void {
    let chars = 0;
    let pixels = 0;
    const margins: number[] = [];
    let previous: HTMLElement | null = null;
    let previousTop = 0;
    for (const block of blocks) {
      if (block.hasAttribute(OFF_ATTR)) {
        if (previous) this.heights.set(previous, previous.offsetHeight + this.typicalMargin);
        previous = null;
        continue;
      }
      const top = block.offsetTop;
      if (previous && !block.hasAttribute(GAP_ATTR)) {
        const height = top - previousTop;
        this.heights.set(previous, height);
        const length = previous.textContent?.length ?? 0;
        chars += length;
        pixels += height;
        if (margins.length < 64) margins.push(height - previous.offsetHeight);
      } else if (previous) {
        this.heights.set(previous, previous.offsetHeight + this.typicalMargin);
      }
      previous = block;
      previousTop = top;
    }
    if (previous) this.heights.set(previous, previous.offsetHeight + this.typicalMargin);
    if (chars > 2000) this.pxPerChar = pixels / chars;
    if (margins.length > 8) this.typicalMargin = Math.max(0, margins.sort((a, b) => a - b)[margins.length >> 1]!);
  }

  private heightOf(block: HTMLElement): number {
    const known = this.heights.get(block);
    if (known !== undefined) return known;
    let estimate = this.estimates.get(block);
    if (estimate === undefined) {
      // Never displayed yet: about its text's length (a line at least).
      estimate = Math.max(28, (block.textContent?.length ?? 0) * this.pxPerChar + this.typicalMargin);
      this.estimates.set(block, estimate);
    }
    return estimate;
  }
}

/** The first block whose bottom is below `y`. */
function firstEndingAfter(tops: number[], y: number): number {
  let lo = 0;
  let hi = tops.length - 1;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (tops[mid + 1]! <= y) lo = mid + 1; else hi = mid; }
  return lo;
}

/** The last block whose top is above `y`. */
function lastStartingBefore(tops: number[], y: number): number {
  let lo = 0;
  let hi = tops.length - 1;
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (tops[mid]! < y) lo = mid; else hi = mid - 1; }
  return lo;
}

const windows = new WeakMap<HTMLElement, BlockWindow>();

export function attachWindow(root: HTMLElement, scroller: HTMLElement): BlockWindow {
  const win = new BlockWindow(root, scroller);
  windows.set(root, win);
  return win;
}

export function detachWindow(root: HTMLElement): void {
  windows.get(root)?.dispose();
  windows.delete(root);
}

/** The window of `editor`'s root, when it has one. */
export function windowOf(editor: LexicalEditor): BlockWindow | null {
  const root = editor.getRootElement();
  return root ? windows.get(root) ?? null : null;
}

/**
 * Scrolls an element of the editor's text into view: its block is displayed first (a hidden block cannot
 * be scrolled to). Every jump to a place in the document goes through here.
 */
export function scrollElementIntoView(editor: LexicalEditor, element: Element | null, options: ScrollIntoViewOptions = { block: 'center' }): void {
  if (!element) return;
  windowOf(editor)?.reveal(element);
  element.scrollIntoView(options);
}

/** For the update listener: after an update that moved the selection. */
export function followSelection(editor: LexicalEditor, tags: Set<string>): void {
  const win = windowOf(editor);
  if (!win) return;
  const wasHidden = win.followCaret();
  const root = editor.getRootElement();
  if (wasHidden && !tags.has(SKIP_SCROLL_INTO_VIEW_TAG) && root && root.ownerDocument.activeElement === root) win.scrollCaretIntoView();
}
