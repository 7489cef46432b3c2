// Markdown, HTML and plain-text conversion to DocState, through real files and the real library.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir, tempServices } from '../../test/temp.ts';
import type { DocBlock } from '../../shared/doc.ts';
import { TEXT_FORMAT } from '../../shared/doc.ts';
import { blockText } from '../../shared/doc-build.ts';
import type { Services } from '../../services/index.ts';
import type { TestContext } from 'node:test';
import { runImport } from './jobs.ts';

async function importOne(t: TestContext, s: Services, name: string, content: string) {
  const path = join(tempDir(t), name);
  writeFileSync(path, content);
  const [outcome] = await runImport(s, [path]);
  assert.ok(outcome?.status === 'imported', JSON.stringify(outcome));
  return { outcome, review: s.reviews.get(outcome.reviewId) };
}

function kinds(blocks: DocBlock[]): string[] {
  return blocks.map((b) => (b.type === 'heading' ? b.tag : b.type === 'list' ? `${b.listType}:${b.children.length}` : b.type));
}

test('markdown: headings, nested lists, a simple table, inline bold; images dropped with a note', async (t) => {
  const s = tempServices(t);
  const { outcome, review } = await importOne(t, s, 'note.md', [
    '# Báo cáo năm 2022',
    '',
    'Đoạn mở đầu có **chữ đậm** và *nghiêng*.',
    '',
    '## Kết quả',
    '',
    '- Một',
    '  - Một chấm một',
    '- Hai',
    '',
    '1. Thứ nhất',
    '2. Thứ hai',
    '',
    '| Trụ cột | Số |',
    '|---|---|',
    '| Kinh tế | 5 |',
    '',
    '![ảnh](x.png)',
  ].join('\n'));
  const blocks = review.content.root.children;
  assert.deepEqual(kinds(blocks), ['h1', 'paragraph', 'h2', 'bullet:3', 'number:2', 'table']);
  assert.ok(blocks[1]!.type === 'paragraph' && blocks[1]!.children.some((c) => c.type === 'text' && c.text === 'chữ đậm' && c.format === TEXT_FORMAT.bold));
  const table = blocks[5]!;
  assert.ok(table.type === 'table' && table.children[0]!.children[0]!.headerState === 1);
  assert.equal(blockText(table), 'Trụ cột\tSố\nKinh tế\t5');
  assert.ok(outcome.status === 'imported' && outcome.notes.some((n) => n.en.startsWith('1 image')));
  assert.equal(review.year, 2022);
});

test('html: structure kept, scripts/nav/footer and chrome lines dropped', async (t) => {
  const s = tempServices(t);
  const { review } = await importOne(t, s, 'page.html', `<!doctype html><html><head><title>x</title><script>alert(1)</script></head><body>
    <nav><a href="/">Trang chủ</a> <a>Tin tức</a></nav>
    <h2>Hội nghị tổng kết năm 2021</h2>
    <p>Ngày 10/12/2021 tại Hà Nội, Thứ trưởng Nguyễn Văn An chủ trì hội nghị.</p>
    <div><p><b>II. PHƯƠNG HƯỚNG</b></p><p>- Việc một</p><p>+ Chi tiết</p></div>
    <ul><li>Mục <i>một</i><ul><li>Mục con</li></ul></li><li>Mục hai</li></ul>
    <table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td><ul><li>hai</li></ul></td></tr></table>
    <p>© 2021 Báo Thế giới</p>
    <footer>Liên hệ</footer></body></html>`);
  const blocks = review.content.root.children;
  assert.deepEqual(kinds(blocks), ['h2', 'paragraph', 'h1', 'bullet:2', 'bullet:3', 'table']);
  const text = blocks.map(blockText).join('\n');
  for (const gone of ['alert', 'Trang chủ', '©', 'Liên hệ']) assert.ok(!text.includes(gone), gone);
  const table = blocks[5]!;
  assert.ok(table.type === 'table' && table.children[0]!.children[0]!.headerState === 1);
  assert.equal(table.type === 'table' && table.children[1]!.children[1]!.children[0]!.type, 'list');
  assert.equal(review.fields.meetingDate, '2021-12-10');
  assert.equal(review.fields.chairName, 'Nguyễn Văn An');
});

