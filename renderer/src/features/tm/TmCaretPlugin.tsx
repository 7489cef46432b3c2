// Inside the editor: reports where the caret is (unit, offset, the unit's text) to the translation
// panel, off the typing path (debounced, read-only), and hands the panel a controller that replaces
// a sentence's text (taking a match) as one undoable edit.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createRangeSelection, $getSelection, $isRangeSelection, $setSelection } from 'lexical';
import { $locatePoint, $pointAt, $units } from './lexicalUnits.ts';

export interface CaretInfo { unitIndex: number; offset: number; text: string }

export interface TmEditorController {
  /** Replaces characters [start, end) of unit `unitIndex` with `text`; false when the unit is gone. */
  replace(unitIndex: number, start: number, end: number, text: string): boolean;
}

const CARET_DEBOUNCE_MS = 200;

export function TmCaretPlugin(props: { onCaret(info: CaretInfo | null): void; onReady(controller: TmEditorController | null): void }) {
  const [editor] = useLexicalComposerContext();
  const { onCaret, onReady } = props;

  useEffect(() => {
    onReady({
      replace(unitIndex, start, end, text) {
        let done = false;
        editor.update(() => {
          const unit = $units()[unitIndex];
          if (!unit) return;
          const a = $pointAt(unit, start);
          const b = $pointAt(unit, end);
          const selection = $createRangeSelection();
          selection.anchor.set(a.key, a.offset, a.type);
          selection.focus.set(b.key, b.offset, b.type);
          $setSelection(selection);
          selection.insertText(text);
          done = true;
        });
        return done;
      },
    });
    return () => onReady(null);
  }, [editor, onReady]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const report = () => {
      timer = null;
      editor.getEditorState().read(() => {
        const selection = $getSelection();
        onCaret($isRangeSelection(selection) ? $locatePoint(selection.anchor) : null);
      });
    };
    const unregister = editor.registerUpdateListener(() => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(report, CARET_DEBOUNCE_MS);
    });
    report();
    return () => { unregister(); if (timer) clearTimeout(timer); };
  }, [editor, onCaret]);

  return null;
}
