// Where the caret goes when the user clicks or jumps, decided by the editor rather than left to Chromium:
// - Ctrl+End / Ctrl+Home (with Shift: select to there) put the selection at the document's true end /
//   start in one press, whatever the browser has laid out so far.
// - A click in the page around the text (past the last line, in the margins, on the grey around the
//   page) puts the caret in the text at the nearest place, as in Word. Left to the browser, such a click
//   moved focus to the screen's <main> and dropped the keystrokes that followed.
// Both set Lexical's selection directly, so Enter (which Lexical handles on keydown from its own
// selection) always acts where the caret is shown.
// - A key pressed after the browser moved the caret itself (a click in the text, an arrow key) but before
//   Lexical heard of it first takes the browser's caret. Lexical learns of such moves from
//   `selectionchange`, which Chromium fires with the next frame; a key pressed before that frame (a quick
//   Enter after a click, on a busy main thread) used the previous selection: Enter split the first
//   paragraph and the view jumped to the top. Only then: at other times Lexical's selection is the newer
//   one (a toolbar action may have moved it without the DOM caret following yet).
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $addUpdateTag, $createRangeSelectionFromDom, $getNearestNodeFromDOMNode, SKIP_DOM_SELECTION_TAG, $getRoot, $getSelection, $isDecoratorNode, $isElementNode, $isRangeSelection, $isTextNode,
  $isRootNode, $setSelection, COMMAND_PRIORITY_HIGH, COMMAND_PRIORITY_CRITICAL, KEY_DOWN_COMMAND, SELECTION_CHANGE_COMMAND,
  type LexicalEditor, type LexicalNode,
} from 'lexical';
import { completeLoad } from '../progressiveLoad.ts';
import { $isFieldNode } from '../nodes/FieldNode.ts';

/** Selects the document's end (or start); with `extend`, from the current anchor. */
export function $selectDocumentEdge(edge: 'start' | 'end', extend: boolean): void {
  const previous = $getSelection();
  const root = $getRoot();
  const selection = edge === 'end' ? root.selectEnd() : root.selectStart();
  if (extend && $isRangeSelection(previous)) {
    const { key, offset, type } = previous.anchor;
    selection.anchor.set(key, offset, type);
  }
}

/** The DOM caret position nearest to (x, y) inside `content`, or null. */
function caretRangeNear(content: HTMLElement, x: number, y: number): Range | null {
  const box = content.getBoundingClientRect();
  const cx = Math.min(Math.max(x, box.left + 1), box.right - 1);
  const cy = Math.min(Math.max(y, box.top + 1), box.bottom - 1);
  const doc = content.ownerDocument;
  let range: Range | null = null;
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(cx, cy);
    if (position) {
      range = doc.createRange();
      range.setStart(position.offsetNode, position.offset);
    }
  } else if (typeof doc.caretRangeFromPoint === 'function') {
    range = doc.caretRangeFromPoint(cx, cy);
  }
  if (!range || !content.contains(range.startContainer)) return null;
  range.collapse(true);
  return range;
}

/** Keys whose caret move the browser makes itself (Lexical reads the result from selectionchange). */
const CARET_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

/** Whether the DOM selection is in the editor's own text (not in a decorator's input, not elsewhere). */
function isInEditorText(root: HTMLElement, selection: Selection): boolean {
  const inText = (node: Node | null) => {
    if (!node || !root.contains(node)) return false;
    const element = node instanceof Element ? node : node.parentElement;
    return !element?.closest('[contenteditable="false"]');
  };
  return inText(selection.anchorNode) && inText(selection.focusNode);
}

/** Before a key acts: Lexical's selection becomes the browser's caret when the two differ. */
function $syncSelectionFromDom(editor: LexicalEditor): void {
  const root = editor.getRootElement();
  const domSelection = root?.ownerDocument.getSelection();
  if (!root || !domSelection || domSelection.rangeCount === 0 || !isInEditorText(root, domSelection)) return;
  const current = $getSelection();
  if (!$isRangeSelection(current)) return; // a table cell selection, or none: Lexical's own
  const fromDom = $createRangeSelectionFromDom(domSelection, editor);
  // Points only: a format toggled for the next character (Ctrl+B, then type) stays when the caret did not move.
  if (!fromDom || (fromDom.anchor.is(current.anchor) && fromDom.focus.is(current.focus))) return;
  $setSelection(fromDom);
  // The browser's caret just past a chip that ends the line (paragraph, offset after it) reads as the
  // chip's end: drawing that back would put the DOM caret inside the chip, where Chromium inserts nothing
  // and sends no beforeinput (the key being pressed was lost, one time in ten). The DOM caret stays where
  // the click put it; the text goes beside the chip (FieldNode).
  if (fromDom.isCollapsed() && $isFieldNode(fromDom.anchor.getNode())) $addUpdateTag(SKIP_DOM_SELECTION_TAG);
}

/**
 * A key that will insert text while the DOM caret is inside a field chip (a click at the end of a line
 * that ends with a chip, or Lexical's own caret at a chip's edge, puts it there): the caret goes just
 * outside the chip first. The chip is contenteditable=false, so Chromium inserts nothing there and sends
 * no beforeinput: the keystrokes were lost. Lexical then puts the text beside the chip (FieldNode).
 */
