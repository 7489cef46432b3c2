import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { doc, paragraph, text } from '../../shared/doc-build.ts';
import { loadReference } from '../../drafting/reference/load.ts';
import { rollReferenceFrom } from '../reference-adapter.ts';
import { checkStaleFacts } from './stale-facts.ts';

const ref = rollReferenceFrom(loadReference({ resourcesDir: resolve(import.meta.dirname, '../../..') }).data);
const check = (paragraphs: string[], year = 2026, lang: 'vi' | 'en' = 'vi') => checkStaleFacts(doc(paragraphs.map((p) => paragraph(p))), { year, lang }, ref);

test('a pre-2025 ministry name in a 2026 draft is flagged with the current name proposed', () => {
  const f = check(['Bộ Lao động - Thương binh và Xã hội đã chủ trì nhiều hoạt động.']);
  assert.deepEqual(f.map((x) => [x.kind, x.found, x.proposal]), [['ministry', 'Bộ Lao động - Thương binh và Xã hội', 'Bộ Nội vụ']]);
  assert.deepEqual(check(['Bộ Lao động - Thương binh và Xã hội đã chủ trì.'], 2024), [], 'not before the renames');
});

test('"Chủ tịch Malaysia trong năm ASEAN 2026" is flagged: the Chair for 2026 is the Philippines', () => {
  const f = check(['tích cực ủng hộ Chủ tịch Malaysia trong năm ASEAN 2026.']);
  assert.deepEqual(f.map((x) => [x.kind, x.found, x.proposal]), [['chair', 'Malaysia', 'Phi-líp-pin']]);
  assert.deepEqual(check(['tích cực ủng hộ Chủ tịch Phi-líp-pin trong năm ASEAN 2026.']), []);
});

test('years that do not fit, a wrong theme, the SOM head, facts past their time, pending marks', () => {
  const f = check([
    'Trao đổi về phương hướng năm 2026, kết quả năm 2024, đến năm 2030; Kết luận số 59-KL/TW ngày 8/8/2023.',
    'phối hợp Chủ tịch Phi-líp-pin năm 2026 với chủ đề "Bao trùm và Bền vững".',
    'Thứ trưởng Đỗ Hùng Việt, Trưởng SOM ASEAN Việt Nam, năm 2024 đã chủ trì.',
    'Timor-Leste sẽ trở thành thành viên thứ 11; tiếp tục triển khai các Kế hoạch tổng thể xây dựng Cộng đồng 2025.',
  ]);
  const kinds = f.map((x) => `${x.kind}:${x.found}`);
  assert.ok(kinds.includes('year:2024'), kinds.join(' | '));
  assert.ok(!kinds.some((k) => k.startsWith('year:2026') || k.startsWith('year:2030') || k.startsWith('year:2023')), kinds.join(' | '));
  assert.ok(kinds.includes('theme:Bao trùm và Bền vững'), kinds.join(' | '));
  assert.ok(!kinds.some((k) => k.startsWith('title:')), 'Đỗ Hùng Việt did hold it in 2024');
  assert.ok(kinds.some((k) => k.startsWith('expired:Timor-Leste sẽ trở thành')), kinds.join(' | '));
  assert.ok(kinds.some((k) => k.startsWith('expired:Kế hoạch tổng thể')), kinds.join(' | '));
  const som = check(['Thứ trưởng Đỗ Hùng Việt, Trưởng SOM ASEAN Việt Nam, chủ trì cuộc họp.'], 2025);
  assert.deepEqual(som.filter((x) => x.kind === 'title').map((x) => x.proposal), ['Đặng Hoàng Giang']);
  // The template's opening sentence names next year's orientations before the chair: the SOM head is
  // checked for the review's year (2026), not for 2027, which the reference cannot know.
  const opening = check(['Bộ Ngoại giao đã tổ chức Cuộc họp tổng kết năm 2026 và phương hướng năm 2027 do Thứ trưởng Bộ Ngoại giao, Trưởng SOM ASEAN Việt Nam Đặng Hoàng Giang chủ trì.'], 2026);
  assert.ok(!opening.some((x) => x.message.vi.includes('2027')), JSON.stringify(opening.map((x) => x.message.vi)));
  assert.ok(!opening.some((x) => x.kind === 'title'), 'Đặng Hoàng Giang heads the SOM at the end of 2026 by the reference');
  const marked = checkStaleFacts(doc([paragraph([text('năm '), { ...text('2027'), type: 'roll-mark', oldText: '2026', rule: 'orientation-year' }])]), { year: 2026, lang: 'vi' }, ref);
  assert.deepEqual(marked.map((x) => [x.kind, x.found, x.proposal]), [['pending-mark', '2026', '2027']]);
});
