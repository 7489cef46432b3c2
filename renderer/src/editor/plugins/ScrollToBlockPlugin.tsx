// Scrolls top-level block `index` into the middle of the view and flashes it for ~2 s; with a `span` (a
// check finding's words), paints just those words instead, for a few seconds. Only a CSS class or a CSS
// highlight changes: the document, the selection and the focus are never touched (the check panel keeps
// the focus, as Word's Editor pane does).
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { completeLoad } from '../progressiveLoad.ts';
import { flushChipCatchUp } from '../drafting/fields.ts';
import { scrollElementIntoView } from '../windowing.ts';
import { paintableMatch } from '../drafting/findingText.ts';
import { domRangeOf, highlights } from '../find/highlight.ts';

export interface BlockTarget {
  index: number;
  nonce: number;
  /** The words to paint: an offset into the block's text and a length (electron/shared/block-range.ts). */
  span?: { offset: number; length: number };
}

export const FLASH_CLASS = 'rd-flash';
export const TARGET_HIGHLIGHT = 'rd-target';
const FLASH_MS = 2000;
const PAINT_MS = 4000;

export function ScrollToBlockPlugin({ target }: { target: BlockTarget | null | undefined }): null {
  const [editor] = useLexicalComposerContext();
  const index = target?.index;
  const nonce = target?.nonce;
  const offset = target?.span?.offset;
  const length = target?.span?.length;
  useEffect(() => {
    if (index === undefined) return;
    completeLoad(editor); // the block may be one not mounted yet
    flushChipCatchUp(editor); // drafting (issue 10): field chips off screen still showing their old value
    const key = editor.getEditorState().read(() => $getRoot().getChildAtIndex(index)?.getKey() ?? null);
    const element = key === null ? null : editor.getElementByKey(key);
    if (!element) return;
    // On a windowed review the blocks around the target are displayed first (windowing.ts); their real
    // sizes may move it a little in the next frames, so jump again once they are laid out.
    scrollElementIntoView(editor, element);
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => scrollElementIntoView(editor, element));
    });
    const paint = highlights();
    const match = offset !== undefined && length !== undefined && paint ? paintableMatch(editor, { blockIndex: index, offset, length }) : null;
    const range = match ? domRangeOf(editor, match) : null;
    if (paint && range) {
      paint.registry.set(TARGET_HIGHLIGHT, new paint.Highlight(range));
      const timer = setTimeout(() => paint.registry.delete(TARGET_HIGHLIGHT), PAINT_MS);
      return () => {
        cancelAnimationFrame(frame);
        clearTimeout(timer);
        paint.registry.delete(TARGET_HIGHLIGHT);
      };
    }
    element.classList.remove(FLASH_CLASS);
    void element.offsetWidth; // restart the animation when the same block is asked for again
    element.classList.add(FLASH_CLASS);
    const timer = setTimeout(() => element.classList.remove(FLASH_CLASS), FLASH_MS);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      element.classList.remove(FLASH_CLASS);
    };
  }, [editor, index, nonce, offset, length]);
  return null;
}