function moveCaretOutOfChip(event: KeyboardEvent): void {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
  if (event.key.length !== 1 && event.key !== 'Process' && event.key !== 'Unidentified') return; // text, or an IME's key
  caretOutOfChip(event.currentTarget as HTMLElement);
}

/**
 * Moves a collapsed DOM caret that is inside one of `root`'s chips to the chip's nearer edge, outside it:
 * from there the browser's own caret keys (arrows, Home, End) and typing work, and inside they do nothing.
 */
function caretOutOfChip(root: HTMLElement): void {
  const domSelection = root.ownerDocument.getSelection();
  if (!domSelection?.isCollapsed || !domSelection.anchorNode) return;
  const at = domSelection.anchorNode;
  const chip = (at instanceof Element ? at : at.parentElement)?.closest<HTMLElement>('.rd-field');
  const parent = chip?.parentNode;
  if (!chip || !parent || !root.contains(chip)) return;
  let offset = 0; // the caret's place in the chip's text
  const walker = root.ownerDocument.createTreeWalker(chip, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (text === at) { offset += domSelection.anchorOffset; break; }
    offset += text.nodeValue?.length ?? 0;
  }
  const before = at === chip ? domSelection.anchorOffset === 0 : offset * 2 < (chip.textContent?.length ?? 0);
  const index = Array.prototype.indexOf.call(parent.childNodes, chip) as number;
  domSelection.collapse(parent, before ? index : index + 1);
}

/** The DOM caret, collapsed, as (element, offset) when it sits between an element's children. */
function caretBetweenChildren(root: HTMLElement): { element: Element; offset: number } | null {
  const domSelection = root.ownerDocument.getSelection();
  const at = domSelection?.anchorNode;
  if (!domSelection?.isCollapsed || !(at instanceof Element) || !root.contains(at) || at === root) return null;
  return { element: at, offset: domSelection.anchorOffset };
}

const isChip = (node: Node | null | undefined) => node instanceof Element && node.classList.contains('rd-field');

/**
 * The chip that ends (`end`) or starts the block of the collapsed DOM caret, when the caret is in that
 * block's text on the chip's line: End / Home go to the chip's far edge. Left to Chromium, End there
 * lost the caret (no selection: the next keystroke went to the top of the document).
 */
function chipEndingCaretLine(root: HTMLElement, end: boolean): HTMLElement | null {
  const domSelection = root.ownerDocument.getSelection();
  const at = domSelection?.anchorNode;
  if (!domSelection?.isCollapsed || !at || !root.contains(at)) return null;
  const block = (at instanceof Element ? at : at.parentElement)?.closest('.rd-p, .rd-h1, .rd-h2, .rd-h3, .rd-li');
  const chip = end ? block?.lastElementChild : block?.firstElementChild;
  if (!block || !(chip instanceof HTMLElement) || !isChip(chip) || chip.contains(at)) return null;
  if ((end ? block.lastChild : block.firstChild) !== chip) return null;
  const range = domSelection.getRangeAt(0);
  const caretBox = range.getClientRects()[0] ?? (at instanceof Element ? at.getBoundingClientRect() : undefined);
  const chipBoxes = chip.getClientRects();
  const line = end ? chipBoxes[chipBoxes.length - 1] : chipBoxes[0];
  if (!caretBox || !line) return null;
  return caretBox.bottom > line.top + 1 && caretBox.top < line.bottom - 1 ? chip : null; // the same line
}

/** The start (forward) or end of the next block with text, past block decorators (the carry-forward checklist). */
function $selectBeyond(from: LexicalNode, forward: boolean): boolean {
  for (let current: LexicalNode | null = from; current && !$isRootNode(current); current = current.getParent()) {
    let next = forward ? current.getNextSibling() : current.getPreviousSibling();
    while (next && $isDecoratorNode(next)) next = forward ? next.getNextSibling() : next.getPreviousSibling();
    if ($isElementNode(next)) {
      if (forward) next.selectStart(); else next.selectEnd();
      return true;
    }
  }
  return false;
}

/**
 * Caret keys at a line's edge next to a chip: the DOM caret is then between the block's children, a
 * place Chromium moves out of wrongly (End after a chip that ends the line went to the next block, or
 * to the top of the document before the checklist; → to the root between blocks). End / Home stay, and
 * → / ← go to the next / previous block's text.
 */
