// A library larger than the screen, and a search with more hits than one page: the list renders only
// what is on screen yet keeps keyboard navigation whole (End reaches the last review, going back from
// a review focuses it again even far down), and search says when there are more hits and shows them.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { doc, paragraph } from '../electron/shared/doc-build.ts';

const activeTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? null);

/** Creates `count` reviews through the app's own channels (one round trip for all of them). */
async function seed(page: Page, count: number, content?: ReturnType<typeof doc>): Promise<void> {
  await page.evaluate(async ({ count, content }) => {
    const w = window as unknown as { rdTransport: { invoke(c: string, a: unknown): Promise<{ ok: boolean; value: { id: string } }> } };
    for (let i = 0; i < count; i++) {
      const created = await w.rdTransport.invoke('reviews:create', { title: `Báo cáo số ${String(i + 1).padStart(3, '0')}`, year: 2000 + (i % 20), lang: 'vi' });
      if (content) await w.rdTransport.invoke('reviews:save', { id: created.value.id, content, reason: 'manual' });
    }
  }, { count, content: content ?? null });
}

test('300 reviews: only the rows on screen are in the page, and the keyboard still reaches every one', async ({ page }) => {
  test.setTimeout(90_000);
  await seed(page, 300);
  await page.reload();
  const rows = page.getByTestId('review-row');
  await expect(rows.first()).toBeVisible();
  await expect(page.getByTestId('review-list')).toHaveAttribute('data-rows', '300');
  expect(await rows.count()).toBeLessThan(80);

  // End: the last review (year 2000, the oldest group), focused and on screen.
  await page.getByTestId('review-open').first().focus();
  await page.keyboard.press('End');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('data-testid', 'review-open');
  await expect(focused).toBeInViewport();
  const lastYear = await page.evaluate(() => document.activeElement!.closest('[data-testid="year-group"]')!.getAttribute('data-year'));
  expect(lastYear).toBe('2000');
  // Screen readers hear "n of m" in the year's list, though the other rows are not in the page.
  const item = focused.locator('xpath=ancestor::*[@role="listitem"]');
  await expect(item).toHaveAttribute('aria-posinset', '15');
  await expect(item).toHaveAttribute('aria-setsize', '15');

  // Up a few rows, open it, come back: the same row has the focus, scrolled into view.
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
  const opened = await page.evaluate(() => document.activeElement!.closest('[data-review-id]')!.getAttribute('data-review-id'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('editor-screen')).toHaveAttribute('data-review-id', opened!);
  await page.getByTestId('back-to-library').click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-review-id]')?.getAttribute('data-review-id'))).toBe(opened);
  await expect(page.locator(':focus')).toBeInViewport();

  // The mouse wheel scrolls through rows that are rendered as they come.
  await page.getByTestId('review-open').first().focus();
  await page.keyboard.press('Home');
  await page.mouse.move(700, 600);
  for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 600);
  await expect.poll(() => page.evaluate(() => {
    const scroller = document.querySelector('.library-main')!;
    const box = scroller.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit?.closest('[data-testid="review-row"], .year-heading') !== null;
  })).toBe(true);
  // The focused first row was scrolled out of the page: the focus is on the list, not on <body>, and
  // ArrowDown brings it back to the next row (scrolled into view again).
  await expect.poll(() => activeTestId(page)).toBe('review-list');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator(':focus')).toHaveAttribute('data-testid', 'review-open');
  await expect(page.locator(':focus')).toBeInViewport();
});

test('search says when there are more hits than shown, and shows them on request', async ({ page }) => {
  test.setTimeout(90_000);
  const body = doc(Array.from({ length: 75 }, (_, i) => paragraph(`Đoạn ${i + 1} về hợp tác tiểu vùng Mekong.`)));
  await seed(page, 2, body);
  await page.reload();
  await page.getByTestId('search-input').fill('Mekong');
  await expect(page.getByTestId('search-result')).toHaveCount(100);
  await expect(page.locator('.results-count')).toHaveText('Có hơn 100 kết quả — đang hiện 100 kết quả đầu');
  await page.getByTestId('search-more').click();
  await expect(page.getByTestId('search-result')).toHaveCount(150);
  await expect(page.locator('.results-count')).toHaveText('150 kết quả');
  await expect(page.getByTestId('search-more')).toHaveCount(0);
  // One announcement of the count, not a live region around 150 hits.
  await expect(page.getByTestId('search-results')).not.toHaveAttribute('aria-live', /.*/);
  await expect(page.getByTestId('search-announce')).toHaveText('150 kết quả');
  // The results are one tab stop.
  const tabbable = await page.getByTestId('search-result').evaluateAll((els) => els.filter((el) => (el as HTMLElement).tabIndex === 0).length);
  expect(tabbable).toBe(1);
});

