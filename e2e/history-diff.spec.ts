// History on a long review: version times with seconds, and a diff that shows the changed passages
// with a few words of context, stepped through with next/previous, instead of the whole document.
import { test, expect } from './fixtures.ts';
import { createReview } from './actions.ts';

const sentence = (i: number) => `Đoạn ${i} nói về hợp tác ASEAN trong lĩnh vực số ${i} với nhiều hoạt động cụ thể.`;

test('the diff shows each change with context, and next/previous walk through them', async ({ page }) => {
  await createReview(page, 'Báo cáo dài có lịch sử');
  const editor = page.getByTestId('editor');
  await editor.click();
  const paragraphs = Array.from({ length: 30 }, (_, i) => sentence(i + 1));
  await page.keyboard.insertText(paragraphs.join(' '));
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-status')).toHaveText(/Đã lưu lúc/);

  // Two changes far apart: one near the start, one at the end.
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Kết luận năm 2026.');
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Mở đầu. ');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-status')).toHaveText(/Đã lưu lúc/);

  await page.getByTestId('toggle-history').click();
  const times = await page.getByTestId('history-time').allTextContents();
  expect(times.length).toBeGreaterThanOrEqual(3);
  for (const time of times) expect(time).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/);

  // The first manual save: restoring it would take both additions away.
  await page.getByTestId('history-item').nth(1).click();
  const hunks = page.getByTestId('diff-hunk');
  await expect(hunks).toHaveCount(2);
  await expect(hunks.nth(0).locator('del')).toHaveText(/Mở đầu\./);
  await expect(hunks.nth(1).locator('del')).toHaveText(/Kết luận năm 2026\./);
  // Context, not the document: a middle sentence is nowhere in the diff.
  await expect(page.getByTestId('version-diff')).not.toContainText('Đoạn 15 nói');
  await expect(hunks.nth(0)).toContainText('Đoạn 1 nói');
  await expect(hunks.nth(1)).toContainText('…');

  const position = page.getByTestId('diff-position');
  await expect(position).toHaveText('Thay đổi 1/2');
  await expect(page.getByTestId('diff-prev')).toBeDisabled();
  await page.getByTestId('diff-next').click();
  await expect(position).toHaveText('Thay đổi 2/2');
  await expect(hunks.nth(1)).toHaveAttribute('aria-current', 'true');
  await expect(hunks.nth(1)).toBeInViewport();
  await expect(page.getByTestId('diff-next')).toBeDisabled();
  await page.getByTestId('diff-prev').click();
  await expect(position).toHaveText('Thay đổi 1/2');
  await page.screenshot({ path: test.info().outputPath('history-diff.png') });
});
