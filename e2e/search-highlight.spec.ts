// Search over the samples marks the matched terms and phrases only: not "Đăng" of a photo credit for
// "dang hoang giang", not "An" of "An ninh" for "de an 161".
import { test, expect } from './fixtures.ts';

test.use({ withSamples: true });

for (const [query, expected] of [['dang hoang giang', 'Đặng Hoàng Giang'], ['de an 161', 'Đề án 161']] as const) {
  test(`"${query}" marks "${expected}" and nothing else`, async ({ page }) => {
    await expect(page.getByTestId('review-row')).toHaveCount(6);
    await page.getByTestId('search-input').fill(query);
    const results = page.getByTestId('search-result');
    await expect(results.first()).toBeVisible();
    const marks = await page.getByTestId('search-results').locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.filter((m) => m.normalize('NFC') !== expected), `stray marks: ${marks.join(' | ')}`).toEqual([]);
  });
}
