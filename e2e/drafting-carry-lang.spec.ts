// drafting (issue 10, second session): an English draft built on the Vietnamese 2025 article. Orientations
// the translation memory cannot translate keep last year's wording and say so, in the checklist and in
// the Check panel, in the interface's language.
import { test, expect } from './fixtures.ts';
import { invoke } from './invoke.ts';

test.use({ withSamples: true });

test('an English 2026 report on the Vietnamese 2025 article marks the untranslated orientations', async ({ page }) => {
  await expect(page.getByTestId('review-row').first()).toBeVisible();
  await page.getByTestId('new-review').click();
  const dialog = page.getByTestId('new-review-dialog');
  await dialog.getByTestId('new-review-year').fill('2026');
  await dialog.getByTestId('new-review-lang').selectOption('en');
  await dialog.getByTestId('new-review-kind').selectOption('report');
  await expect(dialog.getByTestId('new-review-template')).toHaveValue('annual-report.en');
  const from = dialog.getByTestId('new-review-from');
  // The 2025 article (the Vietnamese press article of the 2025 meeting), not the 2025 sample report.
  const reviews = await invoke<{ id: string; year: number; lang: string; kind: string }[]>(page, 'reviews:list', {});
  const article = reviews.find((r) => r.year === 2025 && r.lang === 'vi' && r.kind === 'press');
  expect(article).toBeTruthy();
  await from.selectOption(article!.id);
  await dialog.getByTestId('new-review-create').click();

  const editor = page.getByTestId('editor');
  await expect(editor).toContainText('ORIENTATIONS FOR 2027');
  const items = page.getByTestId('carry-item');
  await expect.poll(() => items.count()).toBeGreaterThanOrEqual(8);
  const marked = page.locator('[data-testid="carry-item"][data-untranslated="vi"]');
  const n = await marked.count();
  expect(n).toBeGreaterThanOrEqual(1);
  // Every item is English from the memory (its original on hover) or marked, never silently Vietnamese.
  for (let i = 0; i < await items.count(); i++) {
    const item = items.nth(i);
    if (await item.getAttribute('data-untranslated') === 'vi') {
      await expect(item.getByTestId('carry-untranslated')).toHaveText('Chưa dịch — tiếng Việt');
      await expect(item.locator('.rd-carry-text')).toHaveAttribute('lang', 'vi');
    } else {
      await expect(item.locator('.rd-carry-text')).toHaveAttribute('title', /^Nguyên văn năm trước: /);
    }
  }
  await expect(marked.first()).toContainText('Tiếp tục phát huy vai trò thành viên chủ động');

  // The Check panel lists each one, and says so in English in the English interface.
  await page.getByTestId('toggle-check').click();
  const findings = page.locator('[data-testid="check-item"][data-kind="carry-untranslated"]');
  await expect(findings).toHaveCount(n);
  await expect(findings.first()).toContainText('Phương hướng chưa dịch sang tiếng Anh (còn bằng tiếng Việt)');
  await page.getByTestId('locale-en').click();
  await expect(findings.first()).toContainText('Orientation not translated into English (still in Vietnamese)');
  await expect(marked.first().getByTestId('carry-untranslated')).toHaveText('Not translated — Vietnamese');
  await marked.first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/drafting-carry-untranslated.png' });
});
