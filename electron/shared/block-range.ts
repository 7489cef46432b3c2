// Where a stretch of a block's text (an offset into doc-build's blockText) lives in the block's tree: the
// leaves it covers, by child-index path. The check's findings carry offsets into the block text; the editor
// follows the paths into its own nodes (same shape: the document is the editor's serialization) to
// highlight the words on jump and to replace them when the user applies a proposal.
// The walk mirrors blockText; block-range.test.ts holds the two together over the sample library.

/** The part of a document node this needs: the editor's nodes and the stored JSON both fit. */
export interface TextTree {
  type: string;
  text?: string;
  children?: readonly TextTree[];
}

export interface TextLeaf {
  /** Child indexes from the block down to the leaf. */
  path: number[];
  type: string;
  start: number;
  end: number;
}

/** The leaves that make up blockText, in order; separators between list items and cells are gaps. */
export function blockLeaves(block: TextTree): TextLeaf[] {
  const out: TextLeaf[] = [];
  let at = 0;
  const leaf = (path: number[], type: string, length: number) => {
    out.push({ path, type, start: at, end: at + length });
    at += length;
  };
  const inline = (node: TextTree, path: number[]) => {
    if (node.type === 'linebreak') leaf(path, node.type, 1);
    else if (node.type === 'comment-mark') (node.children ?? []).forEach((c, i) => inline(c, [...path, i]));
    else if (node.type === 'field' && node.text === '') leaf(path, node.type, 1); // '…'
    else leaf(path, node.type, (node.text ?? '').length);
  };
  const walk = (node: TextTree, base: number[]) => {
    const children = node.children ?? [];
    switch (node.type) {
      case 'list':
        children.forEach((item, i) => {
          if (i > 0) at += 1; // '\n'
          (item.children ?? []).forEach((c, j) => (c.type === 'list' ? walk(c, [...base, i, j]) : inline(c, [...base, i, j])));
        });
        return;
      case 'table':
        children.forEach((row, r) => {
          if (r > 0) at += 1; // '\n'
          (row.children ?? []).forEach((cell, c) => {
            if (c > 0) at += 1; // '\t'
            (cell.children ?? []).forEach((b, k) => {
              if (k > 0) at += 1; // '\n'
              walk(b, [...base, r, c, k]);
            });
          });
        });
        return;
      case 'carry-checklist':
        return; // a widget: its items are not text the editor can select
      default:
        children.forEach((c, i) => inline(c, [...base, i]));
    }
  };
  walk(block, []);
  return out;
}

export interface TextPoint { path: number[]; offset: number }

/**
 * What a check's proposal may replace: plain text. A chip holds a field's value (changed in the Fields
 * panel), a roll-forward mark or a ministry's tracked change is settled by its own accept / reject.
 */
export const REPLACEABLE: ReadonlySet<string> = new Set(['text']);

/**
 * The stretch [start, start + length) as two points in text leaves, when every leaf it covers is one of
 * `types`, they follow each other with no gap (a separator, another kind of leaf) and are children of one
 * node (the editor replaces and paints runs of sibling text nodes); otherwise null.
 */
export function textRange(leaves: readonly TextLeaf[], start: number, length: number, types: ReadonlySet<string>): { from: TextPoint; to: TextPoint } | null {
  const end = start + length;
  if (length <= 0) return null;
  const first = leaves.findIndex((l) => l.start <= start && start < l.end);
  if (first < 0) return null;
  let last = first;
  while (leaves[last]!.end < end) {
    const next = leaves[last + 1];
    if (!next || next.start !== leaves[last]!.end) return null;
    last += 1;
  }
  for (let k = first; k <= last; k++) if (!types.has(leaves[k]!.type)) return null;
  const a = leaves[first]!;
  const b = leaves[last]!;
  if (a.path.slice(0, -1).join() !== b.path.slice(0, -1).join()) return null; // siblings only: not out of a comment
  return { from: { path: a.path, offset: start - a.start }, to: { path: b.path, offset: end - b.start } };
}
