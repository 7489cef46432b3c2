import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blockSplice } from './blockSplice.ts';
import type { DocState } from '../../../../electron/shared/doc.ts';
import { doc, paragraph } from '../../../../electron/shared/doc-build.ts';

/** Applies a splice as the store does (electron/services/reviews.ts saveBlocks). */
function apply(prev: DocState, next: DocState): DocState['root']['children'] | null {
  const splice = blockSplice(prev, next);
  if (!splice) return null;
  const children = prev.root.children;
  const out = children.slice(0, splice.start).concat(splice.blocks, children.slice(splice.start + splice.deleteCount));
  assert.equal(out.length, splice.blockCount);
  return out;
}

const base = doc(['A', 'B', 'C', 'D', 'E', 'F'].map((t) => paragraph(t)));
const withChildren = (children: DocState['root']['children']): DocState => ({ root: { ...base.root, children } });

test('a changed, an inserted and a removed block: the splice holds only those', () => {
  const [a, b, c, d, e, f] = base.root.children;
  const changed = paragraph('C, sửa');
  for (const next of [[a, b, changed, d, e, f], [a, b, c, paragraph('mới'), d, e, f], [a, b, d, e, f], [paragraph('đầu'), a, b, c, d, e, f], [a, b, c, d, e, f, paragraph('cuối')]]) {
    const state = withChildren(next as DocState['root']['children']);
    assert.deepEqual(apply(base, state), state.root.children);
    assert.ok(blockSplice(base, state)!.blocks.length <= 1);
  }
  assert.deepEqual(blockSplice(base, withChildren([a, b, changed, d, e, f] as DocState['root']['children'])), { start: 2, deleteCount: 1, blocks: [changed], blockCount: 6 });
  assert.deepEqual(blockSplice(base, base), { start: 6, deleteCount: 0, blocks: [], blockCount: 6 });
});

test('equal text is not identity: blocks re-made (a reload, a recovered draft) make it a whole save', () => {
  assert.equal(blockSplice(base, doc(['A', 'B', 'C', 'D', 'E', 'F'].map((t) => paragraph(t)))), null);
  const rootChanged = { root: { ...base.root, direction: 'rtl' } } as unknown as DocState;
  assert.equal(blockSplice(base, rootChanged), null);
});
