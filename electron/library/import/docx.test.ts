// A .docx generated here with the `docx` library (styled headings, a hand-formatted bold "I." heading,
// Word bullets, "-"/"+" paragraphs, a table, an image) is imported and read back as DocState.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { tempDir, tempServices } from '../../test/temp.ts';
import type { DocBlock, DocInline, DocList } from '../../shared/doc.ts';
import { TEXT_FORMAT } from '../../shared/doc.ts';
import { blockText } from '../../shared/doc-build.ts';
import { runImport } from './jobs.ts';

// 1×1 transparent PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

function cell(text: string): TableCell {
  return new TableCell({ children: [new Paragraph(text)] });
}

async function sampleDocx(): Promise<Buffer> {
  const document = new Document({
    sections: [{
      children: [
        new Paragraph({ text: 'BÁO CÁO TỔNG KẾT HỢP TÁC ASEAN NĂM 2024', heading: HeadingLevel.HEADING_1 }),
        new Paragraph({ children: [new TextRun({ text: 'I. KẾT QUẢ HỢP TÁC', bold: true })] }),
        new Paragraph({ text: 'Tình hình chung', heading: HeadingLevel.HEADING_2 }),
        new Paragraph({ children: [new TextRun('Năm 2024, ASEAN đạt '), new TextRun({ text: 'nhiều kết quả', bold: true }), new TextRun(' quan trọng.')] }),
        new Paragraph({ children: [new TextRun({ text: '1. Về chính trị - an ninh', bold: true })] }),
        new Paragraph('a) Hợp tác quốc phòng'),
        new Paragraph({ children: [new TextRun({ text: 'Phương hướng năm 2025', bold: true })] }),
        new Paragraph({ text: 'Điểm thứ nhất', bullet: { level: 0 } }),
        new Paragraph({ text: 'Điểm lồng', bullet: { level: 1 } }),
        new Paragraph({ text: 'Điểm thứ hai', bullet: { level: 0 } }),
        new Paragraph('Các nhiệm vụ:'),
        new Paragraph('- Nhiệm vụ A'),
        new Paragraph('+ Việc A1'),
        new Paragraph('+ Việc A2'),
        new Paragraph('- Nhiệm vụ B'),
        new Table({ rows: [new TableRow({ children: [cell('Trụ cột'), cell('Số hoạt động')] }), new TableRow({ children: [cell('Kinh tế'), cell('12')] })] }),
        new Paragraph({ children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 10, height: 10 } })] }),
        new Paragraph('Hết.'),
      ],
    }],
  });
  return Packer.toBuffer(document);
}

type Shape = string | Shape[];

function listShape(list: DocList): Shape[] {
  return list.children.map((item) => {
    const nested = item.children.find((c): c is DocList => c.type === 'list');
    return nested ? listShape(nested) : item.children.map((c) => (c as DocInline & { text?: string }).text ?? '').join('');
  });
}

function shape(block: DocBlock): Shape {
  switch (block.type) {
    case 'heading': return `${block.tag} ${blockText(block)}`;
    case 'paragraph': return `p ${blockText(block)}`;
    case 'list': return [block.listType, ...listShape(block)];
    case 'table': return ['table', ...block.children.map((row) => row.children.map((c) => c.children.map(blockText).join('')))];
    case 'carry-checklist': return ['checklist', ...block.items.map((i) => i.text)]; // drafting (issue 10)
  }
}

test('a .docx round trip: headings by style and by shape, lists, a table, images dropped with a note', async (t) => {
  const s = tempServices(t);
  const path = join(tempDir(t), 'bao-cao-2024.docx');
  writeFileSync(path, await sampleDocx());
  const [outcome] = await runImport(s, [path]);
  assert.ok(outcome?.status === 'imported', JSON.stringify(outcome));
  assert.ok(outcome.notes.some((n) => n.en === '1 image(s) dropped (the library keeps text only).'), JSON.stringify(outcome.notes));
  const review = s.reviews.get(outcome.reviewId);
  assert.deepEqual(review.content.root.children.map(shape), [
    'h1 BÁO CÁO TỔNG KẾT HỢP TÁC ASEAN NĂM 2024',
    'h1 I. KẾT QUẢ HỢP TÁC',
    'h2 Tình hình chung',
    'p Năm 2024, ASEAN đạt nhiều kết quả quan trọng.',
    'h2 1. Về chính trị - an ninh',
    'h3 a) Hợp tác quốc phòng',
    'h2 Phương hướng năm 2025',
    ['bullet', 'Điểm thứ nhất', ['Điểm lồng'], 'Điểm thứ hai'],
    'p Các nhiệm vụ:',
    ['bullet', 'Nhiệm vụ A', ['Việc A1', 'Việc A2'], 'Nhiệm vụ B'],
    ['table', ['Trụ cột', 'Số hoạt động'], ['Kinh tế', '12']],
    'p Hết.',
  ]);
  // Bold inside a paragraph survives; a heading made from a bold line does not keep the bold bit.
  const para = review.content.root.children[3]!;
  assert.ok(para.type === 'paragraph' && para.children.some((c) => c.type === 'text' && c.text === 'nhiều kết quả' && c.format === TEXT_FORMAT.bold));
  const handHeading = review.content.root.children[1]!;
  assert.ok(handHeading.type === 'heading' && handHeading.children.every((c) => c.type !== 'text' || (c.format & TEXT_FORMAT.bold) === 0));
  // Metadata from a formal report: kind, year, title from the first heading.
  assert.equal(review.kind, 'report');
  assert.equal(review.year, 2024);
  assert.equal(review.lang, 'vi');
  assert.equal(review.title, 'BÁO CÁO TỔNG KẾT HỢP TÁC ASEAN NĂM 2024');
});
