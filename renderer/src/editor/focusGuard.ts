// A change to the document never moves the keyboard focus into the text by itself.
//
// After every update that changed the text or the selection, Lexical writes its selection into the page.
// The page's selection cannot move into an editable element without Chromium focusing it, and when the
// page's selection is already right Lexical focuses the text itself. So a change made while a toolbar
// button, the find bar or a panel had the focus took the focus into the text: Undo or Replace pressed
// with the keyboard, a long review still mounting its blocks, an Insert field menu open while the review
// finished loading. The next Enter or letter then went into the document.
//
// Now, while the focus is outside the text, an update that changes the document leaves the page's
// selection alone (Lexical's SKIP_DOM_SELECTION_TAG). editor.focus() (FOCUS_TAG) is exempt: code that
// means to take the focus to the text says so. Until the focus comes back, the editor's selection and
// the page's may differ. When it comes back by keyboard or by code (Tab, Enter or Esc in the title, a
// panel returning it natively), the editor's selection is written into the page: the caret is where the
// user left it, also when an input took the page's selection meanwhile. A click sets a new selection
// anyway, so then nothing is written.
//
// An update that only moves the selection, with no change to the text, runs no node transform and is not
// guarded: code outside the text moves the caret (find's Escape, a jump from a panel) only to follow it
// with editor.focus().
import { $addUpdateTag, $getSelection, $hasUpdateTag, $setSelection, RootNode, SKIP_DOM_SELECTION_TAG, type LexicalEditor } from 'lexical';

/** The tag of editor.focus()'s update: Lexical's FOCUS_TAG, which it does not export. Should it change,
 *  e2e/drafting-fields.spec.ts fails (the Insert field menu by keyboard: an insert, then editor.focus()). */
const FOCUS_TAG = 'focus';

/** Whether the keyboard focus is somewhere other than the editor's text (a button, an input, the page). */
export type FocusOutside = () => boolean;

function focusOutsideOf(editor: LexicalEditor): FocusOutside {
  return () => {
    const root = editor.getRootElement();
    if (root === null) return false;
    const active = root.ownerDocument.activeElement;
    return active !== null && !root.contains(active);
  };
}

interface Points { anchor: Node | null; anchorOffset: number; focus: Node | null; focusOffset: number }
const pointsOf = (selection: Selection): Points => ({ anchor: selection.anchorNode, anchorOffset: selection.anchorOffset, focus: selection.focusNode, focusOffset: selection.focusOffset });
const samePoints = (a: Points, b: Points) => a.anchor === b.anchor && a.anchorOffset === b.anchorOffset && a.focus === b.focus && a.focusOffset === b.focusOffset;

/** Whether the page's caret is collapsed before any text of the root: where Chromium puts it when an
 *  editable element is focused without a selection inside it. */
function atTextStart(root: HTMLElement, selection: Selection): boolean {
  if (!selection.isCollapsed || selection.anchorNode === null || !root.contains(selection.anchorNode)) return false;
  const before = root.ownerDocument.createRange();
  before.setStart(root, 0);
  before.setEnd(selection.anchorNode, selection.anchorOffset);
  return before.toString() === '';
}

/** Installs the guard; returns its removal. `focusOutside` is for tests without a page. */
export function registerFocusGuard(editor: LexicalEditor, focusOutside: FocusOutside = focusOutsideOf(editor)): () => void {
  /** The tags of the batch this guard tagged (Lexical makes a new set at each commit). */
  let tagged: Set<string> | null = null;

  // The root is dirty in every update that changed a node, and its transforms then run before the commit,
  // again in each update joining the same batch.
  const unregisterTransform = editor.registerNodeTransform(RootNode, () => {
    const batch = editor._updateTags;
    if ($hasUpdateTag(FOCUS_TAG)) {
      // editor.focus() joined a change this guard had tagged: the focus goes to the text after all.
      // (There is no public way to take a tag back.)
      if (tagged === batch) batch.delete(SKIP_DOM_SELECTION_TAG);
      tagged = null;
      return;
    }
    if ($hasUpdateTag(SKIP_DOM_SELECTION_TAG) || !focusOutside()) return;
    $addUpdateTag(SKIP_DOM_SELECTION_TAG);
    tagged = batch;
  });

  // Coming back to the text. The page's selection is then either the one the text had when the focus
  // left (behind the editor's, if a guarded update came meanwhile), or, if an input took the selection
  // meanwhile, the start of the text, where Chromium puts it. In both cases the editor's selection is the
  // caret the user last had: it is written into the page. A click, or code that set a selection of its
  // own, leaves something else there: that one stays.
  let leftAt: Points | null = null;
  let lostMeanwhile = false;
  let pointerDown = false;
  const onBlur = (event: FocusEvent) => {
    const root = event.currentTarget as HTMLElement;
    const selection = root.ownerDocument.getSelection();
    leftAt = selection ? pointsOf(selection) : null;
    lostMeanwhile = false;
  };
  // Fires with every keystroke too: only while the focus is away does it look at anything.
  const onSelectionChange = () => {
    if (leftAt === null || lostMeanwhile) return;
    const root = editor.getRootElement();
    if (!root || root.contains(root.ownerDocument.activeElement)) return;
    const anchor = root.ownerDocument.getSelection()?.anchorNode ?? null;
    if (anchor === null || !root.contains(anchor)) lostMeanwhile = true;
  };
  const onFocus = (event: FocusEvent) => {
    const root = event.currentTarget as HTMLElement;
    const left = leftAt;
    const lost = lostMeanwhile;
    leftAt = null;
    lostMeanwhile = false;
    if (left === null || pointerDown) return;
    // After the code that focused the text has run (it may set its own selection next), and outside
    // Lexical's commit, should its selection write have brought the focus.
    queueMicrotask(() => {
      const selection = root.ownerDocument.getSelection();
      if (!selection || root.ownerDocument.activeElement !== root || editor.getRootElement() !== root) return;
      if (!samePoints(pointsOf(selection), left) && !(lost && atTextStart(root, selection))) return;
      editor.update(() => {
        const current = $getSelection();
        if (current !== null) $setSelection(current.clone()); // a dirty selection is written into the page
      }, { discrete: true });
    });
  };
  const onPointerDown = () => { pointerDown = true; };
  const onPointerUp = () => { pointerDown = false; };
  const view = typeof window === 'undefined' ? null : window; // none in tests without a page
  view?.addEventListener('pointerdown', onPointerDown, true);
  view?.addEventListener('pointerup', onPointerUp, true);
  view?.addEventListener('pointercancel', onPointerUp, true);
  view?.document.addEventListener('selectionchange', onSelectionChange);
  // Unregistering calls it once more with (null, root): the root's listeners go too.
  const unregisterRoot = editor.registerRootListener((root, previous) => {
    previous?.removeEventListener('focus', onFocus);
    previous?.removeEventListener('blur', onBlur);
    root?.addEventListener('focus', onFocus);
    root?.addEventListener('blur', onBlur);
  });

  return () => {
    unregisterTransform();
    unregisterRoot();
    view?.removeEventListener('pointerdown', onPointerDown, true);
    view?.removeEventListener('pointerup', onPointerUp, true);
    view?.removeEventListener('pointercancel', onPointerUp, true);
    view?.document.removeEventListener('selectionchange', onSelectionChange);
  };
}
