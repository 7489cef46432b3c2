// What changed between two saves of the same draft, as one splice of top-level blocks: the editor's
// serializer keeps unchanged blocks as the same objects (incrementalExport.ts), so the common start and
// end are found by identity, without comparing text. While a user types that is one block, where the whole
// 200-page review is 1.4 MB.
import type { DocBlock, DocState } from '../../../../electron/shared/doc.ts';

export interface BlockSplice {
  start: number;
  deleteCount: number;
  blocks: DocBlock[];
  /** Blocks in `next`. */
  blockCount: number;
}

function sameRootFields(a: DocState['root'], b: DocState['root']): boolean {
  const fieldsA = Object.entries(a).filter(([key]) => key !== 'children');
  const fieldsB = Object.entries(b).filter(([key]) => key !== 'children');
  return fieldsA.length === fieldsB.length && fieldsA.every(([key, value]) => (b as unknown as Record<string, unknown>)[key] === value);
}

/**
 * The splice that turns `prev`'s blocks into `next`'s, or null when sending `next` whole is as good:
 * the root's own fields changed, or more than half of the blocks are new.
 */
export function blockSplice(prev: DocState, next: DocState): BlockSplice | null {
  if (!sameRootFields(prev.root, next.root)) return null;
  const a = prev.root.children;
  const b = next.root.children;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) { endA--; endB--; }
  const blocks = b.slice(start, endB);
  if (blocks.length > b.length / 2) return null;
  return { start, deleteCount: endA - start, blocks, blockCount: b.length };
}
