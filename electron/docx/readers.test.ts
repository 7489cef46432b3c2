// Independent readers: python-docx opens the file and finds the same structure; LibreOffice converts
// it to PDF whose text keeps every Vietnamese diacritic, with the page count expected.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { paragraph } from '../shared/doc-build.ts';
import { exportDocx } from './build.ts';
import { QUOC_HIEU, TIEU_NGU } from './decree30.ts';
import { DIACRITIC_SENTENCE, SAMPLE_SETTINGS, sampleBlocks, sampleReview } from './testing/sample-review.ts';
import { findSoffice, libreOfficeRenderer, pdfPageCount } from '../export/pdf.ts';

const PYTHON = '/usr/bin/python3';
const pythonDocx = existsSync(PYTHON) && (() => {
  try { execFileSync(PYTHON, ['-c', 'import docx'], { stdio: 'ignore' }); return true; } catch { return false; }
})();
const soffice = findSoffice();
const pdftotext = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((p) => existsSync(p));

function temp(t: TestContext): string {
  const dir = mkdtempSync(join(tmpdir(), 'rd-docx-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const DUMP = `
import sys, json, docx
d = docx.Document(sys.argv[1])
s = d.sections[0]
print(json.dumps({
  "paragraphs": [{"text": p.text, "style": p.style.name} for p in d.paragraphs],
  "tables": [[[c.text for c in r.cells] for r in t.rows] for t in d.tables],
  "section": {"width": s.page_width.twips, "height": s.page_height.twips, "top": s.top_margin.twips,
              "bottom": s.bottom_margin.twips, "left": s.left_margin.twips, "right": s.right_margin.twips,
              "first_page_different": s.different_first_page_header_footer},
  "styles": sorted(st.name for st in d.styles),
}, ensure_ascii=False))
`;

interface Dump {
  paragraphs: { text: string; style: string }[];
  tables: string[][][];
  section: Record<string, number | boolean>;
  styles: string[];
}

test('python-docx opens the export and finds the same structure', { skip: pythonDocx ? false : `skipped: ${PYTHON} with python-docx (Debian python3-docx) is not installed` }, async (t) => {
  const file = join(temp(t), 'báo cáo.docx');
  writeFileSync(file, await exportDocx(sampleReview(), SAMPLE_SETTINGS));
  const dump = JSON.parse(execFileSync(PYTHON, ['-c', DUMP, file], { encoding: 'utf8' })) as Dump;
  assert.deepEqual(dump.section, { width: 11906, height: 16838, top: 1134, bottom: 1134, left: 1701, right: 850, first_page_different: true });
  const headings = dump.paragraphs.filter((p) => p.style.startsWith('Heading'));
  assert.deepEqual(headings.map((h) => [h.style, h.text]), [
    ['Heading 1', 'I. Kết quả hợp tác ASEAN năm 2025'],
    ['Heading 2', '1. Trụ cột Chính trị - An ninh'],
    ['Heading 3', 'a) Các hội nghị cấp cao'],
    ['Heading 1', 'II. Phương hướng năm 2026'],
  ]);
  assert.ok(dump.paragraphs.some((p) => p.text === DIACRITIC_SENTENCE && p.style === 'Normal'));
  assert.equal(dump.paragraphs.filter((p) => p.style === 'List Paragraph').length, 8);
  assert.ok(dump.styles.includes('Table Text') && dump.styles.includes('Normal'));
  assert.equal(dump.tables.length, 3, 'header, body table, closing');
  const [header, body, closing] = dump.tables as [string[][], string[][], string[][]];
  assert.match(header[0]![0]!, /BỘ NGOẠI GIAO\s+VỤ ASEAN/);
  assert.ok(header[0]![1]!.startsWith(`${QUOC_HIEU}\n${TIEU_NGU}`));
  assert.deepEqual(header[1], ['Số: 05/BC-VASEAN', 'Hà Nội, ngày 05 tháng 01 năm 2026']);
  assert.deepEqual(body[0], ['Lĩnh vực', 'Số văn kiện', 'Ghi chú']);
  // python-docx repeats a merged cell's text in every grid position it covers.
  assert.deepEqual(body[3], ['Tổng cộng (gộp hai cột)', 'Tổng cộng (gộp hai cột)', '20']);
  assert.equal(body[2]![0], 'Chính trị - An ninh');
  assert.match(closing[0]![0]!, /^Nơi nhận:\n- Như trên;/);
  assert.match(closing[0]![1]!, /Nguyễn Thị Hằng$/);
});

test('LibreOffice converts it to a PDF with every diacritic intact and the expected pages', {
  skip: soffice && pdftotext ? false : `skipped: ${soffice ? '' : 'LibreOffice (soffice) '}${pdftotext ? '' : 'pdftotext (poppler-utils) '}not installed`,
}, async (t) => {
  const dir = temp(t);
  // The sample fills most of page 1; 12 more 3-line paragraphs (about 11 fit a page at 1.2 lines) end on
  // page 3. Read as exact 14.4 pt lines (a w:line without its rule), 14 fit a page and they ended on page 2.
  const extra = Array.from({ length: 12 }, (_, i) => paragraph(`${i + 1}. ${DIACRITIC_SENTENCE} Ưu tiên hàng đầu là đoàn kết, tự cường.`));
  const review = sampleReview([...sampleBlocks(), ...extra]);
  const pdf = await libreOfficeRenderer(soffice).render(await exportDocx(review, SAMPLE_SETTINGS), 'decree30');
  const file = join(dir, 'out.pdf');
  writeFileSync(file, pdf);
  const page = (n: number) => execFileSync(pdftotext!, ['-f', String(n), '-l', String(n), '-layout', file, '-'], { encoding: 'utf8' }).normalize('NFC');
  const text = execFileSync(pdftotext!, [file, '-'], { encoding: 'utf8' }).normalize('NFC');
  const pages = text.split('\f').filter((p) => p.trim()).length;
  assert.equal(pages, 3, `expected 3 pages, got ${pages}`);
  assert.equal(pdfPageCount(pdf), 3);
  const flat = text.replace(/\s+/g, ' ');
  for (const phrase of [QUOC_HIEU, TIEU_NGU, 'Hà Nội, ngày 05 tháng 01 năm 2026', DIACRITIC_SENTENCE, 'Nguyễn Thị Hằng', 'Ưu tiên hàng đầu là đoàn kết, tự cường.']) {
    assert.ok(flat.includes(phrase), `PDF text holds “${phrase}”`);
  }
  // Page numbers: none on page 1; "2" alone on the first line of page 2.
  const firstLines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);
  assert.equal(firstLines(page(1))[0]!.startsWith('BỘ NGOẠI GIAO'), true);
  assert.equal(firstLines(page(2))[0], '2');
});
