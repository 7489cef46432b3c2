// Search over the sample library (tone marks optional, filters, highlighted snippets, opening a hit
// at its paragraph), the Ctrl+K overlay, the sections panel, and the history panel (diff, restore).
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { chooseBlankPage } from './actions.ts'; // drafting (issue 10)

async function openFirstReview(page: Page): Promise<void> {
  await page.getByTestId('review-open').first().click();
  await expect(page.getByTestId('editor')).toBeVisible();
}

test.describe('with the sample library', () => {
  test.use({ withSamples: true });

  test('search without tone marks finds the Vietnamese name, highlighted, and opens the review at that paragraph', async ({ page }) => {
    await expect(page.getByTestId('review-row')).toHaveCount(6); // five articles + the 2025 sample report (drafting, issue 10)
    await page.getByTestId('search-input').fill('dang hoang giang');
    const results = page.getByTestId('search-result');
    await expect(results.first()).toBeVisible();
    // The hit is marked with <mark>, in the original spelling.
    await expect(results.first().locator('mark').first()).toHaveText(/Đặng|Hoàng|Giang/);
    const block = Number(await results.first().getAttribute('data-block'));
    await results.first().click();
    await expect(page.getByTestId('editor-screen')).toBeVisible();
    const target = page.getByTestId('editor').locator(':scope > *').nth(block);
    await expect(target).toContainText(/Đặng\s+Hoàng\s+Giang/);
    await expect(target).toHaveClass(/rd-flash/);
    await expect(target).toBeInViewport();
  });

  test('filters narrow the results: language and year range', async ({ page }) => {
    await page.getByTestId('search-input').fill('ASEAN');
    await expect(page.getByTestId('search-result').first()).toBeVisible();
    await page.getByTestId('search-lang').selectOption('en');
    await expect(page.locator('[data-testid=search-results] .lang-badge.lang-vi')).toHaveCount(0);
    await expect(page.locator('[data-testid=search-results] .lang-badge.lang-en').first()).toBeVisible();
    await page.getByTestId('search-lang').selectOption('');
    await page.getByTestId('search-year-from').fill('2030');
    await expect(page.getByTestId('search-results')).toContainText('Không có kết quả');
  });

  test('Ctrl+K opens search over the editor, Escape closes it and returns focus', async ({ page }) => {
    await openFirstReview(page);
    await page.getByTestId('editor').click();
    await page.keyboard.press('Control+k');
    const overlay = page.getByTestId('search-overlay');
    await expect(overlay).toBeVisible();
    await expect(overlay.getByTestId('search-input')).toBeFocused();
    await page.keyboard.type('de an 161');
    await expect(overlay.getByTestId('search-result').first()).toBeVisible();
    await expect(overlay.locator('mark').first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(overlay).toBeHidden();
    await expect(page.getByTestId('editor')).toBeFocused();
  });

  test('the sections panel lists keyed sections; a click scrolls to one; a corrected key is kept', async ({ app, page }) => {
    await openFirstReview(page);
    const items = page.getByTestId('section-item');
    await expect(items.first()).toBeVisible();
    const count = await items.count();
    const last = items.nth(count - 1);
    await last.locator('.section-jump').click();
    await expect(page.locator('.rd-flash')).toBeVisible();
    await last.getByTestId('section-key').selectOption('closing');
    await expect(last.getByTestId('section-key')).toHaveValue('closing');
    const again = await app.restart();
    await expect(again.getByTestId('section-item').nth(count - 1).getByTestId('section-key')).toHaveValue('closing');
  });
});

test('history: versions with reasons, a word diff against the current text, and restore', async ({ app, page }) => {
  await page.getByTestId('new-review').click();
  await chooseBlankPage(page); // drafting (issue 10)
  await page.getByTestId('new-review-title').fill('Báo cáo lịch sử');
  await page.getByTestId('new-review-create').click();
  const editor = page.getByTestId('editor');
  await editor.click();
  await page.keyboard.type('Hội nghị tổng kết năm 2025.');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-status')).toHaveText(/Đã lưu lúc/);
  await page.keyboard.type(' Thêm đoạn mới.');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-status')).toHaveText(/Đã lưu lúc/);

  await page.getByTestId('toggle-history').click();
  const items = page.getByTestId('history-item');
  await expect(items).toHaveCount(3);
  await expect(items.first()).toContainText('Lưu thủ công');
  await expect(items.last()).toContainText('Tạo mới');

  // The first manual save, read as what restoring it would do: the words added since would go away.
  await items.nth(1).click();
  const diff = page.getByTestId('version-diff');
  await expect(diff.locator('del')).toContainText('Thêm đoạn mới');
  await expect(diff.locator('ins')).toHaveCount(0);
  await expect(page.getByTestId('diff-legend')).toContainText('Bị bỏ đi nếu khôi phục');
  // The creation version (empty) would bring nothing back and take the whole text away.
  await items.nth(2).click();
  await expect(diff.locator('del')).toContainText('Hội nghị tổng kết');
  await items.nth(1).click();
  await page.getByTestId('history-preview-tab').click();
  await expect(page.getByTestId('version-preview')).toHaveText('Hội nghị tổng kết năm 2025.');

  await app.answer({ confirm: [true] });
  await page.getByTestId('restore-version').click();
  await expect(page.getByTestId('restore-done')).toBeVisible();
  await expect(editor).toHaveText('Hội nghị tổng kết năm 2025.');
  await expect(items.first()).toContainText('Khôi phục');
  await expect(page.getByTestId('history-item').filter({ hasText: 'Trước khi khôi phục' })).toHaveCount(1);

  // The restored text is what the store holds: it survives a restart.
  const again = await app.restart();
  await expect(again.getByTestId('editor')).toHaveText('Hội nghị tổng kết năm 2025.');
});
