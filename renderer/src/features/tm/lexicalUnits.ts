// The document's text units in a live Lexical tree, in the same order as electron/shared/segments.ts
// walks the saved state (paragraphs and headings; list items, nested lists after their parent item;
// table cells' blocks), so a unit index means the same text on both sides. Call inside read/update.
import { $getRoot, $isElementNode, $isTextNode, type ElementNode, type LexicalNode, type PointType } from 'lexical';
import { $isListItemNode, $isListNode } from '@lexical/list';
import { $isTableCellNode, $isTableNode, $isTableRowNode } from '@lexical/table';

function walk(node: LexicalNode, out: (unit: ElementNode) => void): void {
  if ($isListNode(node)) {
    for (const item of node.getChildren()) {
      if (!$isListItemNode(item)) continue;
      out(item);
      for (const child of item.getChildren()) if ($isListNode(child)) walk(child, out);
    }
    return;
  }
  if ($isTableNode(node)) {
    for (const row of node.getChildren()) {
      if (!$isTableRowNode(row)) continue;
      for (const cell of row.getChildren()) {
        if (!$isTableCellNode(cell)) continue;
        for (const child of cell.getChildren()) walk(child, out);
      }
    }
    return;
  }
  if ($isElementNode(node)) out(node);
}

export function $units(): ElementNode[] {
  const units: ElementNode[] = [];
  for (const child of $getRoot().getChildren()) walk(child, (u) => units.push(u));
  return units;
}

/** The unit's inline children (a list item's nested list is a unit of its own). */
function inlineChildren(unit: ElementNode): LexicalNode[] {
  return unit.getChildren().filter((c) => !$isListNode(c));
}

export function $unitText(unit: ElementNode): string {
  return inlineChildren(unit).map((c) => c.getTextContent()).join('');
}

/** The unit holding a selection point and the point's offset in the unit's text, or null. */
export function $locatePoint(point: PointType): { unitIndex: number; offset: number; text: string } | null {
  const units = $units();
  const node = point.getNode();
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    const inlines = inlineChildren(unit);
    if (node.is(unit)) {
      // An element point: offset counts children.
      const before = inlines.slice(0, point.offset).map((c) => c.getTextContent()).join('');
      return { unitIndex: i, offset: before.length, text: $unitText(unit) };
    }
    let offset = 0;
    for (const child of inlines) {
      if (child.is(node) || ($isElementNode(child) && node.getParents().some((p) => p.is(child)))) {
        const inner = $isTextNode(node) ? point.offset : 0;
        return { unitIndex: i, offset: offset + inner, text: $unitText(unit) };
      }
      offset += child.getTextContent().length;
    }
  }
  return null;
}

/** The text node and offset at a character offset of a unit's text (for making a selection there). */
export function $pointAt(unit: ElementNode, offset: number): { key: string; offset: number; type: 'text' | 'element' } {
  let at = 0;
  const inlines = inlineChildren(unit);
  for (let k = 0; k < inlines.length; k++) {
    const child = inlines[k]!;
    const len = child.getTextContent().length;
    if ($isTextNode(child) && offset <= at + len) return { key: child.getKey(), offset: offset - at, type: 'text' };
    at += len;
    if (!$isTextNode(child) && offset <= at) return { key: unit.getKey(), offset: k + 1, type: 'element' };
  }
  return { key: unit.getKey(), offset: inlines.length, type: 'element' };
}
