// Issue 9: Word text that Word shows is kept. Each case is a real package built from WordprocessingML
// (testing/word-package.ts) and imported through the pipeline; the assertions are on the text out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir, tempServices } from '../../test/temp.ts';
import type { Services } from '../../services/index.ts';
import type { DocCommentMark, DocInline, DocState } from '../../shared/doc.ts';
import type { ImportOutcome } from '../../shared/library.ts';
import { docText } from '../../shared/doc-build.ts';
import { importFile } from './pipeline.ts';
import { p, r, wordPackage, wordPart, type PackageSpec } from './testing/word-package.ts';

async function imported(t: Parameters<typeof tempServices>[0], spec: PackageSpec, name = 'bao-cao.docx', s?: Services): Promise<{ outcome: ImportOutcome & { status: 'imported' }; content: DocState; s: Services; fields: Record<string, unknown> }> {
  const services = s ?? tempServices(t);
  const path = join(tempDir(t), name);
  writeFileSync(path, await wordPackage(spec));
  const outcome = await importFile(services, path);
  assert.ok(outcome.status === 'imported', JSON.stringify(outcome));
  const review = services.reviews.get(outcome.reviewId);
  return { outcome, content: review.content, s: services, fields: review.fields };
}

const BODY = p(r('Năm 2024, Việt Nam tích cực tham gia hợp tác ASEAN trên cả ba trụ cột.'));

test('Word Online packages: the main part named in _rels/.rels (word/document2.xml) is read', async (t) => {
  const { content } = await imported(t, { body: BODY, mainPart: 'word/document2.xml' });
  assert.match(docText(content), /tích cực tham gia hợp tác ASEAN/u);
});

test('a 2 MB preview image compressed far past 200:1 is not a zip bomb (media are never inflated)', async (t) => {
  const { content } = await imported(t, { body: BODY, raw: { 'docProps/thumbnail.wmf': Buffer.alloc(2 * 1024 * 1024, 7) } });
  assert.match(docText(content), /ba trụ cột/u);
  // The same ratio in the document part itself is still refused, with the detail in its own line.
  const s = tempServices(t);
  const path = join(tempDir(t), 'bom.docx');
  writeFileSync(path, await wordPackage({ body: p(r('a'.repeat(3 * 1024 * 1024))) }));
  const outcome = await importFile(s, path);
  assert.ok(outcome.status === 'error' && outcome.code === 'import-zip-bomb', JSON.stringify(outcome));
  assert.match(outcome.message.detail ?? '', /ratio \d+:1 in word\/document\.xml/u);
  assert.doesNotMatch(outcome.message.vi, /ratio|document\.xml/u);
});

test('field results, ruby base text, drop caps, altChunk HTML and footnotes read as Word shows them', async (t) => {
  const body = [
    p(`${r('Trang ')}<w:fldSimple w:instr=" PAGE "><w:r><w:t>7</w:t></w:r></w:fldSimple>${r(' của báo cáo.')}`),
    p(`${r('Cập nhật ngày ')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE \\@ "dd/MM/yyyy" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('15/12/2024')}<w:r><w:fldChar w:fldCharType="end"/></w:r>${r('.')}`),
    p(`${r('Thủ đô ')}<w:ruby><w:rubyPr/><w:rt><w:r><w:t>とうきょう</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>東京</w:t></w:r></w:rubyBase></w:ruby>${r(' đăng cai.')}`),
    p(r('H'), '<w:framePr w:dropCap="drop" w:lines="3"/>'),
    p(r('ội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57.')),
    p(`${r('Cộng đồng ASEAN 2025')}<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="2"/></w:r>${r(' đã hình thành.')}`),
    '<w:altChunk r:id="rIdChunk"/>',
  ].join('');
  const { content } = await imported(t, {
    body,
    parts: [
      { id: 'rIdChunk', type: 'aFChunk', target: 'chunk.htm', content: '<html><body><p>Đoạn văn nhúng từ trang web Bộ Ngoại giao.</p></body></html>' },
      { id: 'rIdNotes', type: 'footnotes', target: 'footnotes.xml', content: wordPart('w:footnotes', `<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="2">${p(`<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>${r(' Tuyên bố Kuala Lumpur năm 2015.')}`)}</w:footnote>`) },
    ],
  });
  const textOut = docText(content);
  assert.match(textOut, /Trang 7 của báo cáo\./u);
  assert.match(textOut, /Cập nhật ngày 15\/12\/2024\./u);
  assert.doesNotMatch(textOut, /DATE|dd\/MM/u);
  assert.match(textOut, /Thủ đô 東京 đăng cai\./u);
  assert.doesNotMatch(textOut, /とうきょう/u);
  assert.match(textOut, /Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57\./u);
  assert.match(textOut, /Cộng đồng ASEAN 2025\[1\] đã hình thành\./u);
  assert.match(textOut, /Đoạn văn nhúng từ trang web Bộ Ngoại giao\./u);
  assert.match(textOut, /\[1\] Tuyên bố Kuala Lumpur năm 2015\./u);
  assert.doesNotMatch(textOut, /↑/u);
});

