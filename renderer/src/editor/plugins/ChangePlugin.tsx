// Hands the serialized (NFC) state to onChange after content changes, debounced: serializing a
// 3,000-paragraph document costs several ms, too much to do on every keystroke. The debounce has a
// maximum wait (CHANGE_MAX_WAIT_MS), so typing without a pause still reaches the autosaver, and onDirty
// runs on the first change of each batch, so the status says "Chưa lưu" from the first keystroke.
// Selection-only updates are ignored. Pending changes are flushed on FLUSH_CHANGES_COMMAND (sent to
// every mounted editor by flushLiveEditors(): Ctrl+S, leaving, closing the window) and on unmount, to the
// onChange of this document (the editor is re-created per documentKey).
import { useEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_CRITICAL, HISTORIC_TAG, HISTORY_MERGE_TAG } from 'lexical';
import type { DocState } from '../../../../electron/shared/doc.ts';
import { createIncrementalExport } from '../incrementalExport.ts';
import { completeLoad, isLoadPending } from '../progressiveLoad.ts';
import { FLUSH_CHANGES_COMMAND, registerLiveEditor, settleEditor } from '../liveEditors.ts';
import { CHANGE_DEBOUNCE_MS, CHANGE_MAX_WAIT_MS, createMaxWaitDebounce } from '../changeDebounce.ts';

export { FLUSH_CHANGES_COMMAND, CHANGE_DEBOUNCE_MS, CHANGE_MAX_WAIT_MS };

/** An update dirtying more elements than this has its blocks serialized again in idle time (not typing). */
const WARM_AFTER_BLOCKS = 16;
const WARM_SLICE_MS = 4;
const WARM_QUIET_MS = 40;

export function ChangePlugin({ onChange, onDirty, onBaseline }: { onChange(state: DocState): void; onDirty?(): void; onBaseline?(state: DocState): void }): null {
  const [editor] = useLexicalComposerContext();
  const onChangeRef = useRef(onChange);
  const onDirtyRef = useRef(onDirty);
  const onBaselineRef = useRef(onBaseline);
  useEffect(() => {
    onChangeRef.current = onChange;
    onDirtyRef.current = onDirty;
    onBaselineRef.current = onBaseline;
  });

  useEffect(() => {
    // Unchanged blocks are not serialized again on each save (see incrementalExport.ts).
    const serializer = createIncrementalExport();
    const debounce = createMaxWaitDebounce({
      waitMs: CHANGE_DEBOUNCE_MS,
      maxWaitMs: CHANGE_MAX_WAIT_MS,
      onStart: () => onDirtyRef.current?.(),
      onFire: () => {
        // Work still owed to the state (the rest of a field change); inside FLUSH_CHANGES_COMMAND (an
        // update) there is none: flushLiveEditors settled it before.
        settleEditor(editor);
        completeLoad(editor); // never hand over a review whose last blocks are still being mounted
        onChangeRef.current(serializer.export(editor.getEditorState()));
      },
    });
    const flush = () => debounce.flush();
    // Idle time after the review opened: serialize its blocks ahead of the first save; then, if nothing
    // changed meanwhile, that is the document as opened (the autosaver's first base, given once). After
    // an update that changed many blocks (a field changed all through the review, a paste), the same in
    // slices of at most WARM_SLICE_MS, so the save that follows does not serialize them all in one task,
    // and an input arriving meanwhile waits no longer than a slice.
    let idle: number | null = null;
    let changed = false;
    let baselineGiven = false;
    const warm = (sliceMs = Infinity) => {
      idle = requestIdleCallback((deadline) => {
        idle = null;
        const start = performance.now();
        const done = !isLoadPending(editor) && serializer.warm(editor.getEditorState(), () => deadline.timeRemaining() > 2 && performance.now() - start < sliceMs);
        if (!done) warm(sliceMs);
        else if (!changed && !baselineGiven) {
          baselineGiven = true;
          onBaselineRef.current?.(serializer.export(editor.getEditorState()));
        }
      }, { timeout: 3000 });
    };
    warm();
    let warmTimer: ReturnType<typeof setTimeout> | undefined;
    const unregister = mergeRegister(
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        serializer.invalidate(dirtyElements, dirtyLeaves, tags.has(HISTORIC_TAG));
        if (dirtyElements.size > WARM_AFTER_BLOCKS) {
          // Once such updates pause (a field change's off-screen chips are drawn over a few frames).
          clearTimeout(warmTimer);
          warmTimer = setTimeout(() => { if (idle === null) warm(WARM_SLICE_MS); }, WARM_QUIET_MS);
        }
        // Not user changes: the initial state being set, and the re-marking Lexical does when the root
        // element mounts or plugins register node transforms (tagged history-merge, as in OnChangePlugin).
        if (prevEditorState.isEmpty() || tags.has(HISTORY_MERGE_TAG)) return;
        changed = true;
        debounce.touch();
      }),
      editor.registerCommand(FLUSH_CHANGES_COMMAND, () => {
        flush();
        return false;
      }, COMMAND_PRIORITY_CRITICAL),
      registerLiveEditor(editor, flush),
    );
    return () => {
      if (idle !== null) cancelIdleCallback(idle);
      clearTimeout(warmTimer);
      flush();
      unregister();
    };
  }, [editor]);
  return null;
}
