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

test("last year's Summits named as this year's are flagged with this year's proposed; history and next year's are not", () => {
  const f = check(['Hội nghị Cấp cao ASEAN lần thứ 46 và 47 đã thông qua nhiều văn kiện quan trọng.']);
  assert.deepEqual(f.filter((x) => x.kind === 'summit').map((x) => [x.found, x.proposal]), [['46', '48'], ['47', '49']]);
  assert.match(f[0]!.message.vi, /lần thứ 46 họp năm 2025, không phải năm 2026 \(năm 2026: lần thứ 48\)/u);
  const en = check(['The 46th and 47th ASEAN Summits adopted key documents.'], 2026, 'en');
  assert.deepEqual(en.filter((x) => x.kind === 'summit').map((x) => [x.found, x.proposal]), [['46th', '48th'], ['47th', '49th']]);
  assert.deepEqual(check(['Hội nghị Cấp cao ASEAN lần thứ 48 và 49 tại Cebu và Manila.']).filter((x) => x.kind === 'summit'), []);
  assert.deepEqual(check(['Tại Hội nghị Cấp cao ASEAN lần thứ 47 năm 2025, Timor-Leste đã gia nhập.']).filter((x) => x.kind === 'summit'), [], 'its year written');
  assert.deepEqual(check(['Hội nghị Cấp cao ASEAN lần thứ 47 diễn ra tháng 10/2025.']).filter((x) => x.kind === 'summit'), [], 'dated');
  assert.deepEqual(check(['Hội nghị Cấp cao ASEAN lần thứ 46 và 47 đã thông qua Tầm nhìn.'], 2025).filter((x) => x.kind === 'summit'), [], 'in the 2025 review');
});
