// Long reviews open in two steps: the editor mounts with the first screenful of blocks (editable at
// once), and the rest is appended in chunks right after, while the user reads. Nothing can see a
// partial document:
// - the first input of any kind (a key, IME composition, paste, drop, cut, a toolbar button) appends
//   the rest synchronously before it is handled, so every change and every undo step holds the whole
//   review (the appends are history-merge updates: they never become an undo step of their own);
// - find, scroll-to-block, printing, export/save and the test hook call completeLoad() first;
// - a change made meanwhile by other code (editor.update from a panel) clears the undo history when the
//   load completes, so no undo step can bring back the partial review.
import { $getRoot, $parseSerializedNode, CLEAR_HISTORY_COMMAND, HISTORY_MERGE_TAG, SKIP_SCROLL_INTO_VIEW_TAG, type LexicalEditor, type SerializedLexicalNode } from 'lexical';
import type { DocState } from '../../../electron/shared/doc.ts';

/** Blocks in the first step: more than a 1440p screen holds of one-line paragraphs (about 35). Each
 *  block more costs the first frame style, layout and text shaping. */
export const FIRST_BLOCKS = 45;
/** Blocks appended per task afterwards (each append is a few ms of Lexical + DOM work). */
const CHUNK_BLOCKS = 250;
export const PROGRESSIVE_TAG = 'rd-progressive-load';

interface Pending {
  rest: SerializedLexicalNode[];
  timer: ReturnType<typeof setTimeout> | null;
  /** A change not made through the editor's input (another panel's editor.update) came while pending. */
  touched: boolean;
  unlisten: () => void;
}
const pending = new WeakMap<LexicalEditor, Pending>();

/** Splits a state into what the editor mounts first and the blocks appended after. */
export function splitForProgressiveLoad(state: DocState): { first: DocState; rest: SerializedLexicalNode[] } {
  const children = state.root.children;
  if (children.length <= FIRST_BLOCKS * 1.5) return { first: state, rest: [] };
  return {
    first: { ...state, root: { ...state.root, children: children.slice(0, FIRST_BLOCKS) } },
    rest: children.slice(FIRST_BLOCKS) as unknown as SerializedLexicalNode[],
  };
}

function $appendBlocks(blocks: SerializedLexicalNode[]): void {
  $getRoot().append(...blocks.map((b) => $parseSerializedNode(b)));
}

const TAGS = [HISTORY_MERGE_TAG, SKIP_SCROLL_INTO_VIEW_TAG, PROGRESSIVE_TAG];

/** Appends the blocks not mounted yet, now (synchronously). Safe to call any time, any number of times. */
export function completeLoad(editor: LexicalEditor): void {
  const state = pending.get(editor);
  if (!state) return;
  pending.delete(editor);
  if (state.timer) clearTimeout(state.timer);
  if (state.rest.length > 0) editor.update(() => $appendBlocks(state.rest), { tag: TAGS, discrete: true });
  finish(editor, state);
}

/** The load is complete. If a change was made while it was pending without going through the editor's
 *  input (which completes the load first), its undo step holds the partial review: undoing it would drop
 *  the blocks mounted after it, so the undo history is cleared (never the text). */
function finish(editor: LexicalEditor, state: Pending): void {
  state.unlisten();
  if (state.touched) editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined);
}

/** Whether blocks are still waiting to be mounted. */
export function isLoadPending(editor: LexicalEditor): boolean {
  return pending.has(editor);
}

/** Starts appending `rest` in chunks after the first screen is painted; returns the cancel function. */
export function startProgressiveLoad(editor: LexicalEditor, rest: SerializedLexicalNode[]): () => void {
  if (rest.length === 0) return () => undefined;
  const state: Pending = { rest: [...rest], timer: null, touched: false, unlisten: () => undefined };
  state.unlisten = editor.registerUpdateListener(({ tags, dirtyElements, dirtyLeaves }) => {
    if (tags.has(PROGRESSIVE_TAG) || tags.has(HISTORY_MERGE_TAG) || (dirtyElements.size === 0 && dirtyLeaves.size === 0)) return;
    state.touched = true;
  });
  pending.set(editor, state);
  const next = () => {
    state.timer = null;
    if (pending.get(editor) !== state) return;
    const chunk = state.rest.splice(0, CHUNK_BLOCKS);
    editor.update(() => $appendBlocks(chunk), { tag: TAGS, discrete: true });
    if (state.rest.length === 0) {
      pending.delete(editor);
      finish(editor, state);
    } else {
      state.timer = setTimeout(next, 0);
    }
  };
  // After the first paint: a frame, then a task.
  const frame = requestAnimationFrame(() => { state.timer = setTimeout(next, 0); });
  return () => {
    cancelAnimationFrame(frame);
    if (state.timer) clearTimeout(state.timer);
    state.unlisten();
    if (pending.get(editor) === state) pending.delete(editor);
  };
}
