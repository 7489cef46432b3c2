// The mounted editors, so the shell can hand over changes still waiting in ChangePlugin's debounce
// (up to CHANGE_DEBOUNCE_MS of typing) before it saves: Ctrl+S, leaving the review, closing the window.
import { createCommand, type LexicalCommand, type LexicalEditor } from 'lexical';

/** Makes ChangePlugin report pending changes through onChange now (synchronously). */
export const FLUSH_CHANGES_COMMAND: LexicalCommand<void> = createCommand('RD_FLUSH_CHANGES');

const live = new Set<LexicalEditor>();

/** Registers a mounted editor; returns the unregister function. */
export function registerLiveEditor(editor: LexicalEditor): () => void {
  live.add(editor);
  return () => { live.delete(editor); };
}

/** Every mounted editor reports its pending changes now (each one's onChange runs before this returns). */
export function flushLiveEditors(): void {
  for (const editor of [...live]) {
    // Commit updates Lexical has not committed yet (input handled in this same task): only committed
    // changes reach ChangePlugin's debounce. read() in its default mode commits them first.
    editor.read(() => undefined);
    editor.dispatchCommand(FLUSH_CHANGES_COMMAND, undefined);
  }
}
