// Mounts the rest of a long review after its first screen (see progressiveLoad.ts), and appends it at
// once before the first input or a print.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { SerializedLexicalNode } from 'lexical';
import { completeLoad, startProgressiveLoad } from '../progressiveLoad.ts';

const INPUT_EVENTS = ['keydown', 'beforeinput', 'compositionstart', 'paste', 'drop', 'cut'] as const;

export function ProgressiveLoadPlugin({ rest, container }: { rest: SerializedLexicalNode[]; container: () => HTMLElement | null }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (rest.length === 0) return;
    const cancel = startProgressiveLoad(editor, rest);
    const complete = () => completeLoad(editor);
    // A click in the text only moves the caret; a toolbar button changes the document.
    const onToolbar = (event: MouseEvent) => { if ((event.target as Element | null)?.closest?.('.rd-toolbar')) complete(); };
    // Capture on the editor's container: before Lexical's own handlers on the content element.
    const box = container();
    for (const type of INPUT_EVENTS) box?.addEventListener(type, complete, true);
    box?.addEventListener('mousedown', onToolbar, true);
    window.addEventListener('beforeprint', complete);
    return () => {
      cancel();
      for (const type of INPUT_EVENTS) box?.removeEventListener(type, complete, true);
      box?.removeEventListener('mousedown', onToolbar, true);
      window.removeEventListener('beforeprint', complete);
    };
  }, [editor]); // once per editor: `rest` belongs to the document it was created with
  return null;
}