test('runs in .VnTime / .VnTimeH (TCVN3) and VNI-Times fonts are converted to Unicode, with a note', async (t) => {
  const body = [
    p(r('Héi nghÞ tæng kÕt hîp t¸c ASEAN', '<w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/>')),
    p(r('b¸o c¸o', '<w:rFonts w:ascii=".VnTimeH" w:hAnsi=".VnTimeH"/>')),
    p(r('Vieät Nam tham gia tích cöïc', '<w:rFonts w:ascii="VNI-Times" w:hAnsi="VNI-Times"/>')),
    p(r('Zürich, München, Café Ñandú', '<w:rFonts w:ascii="Times New Roman"/>')),
  ].join('');
  const { content, outcome } = await imported(t, { body });
  const textOut = docText(content);
  assert.match(textOut, /Hội nghị tổng kết hợp tác ASEAN/u);
  assert.match(textOut, /BÁO CÁO/u);
  assert.match(textOut, /Việt Nam tham gia tích cực/u);
  assert.match(textOut, /Zürich, München, Café Ñandú/u);
  assert.ok(outcome.notes.some((n) => /TCVN3/u.test(n.en)) && outcome.notes.some((n) => /VNI/u.test(n.en)), JSON.stringify(outcome.notes));
});

test('headers and footers become review fields; comments become comment marks on the text; both count for duplicates', async (t) => {
  const header = wordPart('w:hdr', p(r('BỘ NGOẠI GIAO — Số: 125/BC-BNG')) + p('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'));
  const footer = wordPart('w:ftr', p(r('Tài liệu lưu hành nội bộ')));
  const comments = (textValue: string) => wordPart('w:comments', `<w:comment w:id="0" w:author="Vụ ASEAN" w:date="2024-12-01T09:00:00Z">${p(r(textValue))}</w:comment>`);
  const spec = (comment: string): PackageSpec => ({
    body: p(`${r('Việt Nam ')}<w:commentRangeStart w:id="0"/>${r('chủ động đề xuất')}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>${r(' nhiều sáng kiến.')}`),
    parts: [
      { id: 'rIdH', type: 'header', target: 'header1.xml', content: header },
      { id: 'rIdF', type: 'footer', target: 'footer1.xml', content: footer },
      { id: 'rIdC', type: 'comments', target: 'comments.xml', content: comments(comment) },
    ],
  });
  const { content, fields, outcome, s } = await imported(t, spec('Đề nghị nêu rõ tên sáng kiến.'));
  assert.equal(fields.pageHeader, 'BỘ NGOẠI GIAO — Số: 125/BC-BNG');
  assert.equal(fields.pageFooter, 'Tài liệu lưu hành nội bộ');
  const para = content.root.children[0]!;
  assert.ok(para.type === 'paragraph');
  const mark = para.children.find((c: DocInline): c is DocCommentMark => c.type === 'comment-mark');
  assert.ok(mark, JSON.stringify(para));
  assert.equal(mark.children.map((c) => (c.type === 'text' ? c.text : '')).join(''), 'chủ động đề xuất');
  assert.deepEqual(mark.comments.map((c) => [c.author, c.text]), [['Vụ ASEAN', 'Đề nghị nêu rõ tên sáng kiến.']]);
  assert.equal(docText(content), 'Việt Nam chủ động đề xuất nhiều sáng kiến.');
  assert.ok(outcome.notes.some((n) => /comment/u.test(n.en)));
  // The same body with another comment is another file, not a duplicate.
  const other = await imported(t, spec('Đã thống nhất, giữ nguyên.'), 'ban-khac.docx', s);
  assert.notEqual(other.outcome.reviewId, outcome.reviewId);
});

test('images and embedded objects are named in the import result', async (t) => {
  const body = [
    BODY,
    p('<w:r><w:drawing><wp:inline><a:graphic><a:graphicData><a:blip r:embed="rIdImg"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'),
    p('<w:r><w:drawing><wp:inline><a:graphic><a:graphicData><a:blip r:embed="rIdImg"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'),
    p('<w:r><w:object><v:shape><v:imagedata r:id="rIdImg"/></v:shape><o:OLEObject ProgID="Excel.Sheet.12"/></w:object></w:r>'),
  ].join('');
  const { outcome } = await imported(t, { body });
  assert.ok(outcome.notes.some((n) => n.en === '2 images and 1 embedded object were not imported (the library keeps text only).'), JSON.stringify(outcome.notes));
  assert.ok(outcome.notes.some((n) => n.vi === '2 hình ảnh và 1 đối tượng nhúng không được nhập (thư viện chỉ lưu văn bản).'));
});

test('a damaged Word file: the Vietnamese reason is Vietnamese; the technical detail is its own line', async (t) => {
  const s = tempServices(t);
  const path = join(tempDir(t), 'hong.docx');
  const good = await wordPackage({ body: BODY });
  writeFileSync(path, good.subarray(0, good.length - 30));
  const outcome = await importFile(s, path);
  assert.ok(outcome.status === 'error' && outcome.code === 'import-corrupt', JSON.stringify(outcome));
  assert.doesNotMatch(outcome.message.vi, /central|directory|record|archive/iu);
  assert.ok((outcome.message.detail ?? '').length > 0);
  assert.equal(s.reviews.list().length, 0);
});

test('an altChunk in MHT (MIME, quoted-printable) is read like the HTML it carries', async (t) => {
  const mht = [
    'MIME-Version: 1.0',
    'Content-Type: multipart/related; boundary="----=_NextPart_01"',
    '',
    '------=_NextPart_01',
    'Content-Type: text/html; charset="utf-8"',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    '<html><body><p>H=E1=BB=99i ngh=E1=BB=8B c=E1=BA=A5p cao ASEAN l=E1=BA=A7n th=E1=BB=A9 47 t=E1=BA=A1i Kuala =',
    'Lumpur.</p></body></html>',
    '------=_NextPart_01--',
    '',
  ].join('\r\n');
  const { content } = await imported(t, {
    body: BODY + '<w:altChunk r:id="rIdMht"/>',
    parts: [{ id: 'rIdMht', type: 'aFChunk', target: 'chunk.mht', content: mht }],
  });
  assert.match(docText(content), /Hội nghị cấp cao ASEAN lần thứ 47 tại Kuala Lumpur\./u);
});
