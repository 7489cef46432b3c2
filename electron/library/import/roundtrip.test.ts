// Export to Word, import the file back: the same text, block by block, the same structure and the same
// sections; the Decree 30 frame (header, BÁO CÁO, closing) comes back as fields, not as body text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isPhotoCaption } from './text.ts';
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { tempDir, tempServices } from '../../test/temp.ts';
import { importFile } from './pipeline.ts';
import { sampleBlocks } from '../../docx/testing/sample-review.ts';
import { blockText, doc, paragraph } from '../../shared/doc-build.ts';
import type { DocBlock, DocState } from '../../shared/doc.ts';
import type { Services } from '../../services/index.ts';
import { listSections } from '../search/service.ts';

const shape = (block: DocBlock) => (block.type === 'heading' ? block.tag : block.type === 'list' ? block.listType : block.type);
const blocksOf = (state: DocState) => state.root.children.map((b) => [shape(b), blockText(b)]);
const sectionsOf = (services: Services, id: string) => listSections(services.db, id).map((s) => [s.key, s.blockStart, s.blockEnd]);

async function roundTrip(t: Parameters<typeof tempServices>[0], content: DocState) {
  const services = tempServices(t);
  const original = services.reviews.create({ title: 'Báo cáo tổng kết tình hình hợp tác ASEAN năm 2025 và phương hướng năm 2026', year: 2025, lang: 'vi', content });
  const settings = {
    ...services.export.settingsFor(original.id),
    parentAgency: 'BỘ NGOẠI GIAO', agency: 'VỤ ASEAN', number: '05/BC-VASEAN', date: '2025-12-20',
    addressees: ['Lãnh đạo Bộ'], distribution: ['Như trên', 'Lưu: VT, VASEAN'],
    signingAuthority: ['KT. VỤ TRƯỞNG', 'PHÓ VỤ TRƯỞNG'], signerName: 'Nguyễn Thị Hằng',
  };
  const file = join(tempDir(t), 'bao-cao-2025.docx');
  await services.export.docx(original.id, settings, file);
  const outcome = await importFile(services, file);
  assert.equal(outcome.status, 'imported', JSON.stringify(outcome));
  const back = services.reviews.get(outcome.status === 'imported' ? outcome.reviewId : '');
  return { services, original: services.reviews.get(original.id), back };
}

test('a report with headings, lists and tables survives export and import', async (t) => {
  const { services, original, back } = await roundTrip(t, doc(sampleBlocks()));
  assert.deepEqual(blocksOf(back.content), blocksOf(original.content));
  assert.deepEqual(sectionsOf(services, back.id), sectionsOf(services, original.id));
  assert.equal(back.title, original.title);
  assert.equal(back.year, 2025);
  assert.equal(back.kind, 'report');
  assert.equal(back.fields.agency, 'VỤ ASEAN');
  assert.equal(back.fields.parentAgency, 'BỘ NGOẠI GIAO');
  assert.equal(back.fields.docNumber, '05/BC-VASEAN');
  assert.equal(back.fields.docDate, '2025-12-20');
  assert.equal(back.fields.addressees, 'Lãnh đạo Bộ');
  assert.equal(back.fields.signerName, 'Nguyễn Thị Hằng');
  assert.equal(back.fields.signingAuthority, 'KT. VỤ TRƯỞNG\nPHÓ VỤ TRƯỞNG');
  // Exporting the imported report again starts from its own frame (not from the latest export of
  // another office's review), with a fresh number.
  const other = services.reviews.create({ title: 'Khác', year: 2025, lang: 'vi' });
  const otherSettings = { ...services.export.settingsFor(other.id), agency: 'VỤ HỢP TÁC QUỐC TẾ', parentAgency: 'BỘ CÔNG THƯƠNG', signerName: 'Trần Văn B', addressees: [] };
  await services.export.docx(other.id, otherSettings, join(tempDir(t), 'other.docx'));
  const again = services.export.settingsFor(back.id);
  assert.deepEqual(
    [again.agency, again.parentAgency, again.addressees, again.distribution, again.signingAuthority, again.signerName, again.number],
    ['VỤ ASEAN', 'BỘ NGOẠI GIAO', ['Lãnh đạo Bộ'], ['Như trên', 'Lưu: VT, VASEAN'], ['KT. VỤ TRƯỞNG', 'PHÓ VỤ TRƯỞNG'], 'Nguyễn Thị Hằng', ''],
  );
});

test('an article (the 2025 review meeting) keeps its paragraphs and its sections, orientations included', async (t) => {
  const seed = readFileSync(join(import.meta.dirname, '..', '..', '..', 'data', 'samples', '002_a06ca1df537d2285.txt'), 'utf8');
  const paragraphs = seed.replace(/^\s*date \S+\s*/u, '').split(/\n\s*\n|\n/u).map((p) => p.trim()).filter(Boolean);
  const { services, original, back } = await roundTrip(t, doc(paragraphs.map((p) => paragraph(p))));
  // The web photo caption comes back as its own kind (issue 8 item 11); everything else as it was.
  const expected = blocksOf(original.content).map(([type, value]) => [isPhotoCaption(String(value)) ? 'photo-caption' : type, value]);
  assert.deepEqual(blocksOf(back.content), expected);
  assert.equal(expected.filter(([type]) => type === 'photo-caption').length, 1);
  const sections = sectionsOf(services, back.id);
  assert.deepEqual(sections, sectionsOf(services, original.id));
  assert.ok(sections.some(([key]) => key === 'orientations'), JSON.stringify(sections));
});

test('a hand-made report that starts with "BÁO CÁO" and its summary line takes the summary as its title', async (t) => {
  const services = tempServices(t);
  const file = join(tempDir(t), 'bao-cao-tay.txt');
  writeFileSync(file, [
    'BÁO CÁO',
    'Tổng kết tình hình hợp tác ASEAN năm 2024 và phương hướng năm 2025',
    'Kính gửi:',
    '- Lãnh đạo Bộ;',
    '- Văn phòng Chính phủ.',
    'I. KẾT QUẢ HỢP TÁC ASEAN NĂM 2024',
    'Năm 2024, ASEAN tiếp tục duy trì đoàn kết và vai trò trung tâm.',
  ].join('\n'));
  const outcome = await importFile(services, file);
  assert.equal(outcome.status, 'imported', JSON.stringify(outcome));
  const review = services.reviews.get(outcome.status === 'imported' ? outcome.reviewId : '');
  assert.equal(review.title, 'Tổng kết tình hình hợp tác ASEAN năm 2024 và phương hướng năm 2025');
  assert.equal(review.year, 2024);
  assert.equal(review.kind, 'report');
  assert.equal(review.fields.addressees, 'Lãnh đạo Bộ\nVăn phòng Chính phủ');
  assert.deepEqual(blocksOf(review.content).map(([kind]) => kind), ['h1', 'paragraph']);
});
