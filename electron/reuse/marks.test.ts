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

test("a past review's field chips become text and roll with the sentence (no 2025 chip left in a 2026 draft)", () => {
  const field = (name: string, value: string) => ({ type: 'field' as const, version: 1 as const, name, text: value, confirmed: true, format: 0, style: '', mode: 'token' as const, detail: 0 });
  const text = (t: string) => ({ type: 'text' as const, version: 1 as const, text: t, format: 0, style: '', mode: 'normal' as const, detail: 0 });
  const p = paragraph('');
  const withFields = { ...p, children: [text('Năm '), field('year', '2025'), text(' là năm Việt Nam tích cực đóng góp, tròn '), field('vnYears', '30'), text(' năm gia nhập ASEAN.')] };
  const rolled = rollBlocks([withFields], { fromYear: 2025, toYear: 2026, reference }, provenance);
  const block = rolled.blocks[0]!;
  assert.ok(block.type === 'paragraph');
  assert.equal(block.children.filter((c) => c.type === 'field').length, 0, 'no field chip kept');
  const marks = listMarks(doc(rolled.blocks)).map((m) => [m.mark.oldText, m.mark.text]);
  assert.ok(marks.some(([o, n]) => o === '2025' && n === '2026'), `year marked: ${JSON.stringify(marks)}`);
  assert.equal(docText(settleMarks(doc(rolled.blocks), 'reject')), 'Năm 2025 là năm Việt Nam tích cực đóng góp, tròn 30 năm gia nhập ASEAN.');
});
