// Hands the serialized (NFC) state to onChange after content changes, debounced: serializing a
// 3,000-paragraph document costs several ms, too much to do on every keystroke.
// Selection-only updates are ignored. Pending changes are flushed on FLUSH_CHANGES_COMMAND (sent to
// every mounted editor by flushLiveEditors(): Ctrl+S, leaving, closing the window) and on unmount, to the
// onChange of this document (the editor is re-created per documentKey).
import { useEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_CRITICAL, HISTORY_MERGE_TAG } from 'lexical';
import type { DocState } from '../../../../electron/shared/doc.ts';
import { exportDocState } from '../exportState.ts';
import { completeLoad } from '../progressiveLoad.ts';
import { FLUSH_CHANGES_COMMAND, registerLiveEditor } from '../liveEditors.ts';

export { FLUSH_CHANGES_COMMAND };
export const CHANGE_DEBOUNCE_MS = 150;

export function ChangePlugin({ onChange }: { onChange(state: DocState): void }): null {
  const [editor] = useLexicalComposerContext();
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const flush = () => {
      if (timer === null) return;
      clearTimeout(timer);
      timer = null;
      completeLoad(editor); // never hand over a review whose last blocks are still being mounted
      onChangeRef.current(exportDocState(editor.getEditorState()));
    };
    const unregister = mergeRegister(
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        // Not user changes: the initial state being set, and the re-marking Lexical does when the root
        // element mounts or plugins register node transforms (tagged history-merge, as in OnChangePlugin).
        if (prevEditorState.isEmpty() || tags.has(HISTORY_MERGE_TAG)) return;
        if (timer !== null) clearTimeout(timer);
        timer = setTimeout(flush, CHANGE_DEBOUNCE_MS); // flush runs only while `timer` is set
      }),
      editor.registerCommand(FLUSH_CHANGES_COMMAND, () => {
        flush();
        return false;
      }, COMMAND_PRIORITY_CRITICAL),
      registerLiveEditor(editor),
    );
    return () => {
      flush();
      unregister();
    };
  }, [editor]);
  return null;
}
