// Issue 8 item 6: find and replace in the editor (Ctrl+F, Ctrl+H): match count, next / previous, match
// case, whole word, ignore tone marks, replace one, replace all as one undo step.
import type { Page } from '@playwright/test';
import { test, expect, type AppFixture } from './fixtures.ts';
import { openReview } from './editor-helpers.ts';
import type { DocState } from '../electron/shared/doc.ts';
import { doc, docText, paragraph } from '../electron/shared/doc-build.ts';

const openWith = (app: AppFixture, content: DocState): Promise<Page> => openReview(app, 'Báo cáo tìm thay', content);
const text = async (page: Page) => docText(await page.evaluate(() => (window as unknown as { __rdEditorState(): DocState }).__rdEditorState()));

const CONTENT = doc([
  paragraph('Năm 2025, Việt Nam tăng cường hợp tác ASEAN.'),
  paragraph('Kế hoạch 2025 và ngân sách 2025 được thông qua; mã 20251 không đổi.'),
  paragraph('HỢP TÁC an ninh, an toàn; hop tac viết không dấu; Lan và Đề án.'),
]);

test('Ctrl+F counts matches and steps through them; Ctrl+H replaces one, then all as one undo step', async ({ app }) => {
  const page = await openWith(app, CONTENT);
  await page.getByTestId('editor').click();
  await page.keyboard.press('Control+f');
  const input = page.getByTestId('find-input');
  await expect(input).toBeFocused();
  await page.keyboard.type('2025');
  const count = page.getByTestId('find-count');
  await expect(count).toHaveText('1/4'); // "20251" holds it too, without "whole word"
  await page.keyboard.press('Enter');
  await expect(count).toHaveText('2/4');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.press('Shift+Enter');
  await expect(count).toHaveText('4/4');
  await page.getByTestId('find-whole-word').check();
  await expect(count).toHaveText(/\/3$/);
  await page.screenshot({ path: test.info().outputPath('find.png') });

  await page.keyboard.press('Control+h');
  const replace = page.getByTestId('replace-input');
  await expect(replace).toBeVisible();
  await replace.fill('2026');
  await page.getByTestId('find-next').click();
  await expect(count).toHaveText('1/3');
  await page.getByTestId('replace-one').click();
  await expect(count).toHaveText('1/2');
  expect(await text(page)).toContain('Năm 2026, Việt Nam');
  await page.getByTestId('replace-all').click();
  await expect(count).toHaveText('Đã thay 2 chỗ');
  const replaced = await text(page);
  expect(replaced).not.toMatch(/2025(?!1)/);
  expect(replaced).toContain('Kế hoạch 2026 và ngân sách 2026');
  expect(replaced).toContain('mã 20251 không đổi');

  // One Ctrl+Z gives back everything "replace all" changed (not the single replace before it).
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('find-bar')).toHaveCount(0);
  await expect(page.getByTestId('editor')).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect.poll(() => text(page)).toContain('Kế hoạch 2025 và ngân sách 2025');
  expect(await text(page)).toContain('Năm 2026, Việt Nam');
  await page.keyboard.press('Control+z');
  await expect.poll(() => text(page)).toContain('Năm 2025, Việt Nam');
});

test('ignore tone marks, match case and whole word change what is found', async ({ app }) => {
  const page = await openWith(app, CONTENT);
  await page.getByTestId('editor').click();
  await page.keyboard.press('Control+f');
  const count = page.getByTestId('find-count');
  await page.keyboard.type('hop tac');
  await expect(count).toHaveText('1/1');
  await page.getByTestId('find-ignore-tones').check();
  await expect(count).toHaveText('1/3'); // hợp tác, HỢP TÁC, hop tac
  await page.getByTestId('find-match-case').check();
  await expect(count).toHaveText('1/2'); // hợp tác, hop tac
  await page.getByTestId('find-match-case').uncheck();
  await page.getByTestId('find-input').fill('an');
  await expect(count).toHaveText(/^1\/(?:[4-9]|\d\d)$/); // inside words too: Lan, tăng, ngân, toàn…
  await page.getByTestId('find-whole-word').check();
  await expect(count).toHaveText('1/3'); // an (ninh), an (toàn), án (Đề án) — not "Lan", "Năm"…
  await page.getByTestId('find-input').fill('không có đâu');
  await expect(count).toHaveText('Không tìm thấy');
  await expect(page.getByTestId('find-suggest-ignore-tones')).toHaveCount(0); // not there without tone marks either
  // Typed without tone marks, found only with them ignored: the bar offers that rather than a bare "not found".
  await page.getByTestId('find-ignore-tones').uncheck();
  await page.getByTestId('find-whole-word').uncheck();
  await page.getByTestId('find-input').fill('viet nam');
  await expect(count).toHaveText('Không tìm thấy');
  const suggest = page.getByTestId('find-suggest-ignore-tones');
  await expect(suggest).toHaveText('Bỏ qua dấu để tìm thấy 1 chỗ');
  await suggest.click();
  await expect(page.getByTestId('find-ignore-tones')).toBeChecked();
  await expect(count).toHaveText('1/1');
  await expect(suggest).toHaveCount(0);
  await expect(page.getByTestId('find-input')).toBeFocused();
  // Highlights are painted, not written into the document.
  expect(await text(page)).toBe(docText(CONTENT));
});