function caretKeyBesideChip(editor: LexicalEditor, event: KeyboardEvent): void {
  if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey || event.isComposing) return;
  const root = editor.getRootElement();
  if (root && (event.key === 'End' || event.key === 'Home')) {
    const chip = chipEndingCaretLine(root, event.key === 'End');
    if (chip) {
      // Lexical's caret at the chip's edge (drawn just outside it, see caretOutOfChip), as a click there gives.
      event.preventDefault();
      editor.update(() => {
        const node = $getNearestNodeFromDOMNode(chip);
        if ($isTextNode(node)) { const at = event.key === 'End' ? node.getTextContentSize() : 0; node.select(at, at); }
      }, { discrete: true });
      return;
    }
  }
  const caret = root ? caretBetweenChildren(root) : null;
  if (!caret) return;
  const { element, offset } = caret;
  const afterLastChip = offset === element.childNodes.length && isChip(element.lastChild);
  const beforeFirstChip = offset === 0 && isChip(element.firstChild);
  if ((event.key === 'End' && afterLastChip) || (event.key === 'Home' && beforeFirstChip)) {
    event.preventDefault();
    return;
  }
  const forward = event.key === 'ArrowRight';
  if (!(forward ? afterLastChip : event.key === 'ArrowLeft' && beforeFirstChip)) return;
  editor.update(() => {
    const block = $getNearestNodeFromDOMNode(element);
    if (block && $selectBeyond(block, forward)) event.preventDefault();
  }, { discrete: true });
}

function placeCaretFromPageClick(editor: LexicalEditor, content: HTMLElement, event: MouseEvent): void {
  const box = content.getBoundingClientRect();
  content.focus({ preventScroll: true });
  if (event.clientY >= box.bottom - 1) {
    completeLoad(editor); // the true end, not the end of what is mounted so far
    editor.update(() => $selectDocumentEdge('end', event.shiftKey));
    return;
  }
  if (event.clientY <= box.top) {
    editor.update(() => $selectDocumentEdge('start', event.shiftKey));
    return;
  }
  const range = caretRangeNear(content, event.clientX, event.clientY);
  const domSelection = content.ownerDocument.getSelection();
  if (!range || !domSelection) return;
  domSelection.removeAllRanges();
  domSelection.addRange(range);
  editor.update(() => {
    const selection = $createRangeSelectionFromDom(domSelection, editor);
    if (selection) $setSelection(selection);
  });
}

export function CaretPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const onPageMouseDown = (event: MouseEvent) => {
      const content = editor.getRootElement();
      const target = event.target as Node | null;
      if (!content || !target || event.button !== 0 || !editor.isEditable()) return;
      if (content.contains(target)) return; // in the text: the browser places the caret itself
      const scroller = content.closest('.rd-scroller');
      // The scrollbar itself (a click right of the client area) scrolls; it must not move the caret.
      if (scroller instanceof HTMLElement && event.target === scroller && event.offsetX >= scroller.clientWidth) return;
      event.preventDefault(); // keeps the focus in the editor (else it goes to <main>) and no native selection
      placeCaretFromPageClick(editor, content, event);
    };
    /** The browser moved the caret (pointer up in the text, a caret key) and no selectionchange reached Lexical since. */
    let domCaretAhead = false;
    const onPointerUp = () => { domCaretAhead = true; };
    const onContentKeyDown = (event: KeyboardEvent) => {
      moveCaretOutOfChip(event);
      caretKeyBesideChip(editor, event);
    };
    let scroller: HTMLElement | null = null;
    let content: HTMLElement | null = null;
    const attach = (root: HTMLElement | null) => {
      scroller?.removeEventListener('mousedown', onPageMouseDown);
      content?.removeEventListener('pointerup', onPointerUp);
      content?.removeEventListener('keydown', onContentKeyDown, true);
      scroller = root?.closest<HTMLElement>('.rd-scroller') ?? null;
      content = root;
      scroller?.addEventListener('mousedown', onPageMouseDown);
      content?.addEventListener('pointerup', onPointerUp);
      // Capture: before Lexical's own keydown handling and before the browser inserts anything.
      content?.addEventListener('keydown', onContentKeyDown, true);
    };
    const onSelectionChange = () => {
      const root = editor.getRootElement();
      if (root && !editor.isComposing()) caretOutOfChip(root);
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return mergeRegister(
      () => document.removeEventListener('selectionchange', onSelectionChange),
      editor.registerRootListener((root) => attach(root)),
      () => attach(null),
      editor.registerCommand(KEY_DOWN_COMMAND, (event) => {
        // Not during composition: the IME owns the caret until it commits.
        if (domCaretAhead && !event.isComposing && !editor.isComposing()) $syncSelectionFromDom(editor);
        // A caret key the browser carries out itself moves the DOM caret after this keydown.
        domCaretAhead = CARET_KEYS.has(event.key);
        return false;
      }, COMMAND_PRIORITY_CRITICAL),
      editor.registerCommand(SELECTION_CHANGE_COMMAND, () => {
        domCaretAhead = false;
        return false;
      }, COMMAND_PRIORITY_CRITICAL),
      editor.registerCommand(KEY_DOWN_COMMAND, (event) => {
        if (!(event.ctrlKey || event.metaKey) || event.altKey) return false;
        if (event.key !== 'End' && event.key !== 'Home') return false;
        event.preventDefault();
        completeLoad(editor);
        editor.update(() => $selectDocumentEdge(event.key === 'End' ? 'end' : 'start', event.shiftKey));
        return true;
      }, COMMAND_PRIORITY_HIGH),
    );
  }, [editor]);
  return null;
}
