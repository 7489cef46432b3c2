// The words a check finding is about, in the live editor: a top-level block and a stretch of its text
// (an offset into doc-build's blockText, as the check computed it over the exported content), found as
// text nodes through electron/shared/block-range.ts. Painted on jump; replaced when the user applies the
// proposal, only if the words are still the ones the check saw.
import { $getRoot, $isElementNode, HISTORY_PUSH_TAG, type LexicalEditor, type LexicalNode } from 'lexical';
import { blockLeaves, REPLACEABLE, textRange, type TextPoint, type TextTree } from '../../../../electron/shared/block-range.ts';
import { $replaceMatch, type NodeMatch } from '../find/documentFind.ts';

export interface TextSpan { blockIndex: number; offset: number; length: number }

/** What may be painted: text-like nodes (a chip, a pending change). */
const PAINTABLE: ReadonlySet<string> = new Set(['text', 'tab', 'field', 'roll-mark', 'review-change']);

function $tree(node: LexicalNode): TextTree {
  return $isElementNode(node) ? { type: node.getType(), children: node.getChildren().map($tree) } : { type: node.getType(), text: node.getTextContent() };
}

function $nodeAt(block: LexicalNode, point: TextPoint): LexicalNode | null {
  let node: LexicalNode | null = block;
  for (const i of point.path) node = $isElementNode(node) ? node.getChildAtIndex(i) : null;
  return node;
}

function $matchOf(span: TextSpan, types: ReadonlySet<string>): NodeMatch | null {
  const block = $getRoot().getChildAtIndex(span.blockIndex);
  if (!block) return null;
  const range = textRange(blockLeaves($tree(block)), span.offset, span.length, types);
  if (!range) return null;
  const start = $nodeAt(block, range.from);
  const end = $nodeAt(block, range.to);
  if (!start || !end) return null;
  return { startKey: start.getKey(), startOffset: range.from.offset, endKey: end.getKey(), endOffset: range.to.offset, text: '' };
}

/** The finding's words as a match to paint, or null (a widget's text, the block gone). */
export function paintableMatch(editor: LexicalEditor, span: TextSpan): NodeMatch | null {
  return editor.getEditorState().read(() => $matchOf(span, PAINTABLE));
}

/**
 * Puts `replacement` in place of `found` at each span, as one undo step; returns how many it replaced. A
 * span whose words are no longer `found` (typed over since the check ran) or are not plain text is left
 * as it is. Spans are located first and replaced last to first, so a replacement of another length does
 * not move the places still to do.
 */
export function replaceFindings(editor: LexicalEditor, spans: readonly TextSpan[], found: string, replacement: string): number {
  let replaced = 0;
  const text = replacement.normalize('NFC');
  editor.update(() => {
    const matches = spans.map((span) => $matchOf(span, REPLACEABLE));
    const order = spans.map((_, i) => i).sort((a, b) => spans[b]!.blockIndex - spans[a]!.blockIndex || spans[b]!.offset - spans[a]!.offset);
    for (const i of order) {
      const match = matches[i];
      if (match && $replaceMatch({ ...match, text: found }, text)) replaced += 1;
    }
  }, { tag: HISTORY_PUSH_TAG, discrete: true });
  return replaced;
}
