// WCAG 2.1 AA in every state of the app (axe-core, the same engine as the audit in issue 15), in
// Vietnamese and in English: library, search, Ctrl+K, editor, history, properties, export, new review,
// trash, About. Any violation fails, with its rule, impact and the elements named.
import { test, expect } from './fixtures.ts';
import { axe, report } from './axe.ts';

for (const locale of ['vi', 'en'] as const) {
  test.describe(`axe in every state (${locale})`, () => {
    test.use({ withSamples: true });

    test(`library, search, Ctrl+K, new review, trash, About, editor, history, properties, export — ${locale}`, async ({ page }) => {
      test.setTimeout(120_000);
      const found: string[] = [];
      const check = async (state: string) => {
        const violations = await axe(page);
        if (violations.length) found.push(report(`${locale} ${state}`, violations));
      };
      test.info().attach('axe', { body: 'see the assertion' }).catch(() => undefined);
      page.on('close', () => { if (found.length) console.log(found.join('\n\n')); });

      await expect(page.getByTestId('review-row').first()).toBeVisible();
      if (locale === 'en') {
        await page.getByTestId('locale-en').click();
        await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      }
      await check('library');

      await page.getByTestId('search-input').fill('ASEAN');
      await expect(page.getByTestId('search-result').first()).toBeVisible();
      await check('search');
      await page.getByTestId('search-input').fill('');

      await page.keyboard.press('Control+k');
      await expect(page.getByTestId('search-overlay')).toBeVisible();
      await page.getByTestId('search-overlay').getByTestId('search-input').fill('hợp tác');
      await expect(page.getByTestId('search-overlay').getByTestId('search-result').first()).toBeVisible();
      await check('Ctrl+K');
      // The overlay shares the library's search: empty it so the library shows its list again.
      await page.getByTestId('search-overlay').getByTestId('search-input').fill('');
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('search-overlay')).toHaveCount(0);

      await page.getByTestId('new-review').click();
      await expect(page.getByTestId('new-review-dialog')).toBeVisible();
      await check('new review');
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('new-review-dialog')).toHaveCount(0);

      await page.getByTestId('open-about').click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await check('About');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);

      // The trash, with something in it.
      const firstRow = page.getByTestId('review-row').first();
      await firstRow.getByTestId('review-delete').click();
      await page.getByTestId('nav-trash').click();
      await expect(page.getByTestId('trash-row').first()).toBeVisible();
      await check('trash');

      await page.getByTestId('nav-library').click();
      await page.getByTestId('review-row').first().getByTestId('review-open').click();
      await expect(page.getByTestId('editor')).toBeVisible();
      await check('editor');

      await page.getByTestId('toggle-history').click();
      await expect(page.getByTestId('history-panel')).toBeVisible();
      await expect(page.getByTestId('history-item').first()).toBeVisible();
      await page.getByTestId('history-item').first().click();
      await expect(page.getByTestId('version-detail')).toBeVisible();
      await check('history');
      await page.getByTestId('toggle-history').click();

      await page.getByTestId('toggle-properties').click();
      await expect(page.getByTestId('metadata-panel')).toBeVisible();
      await check('properties');
      await page.getByTestId('toggle-properties').click();

      await page.getByTestId('open-export').click();
      await expect(page.getByTestId('export-dialog')).toBeVisible();
      await check('export');

      expect(found.join('\n\n'), 'axe violations').toBe('');
    });
  });
}
