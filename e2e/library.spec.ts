// The library screen in the real app: create (with validation), open/autosave/restart, rename,
// duplicate, trash/restore/empty (confirmation stubbed), metadata panel, import of a folder by the
// menu with progress and a result list, drag-and-drop message in browser mode, language switch.
import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { chooseBlankPage, createReview } from './actions.ts';

const SEEDS = resolve(import.meta.dirname, '..', 'data', 'samples');

async function backToLibrary(page: Page): Promise<void> {
  await page.getByTestId('back-to-library').click();
  await expect(page.getByTestId('library-view')).toBeVisible();
}

const row = (page: Page, title: string) => page.getByTestId('review-row').filter({ hasText: title });

test('create validates its fields, opens the new review, and the library groups it under its year', async ({ page }) => {
  await page.getByTestId('new-review').click();
  const dialog = page.getByTestId('new-review-dialog');
  await expect(dialog.getByTestId('new-review-year')).toHaveValue(String(new Date().getFullYear()));
  await chooseBlankPage(page); // drafting (issue 10): a blank page needs a title
  await dialog.getByTestId('new-review-title').fill('   ');
  await dialog.getByTestId('new-review-year').fill('1800');
  await dialog.getByTestId('new-review-create').click();
  await expect(dialog.getByText('Hãy nhập tiêu đề.')).toBeVisible();
  await expect(dialog.getByText('Năm phải là số từ 1967 đến 2200.')).toBeVisible();
  // Escape closes without creating anything.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('review-row')).toHaveCount(0);

  await createReview(page, 'Báo cáo tổng kết ASEAN 2024', { year: '2024' });
  await expect(page.getByTestId('review-title')).toHaveValue('Báo cáo tổng kết ASEAN 2024');
  await backToLibrary(page);
  await createReview(page, 'Báo cáo tổng kết ASEAN 2025', { year: '2025' });
  await backToLibrary(page);
  const years = await page.getByTestId('year-group').evaluateAll((groups) => groups.map((g) => g.getAttribute('data-year')));
  expect(years).toEqual(['2025', '2024']);
  const first = row(page, 'Báo cáo tổng kết ASEAN 2025');
  await expect(first.getByTestId('review-lang')).toHaveText('VI');
  await expect(first).toContainText('Báo cáo');
  await expect(first).toContainText('Dự thảo');
});

test('typing is autosaved, and a restart reopens the last review with the text', async ({ app, page }) => {
  await createReview(page, 'Báo cáo lưu tự động');
  await page.getByTestId('editor').click();
  await page.keyboard.type('Hội nghị tổng kết hợp tác ASEAN');
  await expect(page.getByTestId('save-status')).toHaveText(/Đã lưu lúc \d{2}:\d{2}:\d{2}/, { timeout: 5000 });
  // Rename in the header, then keep typing: both writes land (no stale-save between them).
  const firstSave = await page.getByTestId('save-status').getAttribute('data-saved-at');
  await page.getByTestId('review-title').fill('Báo cáo đã đổi tên');
  await page.keyboard.press('Enter');
  await page.getByTestId('editor').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' năm 2025');
  const status = page.getByTestId('save-status');
  await expect(status).toHaveAttribute('data-state', 'saved', { timeout: 5000 });
  await expect(status).not.toHaveAttribute('data-saved-at', firstSave ?? '');
  await expect(status).toHaveText(/Đã lưu lúc/);
  await expect(page.getByTestId('save-stale')).toHaveCount(0);
  const again = await app.restart();
  await expect(again.getByTestId('editor-screen')).toBeVisible();
  await expect(again.getByTestId('review-title')).toHaveValue('Báo cáo đã đổi tên');
  await expect(again.getByTestId('editor')).toContainText('Hội nghị tổng kết hợp tác ASEAN năm 2025');
});

test('rename, duplicate, properties, trash, restore and empty the trash after confirming', async ({ app, page }) => {
  await createReview(page, 'Bản gốc');
  await backToLibrary(page);

  await row(page, 'Bản gốc').hover();
  await row(page, 'Bản gốc').getByTestId('review-rename').click();
  await page.getByTestId('rename-input').fill('Bản đã đổi tên');
  await page.keyboard.press('Enter');
  await expect(row(page, 'Bản đã đổi tên')).toBeVisible();

  // The copy is unmistakable: selected, its suffix a badge, its title offered for editing.
  await row(page, 'Bản đã đổi tên').getByTestId('review-duplicate').click();
  const copyRow = page.locator('[data-testid=review-row][data-copy=true]');
  await expect(page.getByTestId('rename-dialog')).toBeVisible();
  await expect(page.getByTestId('rename-dialog')).toContainText('Đặt tên cho bản sao');
  await expect(page.getByTestId('rename-input')).toHaveValue('Bản đã đổi tên (bản sao)');
  await expect(page.getByTestId('rename-input')).toBeFocused();
  expect(await page.getByTestId('rename-input').evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd])).toEqual([0, 'Bản đã đổi tên (bản sao)'.length]);
  await page.keyboard.press('Escape');
  await expect(copyRow).toHaveClass(/selected/);
  await expect(copyRow.getByTestId('review-copy-badge')).toHaveText('bản sao');
  await expect(page.getByTestId('review-row')).toHaveCount(2);

  // Metadata side panel: status and chair are saved.
  await copyRow.getByTestId('review-properties').click();
  const panel = page.getByTestId('metadata-panel');
  await panel.getByTestId('meta-status').selectOption('final');
  await panel.getByTestId('meta-chairName').fill('Đặng Hoàng Giang');
  await panel.getByTestId('meta-save').click();
  await expect(copyRow).toContainText('Hoàn thành');

  await copyRow.getByTestId('review-delete').click();
  await expect(page.getByTestId('review-row')).toHaveCount(1);
  await page.getByTestId('nav-trash').click();
  const trash = page.getByTestId('trash-view');
  await expect(trash.getByTestId('trash-row')).toHaveCount(1);
  await trash.getByTestId('trash-restore').click();
  await expect(trash.getByTestId('trash-row')).toHaveCount(0);
  await page.getByTestId('nav-library').click();
  await expect(page.getByTestId('review-row')).toHaveCount(2);

  // Empty the trash: the first time the user says no, the second time yes.
  await row(page, 'Bản đã đổi tên').first().getByTestId('review-delete').click();
  await expect(page.getByTestId('review-row')).toHaveCount(1);
  await page.getByTestId('nav-trash').click();
  await app.answer({ confirm: [false, true] });
  await page.getByTestId('empty-trash').click();
  await expect(trash.getByTestId('trash-row')).toHaveCount(1);
  await page.getByTestId('empty-trash').click();
  await expect(trash.getByTestId('trash-row')).toHaveCount(0);
  await expect(trash).toContainText('Thùng rác trống.');
});

