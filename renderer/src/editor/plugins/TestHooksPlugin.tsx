// For end-to-end tests only: when the page sets `window.__rdTestHooks = true` (before the editor mounts,
// or later followed by a `rd:test-hooks` event), `window.__rdEditorState()` returns the editor's current
// serialized state (NFC), undebounced. Nothing is installed otherwise.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { DocState } from '../../../../electron/shared/doc.ts';
import { exportDocState } from '../exportState.ts';
import { completeLoad } from '../progressiveLoad.ts';

interface TestWindow {
  __rdTestHooks?: boolean;
  __rdEditorState?: () => DocState;
}

export function TestHooksPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const w = window as unknown as TestWindow;
    const hook = () => {
      completeLoad(editor);
      return exportDocState(editor.getEditorState());
    };
    const install = () => {
      if (w.__rdTestHooks) w.__rdEditorState = hook;
    };
    install();
    window.addEventListener('rd:test-hooks', install);
    return () => {
      window.removeEventListener('rd:test-hooks', install);
      if (w.__rdEditorState === hook) delete w.__rdEditorState;
    };
  }, [editor]);
  return null;
}
