// The library list beside the properties panel, at 1280 and 900 px: every title readable, column
// headers apart, row icons and translation chips clear of the dates; the meeting-date column holds
// the meeting date or nothing and the last change has its own column; toasts do not pile up.
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

async function boxes(locator: Locator): Promise<Box[]> {
  return locator.evaluateAll((els) => els.map((el) => { const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }));
}

async function expectReadable(page: Page, label: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${label}.png`) });
  // Column headers never run into each other ("TIÊU ĐỀLOẠI").
  const headers = (await boxes(page.locator('.review-columns > span'))).filter((b) => b.width > 0);
  for (let i = 0; i < headers.length; i += 1) {
    for (let j = i + 1; j < headers.length; j += 1) expect(overlaps(headers[i]!, headers[j]!), `${label}: header ${i} and ${j} overlap`).toBe(false);
  }
  const rows = page.getByTestId('review-row');
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i += 1) {
    const row = rows.nth(i);
    const [title] = await boxes(row.locator('.review-title'));
    expect(title!.width, `${label}: row ${i} title width`).toBeGreaterThan(140);
    expect(title!.height, `${label}: row ${i} title height`).toBeGreaterThan(10);
    const [actions] = await boxes(row.locator('.row-actions'));
    const dates = [...await boxes(row.getByTestId('review-date')), ...await boxes(row.getByTestId('review-changed'))].filter((b) => b.width > 0);
    for (const date of dates) expect(overlaps(actions!, date), `${label}: row ${i} actions cover a date`).toBe(false);
    for (const chip of await boxes(row.getByTestId('review-translation'))) {
      for (const date of dates) expect(overlaps(chip, date), `${label}: row ${i} chip covers a date`).toBe(false);
      expect(chip.x + chip.width, `${label}: row ${i} chip inside its column`).toBeLessThanOrEqual(actions!.x + actions!.width + 0.5);
      expect(chip.x, `${label}: row ${i} chip inside its column`).toBeGreaterThanOrEqual(actions!.x - 0.5);
    }
  }
}

test.describe('with the sample library', () => {
  test.use({ withSamples: true });

  for (const width of [1280, 900]) {
    test(`the list stays readable with and without the properties panel at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await expect(page.getByTestId('review-row')).toHaveCount(6);
      await expectReadable(page, `library-${width}`);
      await page.getByTestId('review-row').first().getByTestId('review-properties').click();
      await expect(page.getByTestId('metadata-panel')).toBeVisible();
      await expectReadable(page, `library-${width}-properties`);
    });
  }

  test('the meeting-date column shows the meeting date or nothing; the last change has its own column; "Nguồn" is not an internal name', async ({ page }) => {
    await expect(page.getByTestId('review-row')).toHaveCount(6);
    const dates = await page.getByTestId('review-date').allTextContents();
    expect(dates.every((d) => d === '' || /^\d{2}\/(\d{2}\/)?\d{4}$/.test(d)), dates.join(' | ')).toBe(true);
    expect(dates).toContain('');
    const changed = await page.getByTestId('review-changed').allTextContents();
    expect(changed.every((c) => /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/.test(c)), changed.join(' | ')).toBe(true);
    await page.getByTestId('review-row').first().getByTestId('review-properties').click();
    await expect(page.getByTestId('meta-source')).not.toHaveValue(/^\d{3}_[0-9a-f]+\.txt$/);
    await expect(page.getByTestId('meta-source')).toHaveValue(/[Bb]ản mẫu|Báo cáo mẫu/);
  });

  test('toasts do not pile up: one confirmation at a time', async ({ page }) => {
    const rows = page.getByTestId('review-row');
    await expect(rows).toHaveCount(6);
    await rows.nth(0).getByTestId('review-delete').click();
    await expect(page.getByTestId('toast-deleted')).toHaveCount(1);
    await rows.nth(0).getByTestId('review-delete').click();
    await expect(rows).toHaveCount(4);
    await rows.nth(0).getByTestId('review-delete').click();
    await expect(rows).toHaveCount(3);
    await expect(page.locator('.toast')).toHaveCount(1);
    // The Undo of the toast shown is the last deletion's.
    await page.getByTestId('toast-undo').click();
    await expect(rows).toHaveCount(4);
  });
});