// library (issue 15): the list is read a window at a time — going back asks for the rows on screen,
// never the whole list; type-ahead finds rows that are not loaded; an edited review moves to the top of
// its year and keeps the focus.
test('1,200 reviews: the list reads only what it shows; type-ahead and going back after an edit find the row', async ({ page }) => {
  test.setTimeout(120_000);
  await page.evaluate(async () => {
    const w = window as unknown as { rdTransport: { invoke(c: string, a: unknown): Promise<unknown> } };
    for (let i = 0; i < 1200; i++) await w.rdTransport.invoke('reviews:create', { title: `Báo cáo số ${String(i + 1).padStart(4, '0')}`, year: 2000 + (i % 12), lang: 'vi' });
    // Far down (the oldest year's last rows): not loaded when the library opens.
    await w.rdTransport.invoke('reviews:create', { title: 'Kế hoạch hợp tác', year: 1999, lang: 'vi' });
    await w.rdTransport.invoke('reviews:create', { title: 'Báo cáo cuối', year: 1999, lang: 'vi' });
  });
  await page.reload();
  await expect(page.getByTestId('review-list')).toHaveAttribute('data-rows', '1202');
  expect(await page.locator('[data-review-id]').filter({ hasText: 'Kế hoạch hợp tác' }).count()).toBe(0);
  // Count what the page asks the main side for (window.rdTransport is what the app's api calls).
  await page.evaluate(() => {
    const w = window as unknown as { rdTransport: { invoke(c: string, a: unknown): Promise<unknown> }; __asked: { channel: string; limit?: number }[] };
    w.__asked = [];
    const invoke = w.rdTransport.invoke.bind(w.rdTransport);
    w.rdTransport.invoke = (channel, arg) => { w.__asked.push({ channel, limit: (arg as { limit?: number }).limit }); return invoke(channel, arg); };
  });
  const asked = () => page.evaluate(() => (window as unknown as { __asked: { channel: string; limit?: number }[] }).__asked);

  // Type-ahead jumps to a review far down the list (not loaded until then) and focuses it.
  await page.getByTestId('review-open').first().focus();
  await page.keyboard.type('kế');
  await expect(page.locator(':focus')).toHaveAttribute('title', 'Kế hoạch hợp tác');
  await expect(page.locator(':focus')).toBeInViewport();
  const opened = await page.evaluate(() => document.activeElement!.closest('[data-review-id]')!.getAttribute('data-review-id'));
  const item = page.locator(`[role="listitem"][data-review-id="${opened}"]`);
  // The last review of the list (1999 holds two; the other was edited after it).
  await expect(item).toHaveAttribute('aria-posinset', '2');
  await expect(item).toHaveAttribute('aria-setsize', '2');
  await expect(item).toHaveAttribute('data-index', '1201');

  // Open it, type (saved: it is now the most recently edited of its year), go back.
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('editor')).toBeVisible();
  await page.getByTestId('editor').click();
  await page.keyboard.type('Thêm một câu.');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved', { timeout: 10_000 });
  await page.getByTestId('back-to-library').click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-review-id]')?.getAttribute('data-review-id'))).toBe(opened);
  await expect(item).toHaveAttribute('aria-posinset', '1');
  await expect(page.locator(':focus')).toBeInViewport();
  await expect(page.locator('[role="listitem"][data-index="1201"]')).toContainText('Báo cáo cuối');

  // Nothing asked for the whole list; every list read was a window of at most 500 rows.
  const calls = await asked();
  expect(calls.filter((c) => c.channel === 'reviews:list')).toEqual([]);
  const pages = calls.filter((c) => c.channel === 'library:page');
  expect(pages.length).toBeGreaterThan(0);
  expect(pages.every((c) => (c.limit ?? 0) <= 500)).toBe(true);

  // End, then the wheel back up: rows that were never loaded come in (placeholders are replaced).
  await page.keyboard.press('End');
  await expect(page.locator(':focus')).toBeInViewport();
  await page.mouse.move(700, 500);
  for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -2000);
  await expect.poll(() => page.getByTestId('review-row-loading').count()).toBe(0);
  await expect(page.getByTestId('review-row').first()).toBeVisible();
});

