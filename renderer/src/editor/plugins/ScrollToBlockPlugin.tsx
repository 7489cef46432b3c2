// Scrolls top-level block `index` into the middle of the view and flashes it for ~2 s. Only a CSS
// class on the DOM element changes: the document itself is never touched.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { completeLoad } from '../progressiveLoad.ts';
import { flushChipCatchUp } from '../drafting/fields.ts';
import { scrollElementIntoView } from '../windowing.ts';

export const FLASH_CLASS = 'rd-flash';
const FLASH_MS = 2000;

export function ScrollToBlockPlugin({ target }: { target: { index: number; nonce: number } | null | undefined }): null {
  const [editor] = useLexicalComposerContext();
  const index = target?.index;
  const nonce = target?.nonce;
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
    element.classList.remove(FLASH_CLASS);
    void element.offsetWidth; // restart the animation when the same block is asked for again
    element.classList.add(FLASH_CLASS);
    const timer = setTimeout(() => element.classList.remove(FLASH_CLASS), FLASH_MS);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      element.classList.remove(FLASH_CLASS);
    };
  }, [editor, index, nonce]);
  return null;
}
