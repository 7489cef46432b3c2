// The export dialog: defaults from the service, values typed by the user, Word export to the path the
// (stubbed) save dialog returns, the file on disk, and a failure that leaves the draft untouched.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { test, expect } from './fixtures.ts';
import { createReview } from './actions.ts';

test('export to Word writes the file with the values from the dialog and remembers them', async ({ app, page }) => {
  const out = join(mkdtempSync(join(tmpdir(), 'rd-export-')), 'bao-cao.docx');
  await createReview(page, 'Báo cáo tổng kết ASEAN 2025', { text: 'Năm 2025, Cộng đồng ASEAN tròn 10 năm.' });
  await page.getByTestId('open-export').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByTestId('export-summary')).not.toHaveValue('');
  await dialog.getByTestId('export-profile-decree30').check();
  await dialog.getByTestId('export-number').fill('05/BC-BNG');
  await dialog.getByTestId('export-signerName').fill('Đặng Hoàng Giang');
  await app.answer({ pickExport: [out] });
  await dialog.getByTestId('export-docx').click();
  await expect(page.getByTestId('export-done')).toContainText(out);
  await expect(dialog).toBeHidden();

  const zip = await JSZip.loadAsync(readFileSync(out));
  const body = await zip.file('word/document.xml')!.async('string');
  expect(body).toContain('Năm 2025, Cộng đồng ASEAN tròn 10 năm.');
  expect(body).toContain('05/BC-BNG');
  expect(body).toContain('Đặng Hoàng Giang');
  // The typing was saved before the export (the export reads the stored review).
  await expect(page.getByTestId('save-status')).toHaveText(/Đã lưu/);

  // Reopening the dialog shows the remembered values.
  await page.getByTestId('open-export').click();
  await expect(dialog.getByTestId('export-number')).toHaveValue('05/BC-BNG');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a cancelled save dialog exports nothing; a failed export shows the reason and keeps the draft', async ({ app, page }) => {
  await createReview(page, 'Báo cáo lỗi xuất', { text: 'Nội dung không được mất.' });
  await page.getByTestId('open-export').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByTestId('export-docx')).toBeEnabled();
  const missingFolder = join(tmpdir(), `rd-no-such-folder-${Date.now()}`, 'x.docx');
  await app.answer({ pickExport: [null, missingFolder] });
  await dialog.getByTestId('export-docx').click();
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('export-docx').click();
  await expect(page.getByTestId('toast-error')).toBeVisible();
  await expect(dialog).toBeVisible();
  expect(existsSync(missingFolder)).toBe(false);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('editor')).toHaveText('Nội dung không được mất.');
  await expect(page.getByTestId('save-status')).toHaveText(/Đã lưu/);
});
