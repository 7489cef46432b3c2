// The Templates screen as a drafter uses it: preview the annual report as the draft it makes, start a new
// review from it, save that review as their own template, then rename it, delete it and undo the delete.
import { test, expect } from './fixtures.ts';
import { axe, report as axeReport } from './axe.ts';

test.use({ withSamples: true });

test('preview a template, create a review from it, and rename, delete and restore one of your own', async ({ app, page }) => {
  const year = new Date().getFullYear();
  await page.getByTestId('nav-templates').click();
  const view = page.getByTestId('templates-view');
  const report = view.locator('[data-testid=template-item][data-id="annual-report.vi"]');
  await expect(report).toBeVisible();
  // Fields by their names, not their template keys.
  await expect(report.getByTestId('template-fields')).toContainText('Nước Chủ tịch ASEAN năm tổng kết');
  await expect(report.getByTestId('template-fields')).not.toContainText('chairTheme');
  await expect(report.getByTestId('template-rename')).toHaveCount(0); // bundled: the app's own
  await expect(view.getByTestId('templates-own-hint')).toBeVisible();

  await report.getByTestId('template-preview-open').click();
  const preview = page.getByTestId('template-preview-dialog');
  await expect(preview.getByTestId('template-preview')).toContainText(`PHƯƠNG HƯỚNG NĂM ${year + 1}`);
  await expect(preview.locator('.preview-field[data-state=empty]').first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('preview.png') });
  const inPreview = await axe(page);
  expect(inPreview, axeReport('template preview', inPreview)).toEqual([]);
  await preview.getByTestId('template-preview-use').click();

  // The New review dialog opens on that template; creating it opens the draft.
  const dialog = page.getByTestId('new-review-dialog');
  await expect(dialog.getByTestId('new-review-template')).toHaveValue('annual-report.vi');
  await expect(dialog.getByTestId('new-review-kind')).toHaveValue('report');
  await dialog.getByTestId('new-review-create').click();
  await expect(page.getByTestId('editor')).toContainText(`PHƯƠNG HƯỚNG NĂM ${year + 1}`);

  // Saved as the user's own template, it shows on the screen with its actions.
  await page.getByTestId('save-as-template').click();
  await page.getByTestId('save-template-name').fill('Báo cáo của Vụ ASEAN');
  await page.getByTestId('save-template-ok').click();
  await expect(page.getByTestId('save-template-saved')).toBeVisible();
  await page.getByTestId('nav-templates').click();
  const mine = view.locator('[data-testid=template-item][data-origin=user]');
  await expect(mine).toHaveCount(1);
  await expect(mine).toContainText('Báo cáo của Vụ ASEAN');
  await expect(view.getByTestId('templates-own-hint')).toHaveCount(0);

  await mine.getByTestId('template-rename').click();
  await page.getByTestId('template-rename-name').fill('Báo cáo tổng kết – mẫu của Vụ');
  await page.getByTestId('template-rename-ok').click();
  await expect(mine).toContainText('Báo cáo tổng kết – mẫu của Vụ');
  await page.screenshot({ path: test.info().outputPath('templates.png') });
  const onList = await axe(page);
  expect(onList, axeReport('templates screen', onList)).toEqual([]);

  await app.answer({ confirm: [true] });
  await mine.getByTestId('template-delete').click();
  await expect(page.getByTestId('template-deleted')).toContainText('Đã xóa mẫu “Báo cáo tổng kết – mẫu của Vụ”');
  await expect(mine).toHaveCount(0);
  await page.getByTestId('template-undo').click();
  await expect(mine).toHaveCount(1);
  await expect(mine).toContainText('Báo cáo tổng kết – mẫu của Vụ');

  // The New review dialog lists it under its new name.
  await page.getByTestId('new-review').click();
  await expect(page.getByTestId('new-review-template').locator('option', { hasText: 'Báo cáo tổng kết – mẫu của Vụ' })).toHaveCount(1);
});