test('plain text: "I./1./a)" headings, "-"/"+" lists, hard-wrapped paragraphs joined', async (t) => {
  const s = tempServices(t);
  const { review } = await importOne(t, s, 'ghi-chu.txt', [
    'I. KẾT QUẢ NĂM 2019',
    '',
    'Năm 2019 ASEAN tiếp tục',
    'phát triển mạnh mẽ.',
    '',
    '1. Chính trị - an ninh',
    'a) Quốc phòng',
    '- Nhiệm vụ một',
    '+ Việc nhỏ',
    '- Nhiệm vụ hai',
  ].join('\n'));
  const blocks = review.content.root.children;
  assert.deepEqual(kinds(blocks), ['h1', 'paragraph', 'h2', 'h3', 'bullet:3']);
  assert.equal(blockText(blocks[1]!), 'Năm 2019 ASEAN tiếp tục phát triển mạnh mẽ.');
});

test('english text is detected as en', async (t) => {
  const s = tempServices(t);
  const { review } = await importOne(t, s, 'en.txt', 'On December 5, 2019, Deputy Minister Nguyen Quoc Dung chaired the inter-sectoral meeting to review ASEAN cooperation in 2019 and orientations for 2020. Some 90 delegates attended.');
  assert.equal(review.lang, 'en');
  assert.equal(review.year, 2019);
  assert.equal(review.fields.meetingDate, '2019-12-05');
  assert.equal(review.fields.chairName, 'Nguyen Quoc Dung');
  assert.equal(review.fields.delegates, 90);
});

test('html: absurd colspan/rowspan values are bounded, so the review can be edited and exported', async (t) => {
  const s = tempServices(t);
  const { review } = await importOne(t, s, 'bang.html', '<p>Bảng tổng hợp kết quả hợp tác năm 2024</p>'
    + '<table><tr><td colspan="300000000">Gộp</td></tr><tr><td rowspan="-4">A</td><td rowspan="2.5">B</td></tr></table>');
  const table = review.content.root.children.find((b) => b.type === 'table');
  assert.ok(table && table.type === 'table');
  const [first, second] = table.children;
  assert.equal(first?.children[0]?.colSpan, 63);
  assert.deepEqual(second?.children.map((c) => c.rowSpan), [1, 1]);
  const exported = await s.export.docx(review.id, s.export.settingsFor(review.id), join(tempDir(t), 'bang.docx'));
  assert.ok(exported.bytes > 0);
});

test('plain text: a short first line is the title, even when the body names the meeting', async (t) => {
  const s = tempServices(t);
  const { review } = await importOne(t, s, 'notes.txt', [
    'Báo cáo tổng kết hợp tác ASEAN năm 2022 của Bộ Công Thương',
    '',
    'Ngày 15 tháng 12 năm 2022, Bộ Ngoại giao tổ chức Hội nghị liên ngành tổng kết tình hình hợp tác ASEAN.',
  ].join('\n'));
  assert.equal(review.title, 'Báo cáo tổng kết hợp tác ASEAN năm 2022 của Bộ Công Thương');
  // With no headline, the meeting named in the text is the title.
  const { review: bare } = await importOne(t, s, 'bare.txt',
    'Ngày 15 tháng 12 năm 2021, Bộ Ngoại giao tổ chức Hội nghị liên ngành tổng kết tình hình hợp tác ASEAN năm 2021. Các bộ đã tham dự.');
  assert.equal(bare.title, 'Hội nghị liên ngành tổng kết tình hình hợp tác ASEAN năm 2021');
});
