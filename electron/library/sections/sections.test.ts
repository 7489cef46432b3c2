import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tempServices } from '../../test/temp.ts';
import type { Services } from '../../services/index.ts';
import type { DocState } from '../../shared/doc.ts';
import { blockText, doc, heading, list, paragraph } from '../../shared/doc-build.ts';
import type { Section, SectionKey } from '../../shared/sections.ts';
import { listSections, setSectionKey } from '../search/service.ts';
import { seedDoc } from './testing/seed-docs.ts';

const YEARS: Record<string, number> = { '000': 2023, '001': 2016, '002': 2025, '003': 2023, '004': 2025 };

function sectionsOf(services: Services, prefix: string): { sections: Section[]; content: DocState; id: string } {
  const content = seedDoc(prefix);
  const id = services.reviews.create({ title: `Seed ${prefix}`, year: YEARS[prefix]!, lang: prefix === '003' ? 'en' : 'vi', content }).id;
  return { sections: listSections(services.db, id), content: services.reviews.get(id).content, id };
}

/** The key of the section holding the first block whose text matches. */
function keyOf(sections: Section[], content: DocState, pattern: RegExp): SectionKey {
  const index = content.root.children.findIndex((b) => pattern.test(blockText(b)));
  assert.ok(index >= 0, `no block matches ${pattern}`);
  const section = sections.find((s) => s.blockStart <= index && index < s.blockEnd);
  assert.ok(section, `block ${index} is in no section`);
  return section.key;
}

test('every seed is cut into contiguous sections covering all blocks, opening with the meeting', (t) => {
  const services = tempServices(t);
  for (const prefix of Object.keys(YEARS)) {
    const { sections, content } = sectionsOf(services, prefix);
    assert.ok(sections.length >= 1, prefix);
    assert.equal(sections[0]!.key, 'meeting', prefix);
    assert.equal(sections[0]!.blockStart, 0);
    assert.equal(sections.at(-1)!.blockEnd, content.root.children.length, prefix);
    sections.forEach((s, i) => {
      assert.equal(s.ordinal, i);
      assert.ok(s.blockEnd > s.blockStart);
      if (i > 0) assert.equal(s.blockStart, sections[i - 1]!.blockEnd, `${prefix} gap before section ${i}`);
    });
  }
});

test('seed 002 (2025): the orientations for 2026 land in the orientations section', (t) => {
  const services = tempServices(t);
  const { sections, content } = sectionsOf(services, '002');
  assert.equal(keyOf(sections, content, /^Trao đổi về các định hướng tham gia hợp tác ASEAN năm 2026/), 'orientations');
  // "Bên cạnh đó, tiếp tục … Kết luận số 59-KL/TW" continues the orientations, it is not a policy update.
  assert.equal(keyOf(sections, content, /^Bên cạnh đó, tiếp tục quán triệt/), 'orientations');
  // The lede mentions "phương hướng năm 2026" at its end: still the meeting.
  assert.equal(keyOf(sections, content, /Đặng Hoàng Giang đã chủ trì/), 'meeting');
  assert.equal(keyOf(sections, content, /^Đánh giá kết quả hợp tác ASEAN trong năm qua/), 'asean-results');
  assert.equal(keyOf(sections, content, /^Với Việt Nam, năm 2025/), 'vn-participation');
  // A photo caption mid-article does not open a meeting section.
  assert.notEqual(keyOf(sections, content, /\(Ảnh: An Đăng\/TTXVN\)/), 'meeting');
});

test('seeds 000 (vi) and 003 (en), the same text in two languages, get the same keys', (t) => {
  const services = tempServices(t);
  const vi = sectionsOf(services, '000');
  const en = sectionsOf(services, '003');
  const expected: SectionKey[] = ['meeting', 'asean-results', 'vn-participation', 'asean-results', 'vn-participation', 'policy', 'orientations', 'closing'];
  assert.deepEqual(vi.sections.map((s) => s.key), expected);
  assert.deepEqual(en.sections.map((s) => s.key), expected);
  assert.equal(keyOf(vi.sections, vi.content, /Kết luận số 59-KL\/TW ngày 8\/8\/2023/), 'policy');
  assert.equal(keyOf(vi.sections, vi.content, /Quy chế 142/), 'policy');
  assert.equal(keyOf(en.sections, en.content, /Regulation 142/), 'policy');
  assert.equal(keyOf(vi.sections, vi.content, /^Phát biểu bế mạc/), 'closing');
  assert.equal(keyOf(en.sections, en.content, /^Along with that is the successful organization/), 'closing');
});

test('seed 001 (2016): the priorities for 2017 and their "+" items are orientations', (t) => {
  const services = tempServices(t);
  const { sections, content } = sectionsOf(services, '001');
  assert.equal(keyOf(sections, content, /^Năm 2016, Việt Nam tiếp tục tham gia/), 'vn-participation');
  assert.equal(keyOf(sections, content, /^Cuộc họp nhận định năm 2017/), 'orientations');
  assert.equal(keyOf(sections, content, /^\+ Tích cực tham gia và tổ chức các hoạt động kỷ niệm 50 năm/), 'orientations');
});

