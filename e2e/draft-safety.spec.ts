// Typing is never lost when saves fail. The failure here is the real one a user meets: the review is
// changed elsewhere (another window, a sync), so the editor's saves are refused as stale. Leaving the
// review keeps the unsaved draft in the recovery slot, and opening the review again offers it back;
// restore and export refuse to run over a draft that is not in the store. Also: the export dialog's
// limits are the contract's, shown as readable messages.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { createReview } from './actions.ts';
import { invoke } from './invoke.ts';
import type { DocState } from '../electron/shared/doc.ts';
import { doc, docText, paragraph } from '../electron/shared/doc-build.ts';

const storedText = async (page: Page, id: string) => docText((await invoke<{ content: DocState }>(page, 'reviews:get', { id })).content);

/** A review created through the UI whose text is in the store. */
async function createdWithText(page: Page, title: string, text: string): Promise<string> {
  const id = await createReview(page, title, { text });
  await expect.poll(() => storedText(page, id)).toBe(text);
  return id;
}

/** Another writer changes the review, then the user types: the save is refused as stale. */
async function makeSavesFail(page: Page, id: string, more: string): Promise<void> {
  await invoke(page, 'reviews:save', { id, content: doc([paragraph('Bản của người khác')]), reason: 'manual' });
  await page.getByTestId('editor').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(more);
  await expect(page.getByTestId('save-stale')).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'stale');
}

test('leaving a review whose draft cannot be saved keeps the draft, and opening it again offers it back', async ({ page }) => {
  const id = await createdWithText(page, 'Báo cáo nháp', 'Bản nháp của tôi.');
  await makeSavesFail(page, id, ' Câu chưa lưu được.');

  await page.getByTestId('back-to-library').click();
  await expect(page.getByTestId('toast-error')).toContainText('Bản nháp được giữ lại');
  // The store still has the other writer's text; the draft was not written over it, nor lost.
  expect(await storedText(page, id)).toBe('Bản của người khác');

  await page.getByTestId('review-row').filter({ hasText: 'Báo cáo nháp' }).getByTestId('review-open').click();
  await expect(page.getByTestId('editor')).toHaveText('Bản của người khác');
  const banner = page.getByTestId('draft-recovery');
  await expect(banner).toBeVisible();
  await banner.getByTestId('draft-recover').click();
  await expect(banner).toBeHidden();
  await expect(page.getByTestId('editor')).toHaveText('Bản nháp của tôi. Câu chưa lưu được.');
  await expect.poll(() => storedText(page, id)).toBe('Bản nháp của tôi. Câu chưa lưu được.');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

  // Recovered once: the slot is empty when the review is opened again.
  await page.getByTestId('back-to-library').click();
  await page.getByTestId('review-row').filter({ hasText: 'Báo cáo nháp' }).getByTestId('review-open').click();
  await expect(page.getByTestId('editor')).toHaveText('Bản nháp của tôi. Câu chưa lưu được.');
  await expect(page.getByTestId('draft-recovery')).toHaveCount(0);
});

test('reloading after a stale save keeps the draft for recovery; discarding it drops it', async ({ app, page }) => {
  const id = await createdWithText(page, 'Báo cáo tải lại', 'Nội dung đầu.');
  await makeSavesFail(page, id, ' Thêm của tôi.');
  await page.getByTestId('save-stale').getByRole('button').click();
  await expect(page.getByTestId('editor')).toHaveText('Bản của người khác');
  await expect(page.getByTestId('draft-recovery')).toBeVisible();
  // The recovery slot outlives the window: after a restart the banner is still offered.
  const again = await app.restart();
  await expect(again.getByTestId('draft-recovery')).toBeVisible();
  await again.getByTestId('draft-discard').click();
  await expect(again.getByTestId('draft-recovery')).toHaveCount(0);
  await expect(again.getByTestId('editor')).toHaveText('Bản của người khác');
  await again.getByTestId('back-to-library').click();
  await again.getByTestId('review-row').filter({ hasText: 'Báo cáo tải lại' }).getByTestId('review-open').click();
  await expect(again.getByTestId('editor')).toHaveText('Bản của người khác');
  await expect(again.getByTestId('draft-recovery')).toHaveCount(0);
});

test('restore and export refuse to run over a draft that could not be saved', async ({ app, page }) => {
  const id = await createdWithText(page, 'Báo cáo khôi phục', 'Phiên bản một.');
  await page.keyboard.press('Control+s');
  await makeSavesFail(page, id, ' Chưa lưu.');

  // Export: nothing is exported (the save dialog is never asked), the dialog says why.
  await page.getByTestId('open-export').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByTestId('export-docx').click();
  await expect(dialog.getByTestId('export-error')).toContainText('Chưa lưu được bản nháp, nên chưa thể xuất');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Restore: refused with a message; the draft stays in the editor and the store is untouched.
  await page.getByTestId('toggle-history').click();
  await page.getByTestId('history-item').first().click();
  await app.answer({ confirm: [true] });
  await page.getByTestId('restore-version').click();
  await expect(page.getByTestId('toast-error')).toContainText('Chưa lưu được bản nháp');
  await expect(page.getByTestId('restore-done')).toHaveCount(0);
  await expect(page.getByTestId('editor')).toHaveText('Phiên bản một. Chưa lưu.');
  expect(await storedText(page, id)).toBe('Bản của người khác');
});

test('the export dialog holds values to the contract\'s limits and names the field and line that is too long', async ({ page }) => {
  await createdWithText(page, 'Báo cáo giới hạn', 'Nội dung.');
  await page.getByTestId('open-export').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByTestId('export-summary')).not.toHaveValue('');
  // Single-value fields cannot take more than the contract allows.
  await dialog.getByTestId('export-agency').fill('A'.repeat(250));
  await expect(dialog.getByTestId('export-agency')).toHaveValue('A'.repeat(200));
  await dialog.getByTestId('export-number').fill('5'.repeat(150));
  await expect(dialog.getByTestId('export-number')).toHaveValue('5'.repeat(100));
  // A line of the distribution over 300 characters, and a sixth signing-authority line.
  await dialog.getByTestId('export-distribution').fill(`Như trên;\n${'x'.repeat(301)}`);
  await dialog.getByTestId('export-signingAuthority').fill('A\nB\nC\nD\nE\nF');
  await dialog.getByTestId('export-docx').click();
  const error = dialog.getByTestId('export-error');
  await expect(error).toContainText('“Nơi nhận (mỗi dòng một nơi)”, dòng 2: dài quá 300 ký tự.');
  await expect(error).toContainText('có quá 5 dòng');
  await expect(page.getByTestId('toast-error')).toHaveCount(0);
  await expect(dialog).toBeVisible();
});
