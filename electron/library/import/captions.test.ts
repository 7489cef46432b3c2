// Issue 8 item 11: web photo captions imported from text, HTML and Word become their own paragraph
// kind (photo-caption); the body text around them stays ordinary paragraphs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir, tempServices } from '../../test/temp.ts';
import { blockText } from '../../shared/doc-build.ts';
import { importFile } from './pipeline.ts';
import { p, r, wordPackage } from './testing/word-package.ts';

const CAPTION = 'Thứ trưởng Đỗ Hùng Việt phát biểu tại hội nghị. (Ảnh: An Đăng/TTXVN)';
const BODY = 'Hội nghị tổng kết hợp tác ASEAN năm 2024 diễn ra tại Hà Nội với sự tham gia của đại diện các bộ, ngành.';

test('captions from .txt, .html and .docx are photo-caption blocks; body paragraphs are not', async (t) => {
  const dir = tempDir(t);
  const s = tempServices(t);
  writeFileSync(join(dir, 'a.txt'), `${BODY}\n\n${CAPTION}\n\nPhát biểu khai mạc, Thứ trưởng nhấn mạnh vai trò của ASEAN.\n`);
  writeFileSync(join(dir, 'b.html'), `<html><body><article><p>${BODY.replace('2024', '2023')}</p><figure><img src="x.jpg"><figcaption>${CAPTION}</figcaption></figure><p>Kết thúc.</p></article></body></html>`);
  writeFileSync(join(dir, 'c.docx'), await wordPackage({ body: p(r(BODY.replace('2024', '2022'))) + p(r(CAPTION)) }));
  for (const name of ['a.txt', 'b.html', 'c.docx']) {
    const outcome = await importFile(s, join(dir, name));
    assert.ok(outcome.status === 'imported', `${name}: ${JSON.stringify(outcome)}`);
    const blocks = s.reviews.get(outcome.reviewId).content.root.children;
    const captions = blocks.filter((b) => b.type === 'photo-caption').map(blockText);
    assert.deepEqual(captions, [CAPTION], name);
    assert.ok(blocks.some((b) => b.type === 'paragraph' && blockText(b).startsWith('Hội nghị tổng kết')), name);
  }
});