test('a review with headings is split at its headings, keys from heading words or the parent', (t) => {
  const services = tempServices(t);
  const content = doc([
    heading(1, 'BÁO CÁO TỔNG KẾT HỢP TÁC ASEAN NĂM 2025'),
    paragraph('Ngày 9/12/2025, Thứ trưởng chủ trì cuộc họp liên ngành.'),
    heading(1, 'I. TÌNH HÌNH HỢP TÁC ASEAN NĂM 2025'),
    heading(2, '1. Trụ cột Chính trị - An ninh'),
    paragraph('Nội dung.'),
    heading(2, '2. Trụ cột Kinh tế'),
    paragraph('Nội dung.'),
    heading(2, '3. Trụ cột Văn hóa - Xã hội'),
    list('bullet', ['Nội dung.']),
    heading(2, '4. Một số điểm khác'),
    paragraph('Nội dung.'),
    heading(1, 'II. SỰ THAM GIA CỦA VIỆT NAM'),
    paragraph('Nội dung.'),
    heading(1, 'III. PHƯƠNG HƯỚNG NĂM 2026'),
    paragraph('Nội dung.'),
    heading(1, 'IV. TỔ CHỨC THỰC HIỆN'),
    paragraph('Đề nghị các bộ, ngành triển khai.'),
  ]);
  const id = services.reviews.create({ title: 'Có đề mục', year: 2025, lang: 'vi', content }).id;
  const sections = listSections(services.db, id);
  assert.deepEqual(sections.map((s) => [s.key, s.title]), [
    ['meeting', 'BÁO CÁO TỔNG KẾT HỢP TÁC ASEAN NĂM 2025'],
    ['asean-results', 'I. TÌNH HÌNH HỢP TÁC ASEAN NĂM 2025'],
    ['pillar-political-security', '1. Trụ cột Chính trị - An ninh'],
    ['pillar-economic', '2. Trụ cột Kinh tế'],
    ['pillar-socio-cultural', '3. Trụ cột Văn hóa - Xã hội'],
    ['asean-results', '4. Một số điểm khác'],
    ['vn-participation', 'II. SỰ THAM GIA CỦA VIỆT NAM'],
    ['orientations', 'III. PHƯƠNG HƯỚNG NĂM 2026'],
    ['closing', 'IV. TỔ CHỨC THỰC HIỆN'],
  ]);
  assert.deepEqual(sections.map((s) => s.blockStart), [0, 2, 3, 5, 7, 9, 11, 13, 15]);
});

test('a corrected key survives re-saves that move, grow and edit the section', (t) => {
  const services = tempServices(t);
  const { sections, content, id } = sectionsOf(services, '002');
  const target = sections.find((s) => s.key === 'vn-participation')!;
  setSectionKey(services.db, id, target.ordinal, 'connectivity');

  // 1. Re-save with a paragraph inserted at the top: the section moves down by one block.
  const blocks = [paragraph('Ghi chú của người soạn.'), ...content.root.children];
  services.reviews.save(id, doc(blocks), 'autosave');
  let now = listSections(services.db, id);
  let moved = now.find((s) => s.corrected)!;
  assert.equal(moved.key, 'connectivity');
  assert.equal(moved.blockStart, target.blockStart + 1);
  assert.equal(moved.title, target.title);
  assert.equal(now.filter((s) => s.corrected).length, 1);

  // 2. Re-save with the section's first paragraph rewritten (new title, same start).
  const first = moved.blockStart;
  blocks[first] = paragraph('Với Việt Nam, năm 2025 đánh dấu ba mươi năm tham gia ASEAN.');
  services.reviews.save(id, doc(blocks), 'manual');
  now = listSections(services.db, id);
  moved = now.find((s) => s.corrected)!;
  assert.equal(moved.key, 'connectivity');
  assert.equal(moved.blockStart, first);
  assert.notEqual(moved.title, target.title);
  // Other sections are still detected, not corrected.
  assert.ok(now.some((s) => s.key === 'orientations' && !s.corrected));
  // The search rows of that range carry the corrected key.
  const rows = services.db.prepare('SELECT DISTINCT section FROM search_blocks WHERE review_id = ? AND block_index >= ? AND block_index < ?')
    .all(id, moved.blockStart, moved.blockEnd) as { section: string }[];
  assert.deepEqual(rows.map((r) => r.section), ['connectivity']);

  // 3. Deleting the whole section drops the correction (the text it named is gone).
  services.reviews.save(id, doc([...blocks.slice(0, moved.blockStart), ...blocks.slice(moved.blockEnd)]), 'manual');
  assert.ok(listSections(services.db, id).every((s) => !s.corrected));
});

test('a numbered first heading opens a section; it is not taken for the title', (t) => {
  const services = tempServices(t);
  const content = doc([
    heading(1, 'I. KẾT QUẢ HỢP TÁC ASEAN NĂM 2025'),
    paragraph('Nội dung.'),
    heading(1, 'II. PHƯƠNG HƯỚNG NĂM 2026'),
    paragraph('Nội dung.'),
  ]);
  const id = services.reviews.create({ title: 'Đánh số', year: 2025, lang: 'vi', content }).id;
  assert.deepEqual(listSections(services.db, id).map((s) => [s.key, s.blockStart, s.blockEnd]), [
    ['asean-results', 0, 2],
    ['orientations', 2, 4],
  ]);
});
