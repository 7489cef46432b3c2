// Issue 9 / issue 8 item 11 in the real renderer: a Word file with a comment, a page header and a web
// photo caption is imported from a folder (with a file the import skips, listed with its reason), then
// opened: the comment is a highlighted mark whose hover text is the comment, the caption is muted.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures.ts';
import { invoke } from './invoke.ts';
import { p, r, wordPackage, wordPart } from '../electron/library/import/testing/word-package.ts';
import type { Review } from '../electron/shared/review.ts';

test('a Word comment and a photo caption survive import and show in the editor; skipped files are listed', async ({ app, page }) => {
  const folder = mkdtempSync(join(tmpdir(), 'rd-import-word-'));
  writeFileSync(join(folder, 'dong-gop.docx'), await wordPackage({
    body: [
      p(r('I. KẾT QUẢ HỢP TÁC ASEAN NĂM 2024'), '<w:pStyle w:val="Heading1"/>'),
      p(`${r('Việt Nam ')}<w:commentRangeStart w:id="0"/>${r('chủ động đề xuất')}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>${r(' nhiều sáng kiến trong năm.')}`),
      p(r('Toàn cảnh hội nghị. (Ảnh: An Đăng/TTXVN)')),
    ].join(''),
    styles: '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>',
    parts: [
      { id: 'rIdC', type: 'comments', target: 'comments.xml', content: wordPart('w:comments', `<w:comment w:id="0" w:author="Vụ ASEAN" w:date="2024-12-01T09:00:00Z">${p(r('Đề nghị nêu rõ tên sáng kiến.'))}</w:comment>`) },
      { id: 'rIdH', type: 'header', target: 'header1.xml', content: wordPart('w:hdr', p(r('BỘ NGOẠI GIAO — Số: 125/BC-BNG'))) },
    ],
  }));
  writeFileSync(join(folder, 'bang-tinh.xlsx'), 'not imported');
  await app.answer({ pickImport: [[folder]] });
  await app.menu('import-folder');
  const panel = page.getByTestId('import-panel');
  await expect(panel).toHaveAttribute('data-state', 'finished', { timeout: 30_000 });
  const skipped = panel.locator('[data-testid=import-result][data-status=skipped]');
  await expect(skipped).toHaveCount(1);
  await expect(skipped).toContainText('bang-tinh.xlsx');
  await expect(skipped).toContainText('Loại tệp không nhập được');
  const imported = panel.locator('[data-testid=import-result][data-status=imported]');
  await expect(imported).toContainText('nhận xét');
  await imported.getByRole('button').click();

  const mark = page.getByTestId('editor').getByTestId('comment-mark');
  await expect(mark).toHaveText('chủ động đề xuất');
  await expect(mark).toHaveAttribute('title', 'Vụ ASEAN: Đề nghị nêu rõ tên sáng kiến.');
  const caption = page.getByTestId('editor').getByTestId('photo-caption');
  await expect(caption).toHaveText('Toàn cảnh hội nghị. (Ảnh: An Đăng/TTXVN)');
  const look = await caption.evaluate((el) => ({ style: getComputedStyle(el).fontStyle, color: getComputedStyle(el).color }));
  const body = await page.getByTestId('editor').locator('p').first().evaluate((el) => getComputedStyle(el).color);
  expect(look.style).toBe('italic');
  expect(look.color).not.toBe(body);
  await page.screenshot({ path: join(folder, 'import-word.png') });

  // The toolbar names the caption's kind; picking "Đoạn văn" makes it ordinary text.
  await caption.click();
  const blockType = page.getByTestId('tb-block-type');
  await expect(blockType).toHaveValue('photo-caption');
  await blockType.selectOption('paragraph');
  await expect(page.getByTestId('editor').getByTestId('photo-caption')).toHaveCount(0);
  await expect(page.getByTestId('editor').locator('p', { hasText: 'Toàn cảnh hội nghị.' })).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('editor').getByTestId('photo-caption')).toHaveCount(1);

  // The header is a review field; the comment is in the saved content.
  const reviews = await invoke<{ id: string }[]>(page, 'reviews:list', {});
  const review = await invoke<Review>(page, 'reviews:get', { id: reviews[0]!.id });
  expect(review.fields.pageHeader).toBe('BỘ NGOẠI GIAO — Số: 125/BC-BNG');
  expect(JSON.stringify(review.content)).toContain('"type":"comment-mark"');
});
