// The mounted editors, so the shell can hand over changes still waiting in ChangePlugin's debounce
// (up to CHANGE_DEBOUNCE_MS of typing) before it saves: Ctrl+S, leaving the review, closing the window.
import { createCommand, type LexicalCommand, type LexicalEditor } from 'lexical';

/** Makes ChangePlugin report pending changes through onChange now (synchronously). */
export const FLUSH_CHANGES_COMMAND: LexicalCommand<void> = createCommand('RD_FLUSH_CHANGES');

const live = new Set<LexicalEditor>();
/** Per editor: hand over the committed state now, without an editor update (see pullLiveEditorChanges). */
const pulls = new Map<LexicalEditor, () => void>();

/** Registers a mounted editor (and how to pull its changes); returns the unregister function. */
export function registerLiveEditor(editor: LexicalEditor, pull?: () => void): () => void {
  live.add(editor);
  if (pull) pulls.set(editor, pull);
  return () => { live.delete(editor); if (pulls.get(editor) === pull) pulls.delete(editor); };
}

/**
 * The autosaver's pull while typing goes on (every ~500 ms): each editor hands over its last committed
 * state. Unlike flushLiveEditors() this runs no editor update — an update between a Shift+Home and
 * Lexical reading the new DOM selection would put the old selection back under the user's hands.
 */
export function pullLiveEditorChanges(): void {
  for (const pull of [...pulls.values()]) pull();
}

/** Per editor: work that must reach the state before it is handed over (drafting, issue 10: the rest of a
 *  field change, written right after its frame). Each runs outside any editor update. */
const settlers = new Map<LexicalEditor, Set<() => void>>();

export function registerSettle(editor: LexicalEditor, settle: () => void): () => void {
  let set = settlers.get(editor);
  if (!set) settlers.set(editor, set = new Set());
  set.add(settle);
  return () => { set.delete(settle); if (set.size === 0 && settlers.get(editor) === set) settlers.delete(editor); };
}

/** Runs the editor's settle work now (ChangePlugin before it serializes; flushLiveEditors). */
export function settleEditor(editor: LexicalEditor): void {
  for (const settle of [...settlers.get(editor) ?? []]) settle();
}

/** Every mounted editor reports its pending changes now (each one's onChange runs before this returns). */
export function flushLiveEditors(): void {
  for (const editor of [...live]) {
    settleEditor(editor);
    // Commit updates Lexical has not committed yet (input handled in this same task): only committed
    // changes reach ChangePlugin's debounce. read() in its default mode commits them first.
    editor.read(() => undefined);
    editor.dispatchCommand(FLUSH_CHANGES_COMMAND, undefined);
  }
}
