import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, docText, paragraph } from '../shared/doc-build.ts';
import { listMarks, rollBlocks, settleMarks } from './marks.ts';
import { testReference as reference } from './testing/reference.ts';

const source = [paragraph('Trao đổi về các định hướng tham gia hợp tác ASEAN năm 2026, tiếp tục triển khai đến năm 2030 và Tầm nhìn Cộng đồng ASEAN 2045; năm 2025 là năm thành công.')];
const provenance = { reviewId: 'r2025', year: 2025, title: 'Họp liên ngành 2025', section: 'orientations', lang: 'vi' as const };

test('rolled blocks carry every change as a mark; accept all leaves clean text, reject restores', () => {
  const rolled = rollBlocks(source, { fromYear: 2025, toYear: 2026, reference }, provenance);
  const state = doc(rolled.blocks);
  const marks = listMarks(state);
  assert.deepEqual(marks.map((m) => [m.mark.oldText, m.mark.text]), [['2026', '2027'], ['2025', '2026']]);
  assert.deepEqual(rolled.blocks[0]!.type === 'paragraph' && rolled.blocks[0]!.$?.provenance, provenance);
  const accepted = settleMarks(state, 'accept');
  assert.equal(listMarks(accepted).length, 0);
  assert.equal(docText(accepted), 'Trao đổi về các định hướng tham gia hợp tác ASEAN năm 2027, tiếp tục triển khai đến năm 2030 và Tầm nhìn Cộng đồng ASEAN 2045; năm 2026 là năm thành công.');
  const p = accepted.root.children[0]!;
  assert.equal(p.type === 'paragraph' && p.children.length, 1, 'runs merged back into one');
  assert.equal(docText(settleMarks(state, 'reject')), docText(doc(source)));
});
