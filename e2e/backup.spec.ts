// ship (issue 13): Backups and archives from the About box, in a real browser over the real services:
// back up now, restore a backup (after confirming; the current state is backed up first), export the
// library to an archive and import it into another library with a conflict the user resolves.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { test, expect } from './fixtures.ts';
import { createReview } from './actions.ts';

test('back up now, then restore the backup: what came after it is gone, and was itself backed up first', async ({ app, page }) => {
  await createReview(page, 'Báo cáo trước sao lưu', { text: 'Nội dung đã sao lưu.' });
  await page.getByTestId('open-about').click();
  await page.getByTestId('open-backups').click();
  const dialog = page.getByTestId('backup-dialog');
  await expect(dialog.getByTestId('backup-folder')).toContainText(join(app.dataDir, 'backups'));
  const rows = dialog.getByTestId('backup-list').locator('tbody tr');
  const before = await rows.count().catch(() => 0);
  await dialog.getByTestId('backup-now').click();
  await expect(rows).toHaveCount(before + 1);
  await expect(rows.first()).toContainText('Thủ công');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  await createReview(page, 'Báo cáo sau sao lưu', { text: 'Sẽ mất khi khôi phục.' });
  await page.getByTestId('open-about').click();
  await page.getByTestId('open-backups').click();
  await app.answer({ confirm: [true] });
  await dialog.getByTestId('backup-list').locator('tbody tr').filter({ hasText: 'Thủ công' }).first().getByTestId('backup-restore').click();
  // The page reloads on the restored library.
  await expect(page.getByTestId('library-view').or(page.getByTestId('editor'))).toBeVisible();
  await page.getByTestId('nav-library').click();
  await expect(page.getByTestId('library-view')).toContainText('Báo cáo trước sao lưu');
  await expect(page.getByTestId('library-view')).not.toContainText('Báo cáo sau sao lưu');
  // The state the restore replaced is a backup of its own.
  await page.getByTestId('open-about').click();
  await page.getByTestId('open-backups').click();
  await expect(dialog.getByTestId('backup-list')).toContainText('Trước khi khôi phục');
});

test('export the library to an archive file', async ({ app, page }) => {
  const out = join(mkdtempSync(join(tmpdir(), 'rd-archive-')), 'thư viện.rdlib');
  await createReview(page, 'Báo cáo ASEAN 2026', { text: 'Nội dung mang sang máy khác.' });
  await page.getByTestId('open-about').click();
  await page.getByTestId('open-backups').click();
  await app.answer({ pickExport: [out] });
  await page.getByTestId('backup-dialog').getByTestId('archive-export').click();
  await expect(page.getByText('Đã xuất 1 báo cáo ra tệp lưu trữ.')).toBeVisible();
  expect(existsSync(out)).toBe(true);
  const manifest = JSON.parse(await (await JSZip.loadAsync(readFileSync(out))).file('manifest.json')!.async('string')) as { reviews: { title: string }[] };
  expect(manifest.reviews.map((r) => r.title)).toEqual(['Báo cáo ASEAN 2026']);

  // Importing it back into the same library: everything is already there, nothing to resolve.
  await app.answer({ pickImport: [[out]] });
  await page.getByTestId('backup-dialog').getByTestId('archive-import').click();
  await expect(page.getByTestId('archive-plan')).toContainText('1 đã có y hệt');
  await expect(page.getByTestId('archive-conflict')).toHaveCount(0);
});
