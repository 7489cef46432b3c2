// The search rows after autosaves that use the in-process copy of the rows (index-review.ts) are the rows
// a fresh index of the same content has, also after what must make the copy stale.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { createServices, type Services } from '../../services/index.ts';
import { tempDir } from '../../test/temp.ts';
import { doc, heading, paragraph } from '../../shared/doc-build.ts';
import type { DocBlock, DocState } from '../../shared/doc.ts';
import { selectIndexedBlocks } from '../../store/search.ts';
import { withTransaction } from '../../store/db.ts';
import { setSectionKey } from './service.ts';
import { indexReview } from './index-review.ts';

const blocks = (n: number): DocBlock[] => [
  heading(1, 'I. TÌNH HÌNH HỢP TÁC ASEAN NĂM 2025'),
  ...Array.from({ length: n }, (_, i) => paragraph(`Đoạn ${i + 1}: hợp tác ASEAN.`)),
  heading(1, 'II. PHƯƠNG HƯỚNG NĂM 2026'),
  paragraph('Tiếp tục.'),
];

/** The rows, without ids, in block order. */
const rowsOf = (s: Services, id: string) => selectIndexedBlocks(s.db, id)
  .map(({ blockIndex, section, text }) => ({ blockIndex, section, text }))
  .sort((a, b) => a.blockIndex - b.blockIndex);

/** The rows a library that never saw the review before gets for the same content. */
function freshRows(t: TestContext, content: DocState): ReturnType<typeof rowsOf> {
  const s = createServices({ dataDir: tempDir(t), mode: 'cli' });
  t.after(() => s.close());
  const id = s.reviews.create({ title: 'Báo cáo', year: 2025, lang: 'vi' }).id;
  s.reviews.save(id, content, 'manual');
  return rowsOf(s, id);
}

function edit(content: DocState, index: number, text: string): DocState {
  const children = [...content.root.children];
  children[index] = paragraph(text);
  return { ...content, root: { ...content.root, children } };
}

function splice(s: Services, id: string, content: DocState, index: number): void {
  const meta = s.reviews.getMeta(id);
  s.reviews.saveBlocks(id, { baseUpdatedAt: meta.updatedAt, start: index, deleteCount: 1, blocks: [content.root.children[index]!], blockCount: content.root.children.length }, 'autosave');
}

function setup(t: TestContext): { s: Services; id: string; content: DocState } {
  const s = createServices({ dataDir: tempDir(t), mode: 'cli' });
  t.after(() => s.close());
  const content = doc(blocks(40));
  const id = s.reviews.create({ title: 'Báo cáo', year: 2025, lang: 'vi' }).id;
  s.reviews.save(id, content, 'manual');
  return { s, id, content };
}

test('autosaves of edited, emptied, swapped and repeated blocks leave the rows a fresh index has', (t) => {
  const { s, id } = setup(t);
  let content = doc(blocks(40));
  const steps: [number, string][] = [[5, 'Đoạn 5 sửa'], [6, ''], [7, 'Đoạn 9: hợp tác ASEAN.'], [9, 'Đoạn 8: hợp tác ASEAN.'], [10, 'Đoạn 5 sửa'], [6, 'Đoạn 6 lại']];
  for (const [index, text] of steps) {
    content = edit(content, index, text);
    splice(s, id, content, index);
    assert.deepEqual(rowsOf(s, id), freshRows(t, content), `after block ${index} became "${text}"`);
  }
});

test('a section correction between two saves is not undone by the kept copy of the rows', (t) => {
  const { s, id, content } = setup(t);
  setSectionKey(s.db, id, 0, 'recommendations');
  const edited = edit(content, 3, 'Đoạn 3 sửa');
  splice(s, id, edited, 3);
  const sections = new Set(rowsOf(s, id).filter((r) => r.blockIndex >= 1 && r.blockIndex <= 40).map((r) => r.section));
  assert.deepEqual([...sections], ['recommendations']);
});

test('a save rolled back after indexing, and another connection’s writes, make the copy stale', (t) => {
  const { s, id, content } = setup(t);
  const rolledBack = edit(content, 4, 'Đoạn 4 bỏ');
  assert.throws(() => withTransaction(s.db, () => { splice(s, id, rolledBack, 4); throw new Error('later step failed'); }), /later step failed/);
  assert.deepEqual(rowsOf(s, id), freshRows(t, content));
  const kept = edit(content, 2, 'Đoạn 2 sửa');
  splice(s, id, kept, 2);
  assert.deepEqual(rowsOf(s, id), freshRows(t, kept));

  // The CLI, or a second window, writes the same library through its own connection.
  const other = createServices({ dataDir: s.options.dataDir, mode: 'cli' });
  const elsewhere = edit(kept, 8, 'Đoạn 8 từ nơi khác');
  other.reviews.save(id, elsewhere, 'manual');
  other.close();
  const next = edit(elsewhere, 9, 'Đoạn 9 sửa');
  s.reviews.save(id, next, 'autosave');
  assert.deepEqual(rowsOf(s, id), freshRows(t, next));
});

test('a save rolled back in the same millisecond as the indexing before it still makes the copy stale', (t) => {
  const { s, id, content } = setup(t);
  const at = '2026-12-02T04:00:00.000Z';
  indexReview(s.db, s.reviews.get(id), at);
  const rolledBack = edit(content, 4, 'Đoạn 4 bỏ');
  assert.throws(() => withTransaction(s.db, () => {
    indexReview(s.db, { ...s.reviews.get(id), content: rolledBack }, at); // the same clock reading
    throw new Error('later step failed');
  }), /later step failed/);
  const kept = edit(content, 2, 'Đoạn 2 sửa');
  splice(s, id, kept, 2);
  assert.deepEqual(rowsOf(s, id), freshRows(t, kept));
});
