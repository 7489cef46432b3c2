import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { doc, paragraph, text } from '../../shared/doc-build.ts';
import { loadReference } from '../../drafting/reference/load.ts';
import { rollReferenceFrom } from '../reference-adapter.ts';
import { checkStaleFacts } from './stale-facts.ts';
import { staleFactChecks } from './as-check.ts';

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

test('an English Chair finding proposes the name as the sentence needs it, its possessive included', () => {
  const f = check(["Viet Nam supported Malaysia's ASEAN Chairmanship in 2026.", 'In 2026, under the Chairmanship of Malaysia, ASEAN met.'], 2026, 'en');
  assert.deepEqual(f.filter((x) => x.kind === 'chair').map((x) => [x.found, x.proposal]), [["Malaysia's", "the Philippines'"], ['Malaysia', 'the Philippines']]);
  assert.deepEqual(check(["Viet Nam supported the Philippines' ASEAN Chairmanship in 2026."], 2026, 'en').filter((x) => x.kind === 'chair'), []);
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

test('every text finding says where its words are, and the check list offers the proposal as a fix', () => {
  const paragraphs = [
    'Bộ Lao động - Thương binh và Xã hội và Bộ Thông tin và Truyền thông đã chủ trì nhiều hoạt động năm 2024.',
    'tích cực ủng hộ Chủ tịch Malaysia trong năm ASEAN 2026 với chủ đề "Bao trùm và Bền vững".',
    'Hội nghị Cấp cao ASEAN lần thứ 46 và 47 đã thông qua nhiều văn kiện; Timor-Leste sẽ trở thành thành viên thứ 11.',
  ];
  const content = doc(paragraphs.map((p) => paragraph(p)));
  const found = checkStaleFacts(content, { year: 2026, lang: 'vi' }, ref);
  assert.ok(found.length >= 7, found.map((f) => f.kind).join(' '));
  for (const f of found) assert.equal(paragraphs[f.blockIndex]!.slice(f.at, f.at! + f.found.length), f.found, `${f.kind}: ${f.found}`);

  const reference = loadReference({ resourcesDir: resolve(import.meta.dirname, '../../..') }).data;
  const listed = staleFactChecks({ review: { id: 'r', title: 'Báo cáo', year: 2026, lang: 'vi', kind: 'report', fields: {} }, content, reference });
  const fixes = listed.filter((f) => f.fix).map((f) => [f.kind, f.fix!.found, f.fix!.replacement, paragraphs[f.target.blockIndex]!.slice(f.target.offset, f.target.offset! + f.target.length!)]);
  assert.deepEqual(fixes.filter(([k]) => k !== 'expired'), [
    ['ministry', 'Bộ Lao động - Thương binh và Xã hội', 'Bộ Nội vụ', 'Bộ Lao động - Thương binh và Xã hội'],
    ['ministry', 'Bộ Thông tin và Truyền thông', 'Bộ Khoa học và Công nghệ', 'Bộ Thông tin và Truyền thông'],
    ['chair', 'Malaysia', 'Phi-líp-pin', 'Malaysia'],
    ['theme', 'Bao trùm và Bền vững', 'Cùng chèo lái tương lai chung', 'Bao trùm và Bền vững'],
    ['summit', '46', '48', '46'],
    ['summit', '47', '49', '47'],
  ]);
  assert.ok(!listed.some((f) => f.kind === 'year' && f.fix), 'a year has no single right value to put in');
  assert.ok(listed.find((f) => f.kind === 'year')!.target.length === 4, 'but is highlighted');
});

test('the Chair is the country next to the word "Chủ tịch" / "Chair", not the subject of the sentence or the chair of a body', () => {
  const chairs = (p: string, lang: 'vi' | 'en' = 'vi') => check([p], 2026, lang).filter((f) => f.kind === 'chair').map((f) => f.found);
  assert.deepEqual(chairs('Việt Nam tích cực ủng hộ Chủ tịch Malaysia trong năm ASEAN 2026.'), ['Malaysia']);
  assert.deepEqual(chairs('Năm 2026, Việt Nam phối hợp chặt chẽ với Chủ tịch Phi-líp-pin.'), []);
  assert.deepEqual(chairs('Năm 2026, Việt Nam đảm nhiệm thành công vai trò Chủ tịch Nhóm Đặc trách Sáng kiến Liên kết ASEAN.'), []);
  assert.deepEqual(chairs('In 2026, Viet Nam served as Chair of the ASEAN Information Ministers\' Meeting.', 'en'), []);
  // Every way the templates and the articles name the Chair is still read as the Chair.
  assert.deepEqual(chairs('Năm 2026, Malaysia đảm nhận vai trò Chủ tịch ASEAN với chủ đề mới.'), ['Malaysia']);
  assert.deepEqual(chairs('phối hợp triển khai các ưu tiên của Năm Chủ tịch ASEAN 2026 của Malaysia.'), ['Malaysia']);
  assert.deepEqual(chairs('Phối hợp chặt chẽ với Malaysia, Chủ tịch ASEAN năm 2026, trong các ưu tiên.'), ['Malaysia']);
  assert.deepEqual(chairs('ủng hộ Malaysia hoàn thành tốt vai trò Chủ tịch ASEAN năm 2026.'), ['Malaysia']);
  assert.deepEqual(chairs('Under the Chairmanship of Malaysia in 2026, ASEAN stayed united.', 'en'), ['Malaysia']);
  assert.deepEqual(chairs('In 2026, Malaysia will chair ASEAN.', 'en'), ['Malaysia']);
});

test('an anniversary of the founding or of the accession that does not fit its year, in numbers or in words', () => {
  const ann = (p: string, lang: 'vi' | 'en' = 'vi') => check([p], 2026, lang).filter((f) => f.kind === 'anniversary').map((f) => [f.found, f.proposal ?? null]);
  // The 2025 article's sentence, rolled to 2026: 31 years is not three decades.
  assert.deepEqual(ann('Với Việt Nam, năm 2026 là dịp để cùng nhìn lại chặng đường ba thập kỷ đồng hành cùng ASEAN và định hình hướng đi cho thời gian tới.'), [['ba thập kỷ', null]]);
  assert.match(check(['Năm 2026, nhìn lại chặng đường ba thập kỷ đồng hành cùng ASEAN.'])[0]!.message.vi, /ứng với năm 2025, không phải năm 2026: Việt Nam gia nhập ASEAN năm 1995, năm 2026 là 31 năm/u);
  assert.deepEqual(ann('Năm 2026, kỷ niệm 30 năm Việt Nam gia nhập ASEAN.'), [['30', '31']]);
  assert.deepEqual(ann('In 2026, the 30th anniversary of Viet Nam joining ASEAN.', 'en'), [['30th', '31st']]);
  assert.deepEqual(ann('In 2026, Viet Nam looks back on three decades of its ASEAN membership.', 'en'), [['three decades', null]]);
  // Fits, rough, history, ahead, or not ASEAN's.
  assert.deepEqual(ann('Năm 2025 là dịp nhìn lại chặng đường ba thập kỷ đồng hành cùng ASEAN.'), []);
  assert.deepEqual(ann('Năm 2026, Việt Nam tiếp nối chặng đường hơn ba thập kỷ đồng hành cùng ASEAN.'), []);
  assert.deepEqual(ann('Năm 2017, kỷ niệm 50 năm thành lập ASEAN.'), []);
  assert.deepEqual(ann('Chuẩn bị kỷ niệm 60 năm thành lập ASEAN.'), [], 'no year written: next year’s, as orientations are');
  assert.deepEqual(ann('Năm 2026, kỷ niệm 35 năm quan hệ đối tác ASEAN - Trung Quốc.'), []);
});

test('each anniversary of a list is read for what it counts: Viet Nam’s membership “of ASEAN” is not ASEAN’s founding, another member’s accession is not Viet Nam’s', () => {
  const ann = (p: string, year: number, lang: 'vi' | 'en') => check([p], year, lang).filter((f) => f.kind === 'anniversary').map((f) => [f.found, f.proposal ?? null]);
  // The templates' outlook for 2030, as the fields write it: nothing to flag.
  assert.deepEqual(ann("In 2030, Viet Nam will chair ASEAN. 2030 also marks the 35th anniversary of Viet Nam's membership of ASEAN, the 15th anniversary of the ASEAN Community and the 5th anniversary of Timor-Leste's membership.", 2029, 'en'), []);
  assert.deepEqual(ann('Năm 2030 cũng là dịp kỷ niệm 35 năm Việt Nam gia nhập ASEAN, kỷ niệm 15 năm thành lập Cộng đồng ASEAN và kỷ niệm 5 năm Timor-Leste gia nhập ASEAN.', 2029, 'vi'), []);
  assert.deepEqual(ann('2027 marks the 60th anniversary of ASEAN and the 20th anniversary of the ASEAN Charter.', 2026, 'en'), []);
  // A wrong count is still flagged, each against its own base.
  assert.deepEqual(ann("2030 marks the 36th anniversary of Viet Nam's ASEAN membership and the 62nd anniversary of ASEAN.", 2029, 'en'), [['36th', '35th'], ['62nd', '63rd']]);
  assert.deepEqual(ann('Năm 2030 kỷ niệm 36 năm Việt Nam gia nhập ASEAN và 62 năm thành lập ASEAN.', 2029, 'vi'), [['36', '35'], ['62', '63']]);
});
