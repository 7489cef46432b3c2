// Comments go back to Word as Word comments (and come in again as comment marks); photo captions are
// left out of a Decree 30 file unless the export asks for them, and kept in the international one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import type { DocBlock, DocCommentMark } from '../shared/doc.ts';
import { paragraph, photoCaption, text } from '../shared/doc-build.ts';
import { exportDocx } from './build.ts';
import { all, readDocx, textOf } from './testing/read-docx.ts';
import { SAMPLE_SETTINGS, sampleReview } from './testing/sample-review.ts';
import { docxToBlocks } from '../library/import/docx.ts';

const comment = { id: 'c1', author: 'Vụ ASEAN', date: '2024-12-01T09:00:00.000Z', text: 'Đề nghị nêu rõ tên sáng kiến.' };
const mark: DocCommentMark = {
  type: 'comment-mark', version: 1, format: '', indent: 0, direction: 'ltr', ids: ['c1'], comments: [comment],
  children: [text('chủ động đề xuất')],
};
const body: DocBlock[] = [
  paragraph([text('Việt Nam '), mark, text(' nhiều sáng kiến.')]),
  paragraph('Thứ trưởng phát biểu khai mạc hội nghị.'),
  photoCaption('Toàn cảnh hội nghị. (Ảnh: An Đăng/TTXVN)'),
];

test('a comment mark is exported as a Word comment on its text, and imported back as a comment mark', async () => {
  const bytes = await exportDocx(sampleReview(body), SAMPLE_SETTINGS);
  const zip = await JSZip.loadAsync(bytes);
  const commentsXml = await zip.file('word/comments.xml')?.async('string');
  assert.ok(commentsXml, 'comments part written');
  assert.match(commentsXml, /w:author="Vụ ASEAN"/u);
  assert.match(commentsXml, /Đề nghị nêu rõ tên sáng kiến\./u);
  const parts = await readDocx(bytes);
  assert.equal(all(parts.body, 'w:commentRangeStart').length, 1);
  assert.equal(all(parts.body, 'w:commentReference').length, 1);
  const back = await docxToBlocks(Buffer.from(bytes), 'x.docx');
  const para = back.blocks.find((b) => b.type === 'paragraph' && b.children.some((c) => c.type === 'comment-mark'));
  assert.ok(para && para.type === 'paragraph', JSON.stringify(back.blocks));
  const got = para.children.find((c): c is DocCommentMark => c.type === 'comment-mark')!;
  assert.equal(got.children.map((c) => (c.type === 'text' ? c.text : '')).join(''), 'chủ động đề xuất');
  assert.deepEqual(got.comments.map((c) => [c.author, c.text]), [['Vụ ASEAN', 'Đề nghị nêu rõ tên sáng kiến.']]);
});

test('photo captions: out of Decree 30 by default, in when asked, always in the international profile', async () => {
  const texts = async (settings: typeof SAMPLE_SETTINGS) => all((await readDocx(await exportDocx(sampleReview(body), settings))).body, 'w:p').map(textOf);
  const caption = 'Toàn cảnh hội nghị. (Ảnh: An Đăng/TTXVN)';
  const decree = await texts(SAMPLE_SETTINGS);
  assert.ok(decree.includes('Thứ trưởng phát biểu khai mạc hội nghị.'));
  assert.ok(!decree.includes(caption));
  assert.ok((await texts({ ...SAMPLE_SETTINGS, includeCaptions: true })).includes(caption));
  assert.ok((await texts({ ...SAMPLE_SETTINGS, profile: 'international' })).includes(caption));
});
