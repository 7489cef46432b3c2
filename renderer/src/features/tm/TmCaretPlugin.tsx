// Inside the editor: reports where the caret is (unit, offset, the unit's text) to the translation
// panel, off the typing path (debounced, read-only), and hands the panel a controller that replaces
// a sentence's text (taking a match) as one undoable edit.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createRangeSelection, $getSelection, $isRangeSelection, $setSelection } from 'lexical';
import { $locatePoint, $pointAt, $unitText, $units } from './lexicalUnits.ts';
import { locateSegments } from '../../../../electron/shared/segments.ts';
import type { SegmentView } from '../../../../electron/shared/tm.ts';
import { scrollElementIntoView } from '../../editor/windowing.ts';

export interface CaretInfo { unitIndex: number; offset: number; text: string }

export interface TmEditorController {
  /** Replaces characters [start, end) of unit `unitIndex` with `text`; false when the unit is gone. */
  replace(unitIndex: number, start: number, end: number, text: string): boolean;
  /** Selects `sentence` in unit `unitIndex` (its start when the text changed), scrolls there, focuses. */
  selectSentence(unitIndex: number, sentence: string): boolean;
}

const CARET_DEBOUNCE_MS = 200;

/** Highlight names (app CSS: ::highlight(tm-fuzzy), ::highlight(tm-none)). */
const HIGHLIGHTS = { fuzzy: 'tm-fuzzy', none: 'tm-none' } as const;

export function TmCaretPlugin(props: { onCaret(info: CaretInfo | null): void; onReady(controller: TmEditorController | null): void; segments?: readonly SegmentView[] }) {
  const [editor] = useLexicalComposerContext();
  const { onCaret, onReady, segments } = props;

  // The version's sentences not yet reviewed, marked in the text: fuzzy pre-fills and sentences left
  // to translate, as CSS highlights (no change to the document or its DOM).
  useEffect(() => {
    const registry = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
    if (!registry || typeof Highlight === 'undefined' || !segments?.length) return;
    const pending = segments.filter((s) => s.status === 'pending' && s.kind !== 'exact');
    const paint = () => {
      const ranges: Record<'fuzzy' | 'none', Range[]> = { fuzzy: [], none: [] };
      editor.getEditorState().read(() => {
        const units = $units();
        const byUnit = new Map<number, SegmentView[]>();
        for (const s of segments) { const l = byUnit.get(s.unitIndex); if (l) l.push(s); else byUnit.set(s.unitIndex, [s]); }
        for (const [unitIndex, list] of byUnit) {
          const unit = units[unitIndex];
          if (!unit || !list.some((s) => pending.includes(s))) continue;
          const spans = locateSegments($unitText(unit), list.map((s) => s.targetText));
          spans.forEach((span, k) => {
            const seg = list[k]!;
            if (!span || !pending.includes(seg)) return;
            const a = $pointAt(unit, span.start);
            const b = $pointAt(unit, span.end);
            const startNode = editor.getElementByKey(a.key)?.firstChild;
            const endNode = editor.getElementByKey(b.key)?.firstChild;
            if (a.type !== 'text' || b.type !== 'text' || !startNode || !endNode) return;
            try {
              const range = document.createRange();
              range.setStart(startNode, Math.min(a.offset, startNode.textContent?.length ?? 0));
              range.setEnd(endNode, Math.min(b.offset, endNode.textContent?.length ?? 0));
              ranges[seg.kind === 'fuzzy' ? 'fuzzy' : 'none'].push(range);
            } catch { /* a node the DOM does not show yet: left unmarked */ }
          });
        }
      });
      registry.set(HIGHLIGHTS.fuzzy, new Highlight(...ranges.fuzzy));
      registry.set(HIGHLIGHTS.none, new Highlight(...ranges.none));
    };
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unregister = editor.registerUpdateListener(() => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(paint, CARET_DEBOUNCE_MS);
    });
    paint();
    return () => {
      unregister();
      if (timer) clearTimeout(timer);
      registry.delete(HIGHLIGHTS.fuzzy);
      registry.delete(HIGHLIGHTS.none);
    };
  }, [editor, segments]);

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
        // The taken match is edited next, as in a translation tool: the text has the focus again.
        if (done) editor.focus();
        return done;
      },
      selectSentence(unitIndex, sentence) {
        let done = false;
        editor.update(() => {
          const unit = $units()[unitIndex];
          if (!unit) return;
          const at = $unitText(unit).indexOf(sentence);
          const start = at >= 0 ? at : 0;
          const end = at >= 0 ? at + sentence.length : 0;
          const a = $pointAt(unit, start);
          const b = $pointAt(unit, end);
          const selection = $createRangeSelection();
          selection.anchor.set(a.key, a.offset, a.type);
          selection.focus.set(b.key, b.offset, b.type);
          $setSelection(selection);
          done = true;
          const key = unit.getKey();
          queueMicrotask(() => scrollElementIntoView(editor, editor.getElementByKey(key)));
        });
        if (done) editor.focus();
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
