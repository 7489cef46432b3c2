// Focus the document when a review is opened (created, picked in the library or from a search hit), as a
// word processor does: the caret goes to the start, or to the start of the block a search hit points at,
// without scrolling away from where ScrollToBlockPlugin put the view.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, SKIP_SCROLL_INTO_VIEW_TAG } from 'lexical';
import { completeLoad } from '../progressiveLoad.ts';

export function AutoFocusPlugin({ enabled, blockIndex }: { enabled: boolean; blockIndex: number | undefined }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (!enabled) return;
    // Another control took focus on purpose meanwhile (a dialog, the search box): leave it there.
    const active = document.activeElement;
    if (active && active !== document.body && active.closest('dialog, input, textarea, select')) return;
    if (blockIndex !== undefined) completeLoad(editor);
    editor.getRootElement()?.focus({ preventScroll: true });
    editor.update(() => {
      const root = $getRoot();
      const block = blockIndex === undefined ? null : root.getChildAtIndex(blockIndex);
      if (block) block.selectStart();
      else root.selectStart();
    }, { tag: SKIP_SCROLL_INTO_VIEW_TAG });
    // Once per mounted editor (a new review or a reload makes a new one).
  }, [editor]);
  return null;
}