test('a large trash, New review\'s "build on" and the translation panel\'s "link with" read only what they show', async ({ page }) => {
  test.setTimeout(150_000);
  // 330 Vietnamese reviews (120 of them then trashed) and 230 English ones: more than a picker shows.
  await page.evaluate(async () => {
    const w = window as unknown as { rdTransport: { invoke(c: string, a: unknown): Promise<{ value: { id: string } }> } };
    for (let i = 0; i < 330; i++) {
      const made = await w.rdTransport.invoke('reviews:create', { title: `Báo cáo số ${String(i + 1).padStart(3, '0')}`, year: 2000 + (i % 20), lang: 'vi' });
      if (i >= 210) await w.rdTransport.invoke('reviews:delete', { id: made.value.id });
    }
    for (let i = 0; i < 230; i++) await w.rdTransport.invoke('reviews:create', { title: `Report no. ${String(i + 1).padStart(3, '0')}`, year: 2000 + (i % 20), lang: 'en' });
  });
  await page.reload();
  await expect(page.getByTestId('review-row').first()).toBeVisible();
  await page.evaluate(() => {
    const w = window as unknown as { rdTransport: { invoke(c: string, a: unknown): Promise<unknown> }; __asked: string[] };
    w.__asked = [];
    const invoke = w.rdTransport.invoke.bind(w.rdTransport);
    w.rdTransport.invoke = (channel, arg) => { w.__asked.push(channel); return invoke(channel, arg); };
  });

  // The trash: the first 100, "show more" brings the next ones and focuses the first of them.
  await page.getByTestId('nav-trash').click();
  const trash = page.getByTestId('trash-view');
  await expect(trash.getByTestId('trash-row')).toHaveCount(100);
  await expect(trash.getByTestId('trash-shown')).toHaveText('Đang hiện 100 trong 120 báo cáo ở thùng rác.');
  await trash.getByTestId('trash-show-more').click();
  await expect(trash.getByTestId('trash-row')).toHaveCount(120);
  await expect(trash.getByTestId('trash-show-more')).toHaveCount(0);
  await expect(page.locator(':focus')).toHaveAttribute('data-testid', 'trash-restore');
  expect(await page.evaluate(() => [...document.querySelectorAll('[data-testid="trash-row"]')].indexOf(document.activeElement!.closest('[data-testid="trash-row"]')!))).toBe(100);
  // Restore one: 119 left, the list keeps what was shown.
  await trash.getByTestId('trash-restore').first().click();
  await expect(trash.getByTestId('trash-row')).toHaveCount(119);

  // New review from a template: the "build on" list holds 200 of the 440 live reviews and a filter finds any.
  await page.getByTestId('nav-library').click();
  await page.getByTestId('new-review').click();
  const dialog = page.getByTestId('new-review-dialog');
  const from = dialog.getByTestId('new-review-from');
  await expect(from.locator('option')).toHaveCount(201); // "none" and 200 reviews
  await expect(dialog.getByTestId('new-review-from-filter-status')).toHaveText('Đang hiện 200 trong 441 báo cáo; gõ vào ô lọc để tìm báo cáo khác.');
  await dialog.getByTestId('new-review-from-filter').fill('bao cao so 107');
  await expect(from.locator('option')).toHaveCount(2);
  await expect(from.locator('option').nth(1)).toContainText('Báo cáo số 107');
  await from.selectOption({ index: 1 });
  await dialog.getByTestId('new-review-from-filter').fill('không có');
  await expect(dialog.getByTestId('new-review-from-filter-status')).toHaveText('Không có báo cáo nào khớp với “không có”.');
  await expect(from.locator('option:checked')).toContainText('Báo cáo số 107'); // the choice stays
  // Escape in the filter clears it (the browser's search field); the next Escape closes the dialog.
  await page.keyboard.press('Escape');
  await expect(dialog.getByTestId('new-review-from-filter')).toHaveValue('');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  // The translation panel of a Vietnamese review: "link with" offers English reviews, a filter finds any.
  const vietnamese = page.getByTestId('review-open').filter({ hasText: 'Báo cáo số' }).first();
  const viTitle = await vietnamese.getAttribute('title');
  await vietnamese.click();
  await expect(page.getByTestId('review-title')).toHaveValue(viTitle!);
  await page.getByTestId('toggle-translation').click();
  const panel = page.getByTestId('tm-panel');
  const select = panel.getByTestId('tm-link-select');
  await expect(select.locator('option')).toHaveCount(201);
  await panel.getByTestId('tm-link-filter').fill('report 123');
  await expect(select.locator('option')).toHaveCount(2);
  await select.selectOption({ index: 1 });
  await panel.getByTestId('tm-link-button').click();
  await expect(panel.getByTestId('tm-link')).toHaveCount(1);
  await expect(panel.getByTestId('tm-link')).toContainText('Report no. 123');
  // Linked: no longer a candidate.
  await expect(select).toHaveCount(0);
  await expect(panel.getByTestId('tm-link-filter-status')).toHaveText('Không có báo cáo nào khớp với “report 123”.');

  const asked = await page.evaluate(() => (window as unknown as { __asked: string[] }).__asked);
  expect(asked.filter((c) => c === 'reviews:list')).toEqual([]);
  expect(asked).toContain('library:trashPage');
  expect(asked).toContain('library:choices');
});
