// Windows a long review's DOM (see windowing.ts): the window follows scrolling (in the next frame),
// blocks added or removed by Lexical (in the next frame, before it is painted), and the caret (in the
// update that moved it).
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { attachWindow, detachWindow, followSelection, GAP_ATTR, OFF_ATTR, WINDOW_MIN_BLOCKS } from '../windowing.ts';

/** Whether a change of the root's children can leave a block out of place (next to a hidden one, or a
 *  gap gone), or starts the window (many blocks at once: a long review's rest mounted, a paste, an undo).
 *  Lexical adds blocks one by one: a record per block. */
function needsUpdate(records: MutationRecord[]): boolean {
  let added = 0;
  for (const record of records) {
    added += record.addedNodes.length;
    for (const node of record.addedNodes) {
      if (!(node instanceof Element)) continue;
      if (node.previousElementSibling?.hasAttribute(OFF_ATTR) || node.nextElementSibling?.hasAttribute(OFF_ATTR)) return true;
    }
    for (const node of record.removedNodes) {
      if (node instanceof Element && (node.hasAttribute(OFF_ATTR) || node.hasAttribute(GAP_ATTR))) return true;
    }
  }
  return added > 20;
}

export function WindowingPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let detach: () => void = () => undefined;
    const attach = (root: HTMLElement | null) => {
      detach();
      detach = () => undefined;
      const scroller = root?.closest<HTMLElement>('.rd-scroller');
      if (!root || !scroller) return;
      const win = attachWindow(root, scroller);
      const schedule = () => win.schedule();
      const observer = new MutationObserver((records) => {
        if (needsUpdate(records) || (!win.isActive() && root.children.length >= WINDOW_MIN_BLOCKS)) win.schedule();
      });
      observer.observe(root, { childList: true });
      scroller.addEventListener('scroll', schedule, { passive: true });
      const view = root.ownerDocument.defaultView;
      view?.addEventListener('resize', schedule);
      win.schedule();
      detach = () => {
        observer.disconnect();
        scroller.removeEventListener('scroll', schedule);
        view?.removeEventListener('resize', schedule);
        detachWindow(root);
      };
    };
    return mergeRegister(
      editor.registerRootListener((root) => attach(root)),
      () => detach(),
      // The IME owns the caret's block while it composes; that block is displayed already.
      editor.registerUpdateListener(({ tags }) => { if (!editor.isComposing()) followSelection(editor, tags); }),
    );
  }, [editor]);
  return null;
}
