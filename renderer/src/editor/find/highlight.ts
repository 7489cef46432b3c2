// Painting text without touching it: the CSS Custom Highlight API over DOM ranges of the editor's text
// nodes. The find bar's matches and the check panel's jump use it, so looking never changes the document,
// the selection or the focus.
import type { LexicalEditor } from 'lexical';
import type { NodeMatch } from './documentFind.ts';

interface HighlightRegistry { set(name: string, value: unknown): void; delete(name: string): void }
type HighlightCtor = new (...ranges: Range[]) => unknown;

/** The registry and the constructor, or null where the browser has no highlight API. */
export function highlights(): { registry: HighlightRegistry; Highlight: HighlightCtor } | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (globalThis as { Highlight?: HighlightCtor }).Highlight;
  return css?.highlights && Highlight ? { registry: css.highlights, Highlight } : null;
}

function textNodeOf(element: HTMLElement | null): Text | null {
  if (!element) return null;
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  return walker.nextNode() as Text | null;
}

/** The DOM range of a match, or null when its nodes are not on screen. */
export function domRangeOf(editor: LexicalEditor, m: NodeMatch): Range | null {
  const start = textNodeOf(editor.getElementByKey(m.startKey));
  const end = textNodeOf(editor.getElementByKey(m.endKey));
  if (!start || !end) return null;
  try {
    const range = document.createRange();
    range.setStart(start, Math.min(m.startOffset, start.length));
    range.setEnd(end, Math.min(m.endOffset, end.length));
    return range;
  } catch {
    return null;
  }
}
