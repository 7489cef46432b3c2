// Keeps document symbols as written in headings the editor shows in capitals: in an h1 (a Decree 30
// mục, CSS text-transform: uppercase) each symbol with a lower-case letter ("155/QĐ-TTg") is a
// DocumentSymbolNode, shown as written; anywhere else, and once the text is no longer a symbol, it is
// plain text again. Runs as node transforms, so a symbol typed, pasted, or brought in by a block-type
// change is cut out in the same update, and the caret stays where it was in the text. Lexical skips the
// node being composed (IME), and Backspace is never touched here (Unikey sends it).
import { $isHeadingNode } from '@lexical/rich-text';
import { $createTextNode, $getSelection, $isRangeSelection, $isTextNode, TextNode, type ElementNode, type LexicalEditor, type LexicalNode, type PointType } from 'lexical';
import { splitAtCapsSensitiveSymbols } from '../../../electron/shared/doc-symbols.ts';
import { $createDocumentSymbolNode, $isDocumentSymbolNode, DocumentSymbolNode } from './nodes/DocumentSymbolNode.ts';

/** Headings the editor draws in capitals (editor.css: .rd-h1). */
export function $isCapsHeading(node: LexicalNode | null): node is ElementNode {
  return $isHeadingNode(node) && node.getTag() === 'h1';
}

/** Plain text or a symbol run, in normal mode: the runs a symbol can be cut from or joined back into. */
function isRun(node: LexicalNode): node is TextNode {
  return $isTextNode(node) && (node.getType() === 'text' || $isDocumentSymbolNode(node)) && node.getMode() === 'normal';
}

const sameLook = (a: TextNode, b: TextNode) => a.getFormat() === b.getFormat() && a.getStyle() === b.getStyle() && a.getDetail() === b.getDetail();

/** The children of `parent` as groups of adjacent runs of the same format (a symbol never spans a format change). */
function runGroups(parent: ElementNode): TextNode[][] {
  const groups: TextNode[][] = [];
  let current: TextNode[] = [];
  for (const child of parent.getChildren()) {
    const last = current[current.length - 1];
    if (isRun(child) && (!last || sameLook(last, child))) { current.push(child); continue; }
    if (current.length > 0) groups.push(current);
    current = isRun(child) ? [child] : [];
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

interface Piece { text: string; symbol: boolean }

/** The group's pieces as they are now, adjacent plain runs counted as one (Lexical joins them). */
function currentPieces(group: TextNode[]): Piece[] {
  const pieces: Piece[] = [];
  for (const node of group) {
    const symbol = $isDocumentSymbolNode(node);
    const last = pieces[pieces.length - 1];
    if (last && !last.symbol && !symbol) last.text += node.getTextContent();
    else pieces.push({ text: node.getTextContent(), symbol });
  }
  return pieces.filter((p) => p.text !== '' || pieces.length === 1);
}

const samePieces = (a: Piece[], b: Piece[]) => a.length === b.length && a.every((p, i) => p.text === b[i]!.text && p.symbol === b[i]!.symbol);

/** Rebuilds `group` as `pieces`, keeping a selection point inside it at the same place in the text. */
function $rebuild(group: TextNode[], pieces: Piece[]): void {
  const selection = $getSelection();
  const points: PointType[] = $isRangeSelection(selection) ? [selection.anchor, selection.focus] : [];
  const starts: number[] = [];
  let length = 0;
  for (const node of group) { starts.push(length); length += node.getTextContentSize(); }
  const saved = points.map((point) => {
    const index = group.findIndex((node) => node.getKey() === point.key);
    return index < 0 || point.type !== 'text' ? null : starts[index]! + point.offset;
  });
  const model = group[0]!;
  const made = pieces.map((piece) => {
    const node = piece.symbol ? $createDocumentSymbolNode(piece.text) : $createTextNode(piece.text);
    return node.setFormat(model.getFormat()).setStyle(model.getStyle()).setDetail(model.getDetail());
  });
  for (const node of made) model.insertBefore(node);
  for (const node of group) node.remove();
  points.forEach((point, i) => {
    const at = saved[i];
    if (at === null || at === undefined) return;
    // The piece the offset falls in; at a boundary, the end of the piece before (typing goes on in it).
    let start = 0;
    for (const node of made) {
      const end = start + node.getTextContentSize();
      if (at <= end || node === made[made.length - 1]) { point.set(node.getKey(), Math.min(at - start, node.getTextContentSize()), 'text'); break; }
      start = end;
    }
  });
}

/** Cuts out (in a caps heading) or joins back (elsewhere) the symbol runs among `parent`'s children. */
export function $syncSymbolRuns(parent: ElementNode | null): void {
  if (parent === null) return;
  const caps = $isCapsHeading(parent);
  for (const group of runGroups(parent)) {
    const hasSymbolNode = group.some($isDocumentSymbolNode);
    if (!caps && !hasSymbolNode) continue;
    const text = group.map((node) => node.getTextContent()).join('');
    const wanted: Piece[] = caps ? splitAtCapsSensitiveSymbols(text) : [{ text, symbol: false }];
    if (!samePieces(currentPieces(group), wanted)) $rebuild(group, wanted);
  }
}

/** Registers the transforms; returns their removal. */
export function registerCapsSymbols(editor: LexicalEditor): () => void {
  const onText = (node: TextNode) => {
    // Only a plain run's parent can need a cut; most text is in paragraphs and stops here.
    if (node.getType() !== 'text' || !$isCapsHeading(node.getParent())) return;
    $syncSymbolRuns(node.getParent());
  };
  const unregisterText = editor.registerNodeTransform(TextNode, onText);
  const unregisterSymbol = editor.registerNodeTransform(DocumentSymbolNode, (node) => $syncSymbolRuns(node.getParent()));
  return () => { unregisterText(); unregisterSymbol(); };
}

/**
 * A field chip's text in a caps heading (a chip is one token, so it cannot hold a symbol node): the value
 * in capitals except its symbols, drawn with text-transform: none. Null when the value has no such symbol,
 * or when capitals would change its length (Lexical maps offsets in the chip's DOM text to the value's).
 */
export function capsChipText(value: string): string | null {
  const pieces = splitAtCapsSensitiveSymbols(value);
  if (!pieces.some((p) => p.symbol)) return null;
  const shown = pieces.map((p) => (p.symbol ? p.text : p.text.toLocaleUpperCase('vi'))).join('');
  return shown.length === value.length ? shown : null;
}