test('import a folder by the menu: progress, then one result line per file, and the reviews in the library', async ({ app, page }) => {
  const folder = mkdtempSync(join(tmpdir(), 'rd-import-'));
  cpSync(SEEDS, folder, { recursive: true });
  writeFileSync(join(folder, 'empty.txt'), '');
  const files = readdirSync(folder).length;
  await app.answer({ pickImport: [[folder]] });
  await app.menu('import-folder');
  const panel = page.getByTestId('import-panel');
  await expect(panel).toBeVisible();
  await expect(panel).toHaveAttribute('data-state', 'finished', { timeout: 30_000 });
  await expect(panel.getByTestId('import-result')).toHaveCount(files);
  await expect(panel.locator('[data-testid=import-result][data-status=imported]')).toHaveCount(5);
  const failed = panel.locator('[data-testid=import-result][data-status=error]');
  await expect(failed).toHaveCount(1);
  await expect(failed).toContainText('empty.txt');
  await expect(page.getByTestId('review-row')).toHaveCount(5);
  const years = await page.getByTestId('year-group').evaluateAll((groups) => groups.map((g) => g.getAttribute('data-year')));
  expect(years).toEqual([...years].sort().reverse());

  // The same folder again, by the library's button: every file is a duplicate (or the same error).
  await panel.getByTestId('import-close').click();
  await app.answer({ pickImport: [[folder]] });
  await page.getByTestId('import-folder').click();
  await expect(panel).toHaveAttribute('data-state', 'finished', { timeout: 30_000 });
  await expect(panel.locator('[data-testid=import-result][data-status=duplicate]')).toHaveCount(5);
  await expect(page.getByTestId('review-row')).toHaveCount(5);
});

test('dropping files in browser mode explains that drag-and-drop needs the desktop app', async ({ app, page }) => {
  test.skip(app.mode !== 'browser', 'the desktop app imports dropped files instead');
  const dataTransfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['Hội nghị'], 'bao-cao.txt', { type: 'text/plain' }));
    return dt;
  });
  await page.getByTestId('library-view').dispatchEvent('dragover', { dataTransfer });
  await page.getByTestId('library-view').dispatchEvent('drop', { dataTransfer });
  await expect(page.getByText('Kéo thả tệp chỉ dùng được trong ứng dụng máy tính.', { exact: false })).toBeVisible();
});

test('the English switch changes the UI and is remembered across a restart', async ({ app, page }) => {
  await expect(page.getByTestId('nav-library')).toHaveText(/Thư viện/);
  await page.getByTestId('locale-en').click();
  await expect(page.getByTestId('nav-library')).toHaveText(/Library/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const again = await app.restart();
  await expect(again.getByTestId('nav-library')).toHaveText(/Library/);
  await again.getByTestId('open-about').click();
  await expect(again.getByTestId('about-data-dir')).toHaveText(app.dataDir);
});

test('a toast on screen follows a language switch, its Undo included', async ({ page }) => {
  const title = 'Báo cáo tổng kết 2026';
  await createReview(page, title);
  await backToLibrary(page);
  const rows = page.getByTestId('review-row');
  await expect(rows).toHaveCount(1);
  await row(page, title).hover();
  await row(page, title).getByTestId('review-delete').click();
  await expect(rows).toHaveCount(0);
  const toast = page.getByTestId('toast-deleted');
  await expect(toast).toContainText(`Đã chuyển “${title}” vào thùng rác.`);
  await expect(page.getByTestId('toast-undo')).toHaveText('Hoàn tác');
  await page.getByTestId('locale-en').click();
  await expect(toast).toContainText(`Moved “${title}” to the trash.`);
  await expect(page.getByTestId('toast-undo')).toHaveText('Undo');
  await page.getByTestId('toast-undo').click();
  await expect(rows).toHaveCount(1);
  // The Undo's own confirmation is in the language now shown.
  await expect(page.getByTestId('toast-success')).toContainText(`Restored “${title}”`);
  await page.getByTestId('locale-vi').click();
  await expect(page.getByTestId('toast-success')).toContainText(`“${title}”`);
  await expect(page.getByTestId('toast-success')).not.toContainText('Restored');
});

test('the native menu opens the new-review dialog, search and the trash', async ({ app, page }) => {
  await app.menu('new-review');
  await expect(page.getByTestId('new-review-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('new-review-dialog')).toBeHidden();
  await app.menu('trash');
  await expect(page.getByTestId('trash-view')).toBeVisible();
  await app.menu('library');
  await expect(page.getByTestId('library-view')).toBeVisible();
  await app.menu('search');
  await expect(page.getByTestId('search-overlay')).toBeVisible();
});
