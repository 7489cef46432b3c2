import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BLOCK, blocksFor, mergePage } from './useLibraryPages.ts';
import type { LibraryRow } from '../../../../electron/shared/library-page.ts';

const row = (id: string): LibraryRow => ({
  id, title: id, kind: 'report', lang: 'vi', year: 2025, status: 'draft', fields: {}, translationOf: null,
  createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', deletedAt: null, translations: [],
});

test('the blocks that cover a window of rows', () => {
  assert.deepEqual(blocksFor(0, 30), { first: 0, last: 0 });
  assert.deepEqual(blocksFor(BLOCK - 5, BLOCK + 5), { first: 0, last: 1 });
  assert.deepEqual(blocksFor(BLOCK, 2 * BLOCK), { first: 1, last: 1 }, 'the end is exclusive');
  assert.deepEqual(blocksFor(9_990, 10_000), { first: 99, last: 99 });
  assert.deepEqual(blocksFor(5, 5), { first: 0, last: 0 }, 'an empty window still names its block');
});

test('a refresh replaces the rows known; a block load adds to them', () => {
  const before = new Map([[0, row('a')], [1, row('b')], [250, row('far')]]);
  const fresh = mergePage(before, { offset: 0, rows: [row('b'), row('c')] }, true);
  assert.deepEqual([...fresh].map(([i, r]) => [i, r.id]), [[0, 'b'], [1, 'c']], 'rows from before the change are dropped');
  const added = mergePage(fresh, { offset: 200, rows: [row('x'), row('y')] }, false);
  assert.deepEqual([...added].map(([i, r]) => [i, r.id]), [[0, 'b'], [1, 'c'], [200, 'x'], [201, 'y']]);
  assert.equal(fresh.size, 2, 'the previous model is not changed');
});
