// Keyboard only (issue 15): focus is visible on every kind of button, focus goes back to what opened a
// panel when it closes, the block-type select does not apply what the arrows browse, the library is
// one tab stop moved with the arrows, and a whole journey — open a review, format text, export, come
// back — works without the mouse.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { chooseBlankPage } from './actions.ts';

const activeTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? null);

/** Presses `key` until the focused element has test id `testId` (at most `max` times): a keyboard user's way there. */
async function pressUntil(page: Page, key: string, testId: string, max = 40): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press(key);
    if (await activeTestId(page) === testId) return i;
  }
  throw new Error(`${testId} not reached with ${max} × ${key} (at ${await activeTestId(page)})`);
}

/** Pixels around the element, with room for an outline outside it. */
async function shot(page: Page, locator: Locator): Promise<Buffer> {
  const box = (await locator.boundingBox())!;
  return page.screenshot({ clip: { x: box.x - 6, y: box.y - 6, width: box.width + 12, height: box.height + 12 }, animations: 'disabled' });
}

/** Focused by keyboard (focus-visible) vs not: the pictures differ and the ring is a solid 2 px outline. */
async function expectVisibleFocus(page: Page, locator: Locator, name: string): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.mouse.move(0, 0);
  const before = await shot(page, locator);
  await page.keyboard.press('Shift'); // the last input is a key: programmatic focus shows :focus-visible
  await locator.focus();
  expect(await locator.evaluate((el) => el.matches(':focus-visible')), `${name} is focus-visible`).toBe(true);
  const after = await shot(page, locator);
  expect(before.equals(after), `${name}: focused and unfocused look the same`).toBe(false);
  const ring = await locator.evaluate((el) => { const s = getComputedStyle(el); return `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`; });
  expect(ring, `${name} ring`).toBe('solid 2px rgb(36, 92, 178)');
}

test.describe('with the sample library', () => {
  test.use({ withSamples: true });

  test('every kind of button shows a focus ring', async ({ page }) => {
    await expect(page.getByTestId('review-row').first()).toBeVisible();
    await expectVisibleFocus(page, page.getByTestId('new-review'), 'new review (primary)');
    await expectVisibleFocus(page, page.getByTestId('import-files'), 'import (.button)');
    await expectVisibleFocus(page, page.getByTestId('locale-en'), 'language option');
    await expectVisibleFocus(page, page.getByTestId('review-open').first(), 'a library row');
    await page.getByTestId('review-open').first().click();
    await expect(page.getByTestId('editor')).toBeVisible();
    await expectVisibleFocus(page, page.getByTestId('back-to-library'), 'back (ghost)');
    await expectVisibleFocus(page, page.getByTestId('toggle-history'), 'history');
    await expectVisibleFocus(page, page.getByTestId('open-export'), 'export');
    await page.getByTestId('open-export').click();
    const footer = page.getByTestId('export-dialog').locator('.modal-footer .button').first();
    await expectVisibleFocus(page, footer, 'dialog footer button');
  });

  test('the library is one tab stop, moved with the arrow keys; the skip link reaches it', async ({ page }) => {
    const rows = page.getByTestId('review-row');
    await expect(rows).toHaveCount(6);
    // The first Tab of the page is the skip link; it jumps past the sidebar to the search box.
    await page.locator('body').press('Tab');
    await expect(page.getByTestId('skip-link')).toBeFocused();
    await expect(page.getByTestId('skip-link')).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('search-input')).toBeFocused();
    // From the search box to the list: a few filter fields, then the list (not five stops per row).
    const tabs = await pressUntil(page, 'Tab', 'review-open', 12);
    expect(tabs).toBeLessThanOrEqual(7);
    const first = await page.evaluate(() => document.activeElement!.closest('[data-review-id]')!.getAttribute('data-review-id'));
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement!.closest('[data-review-id]')!.getAttribute('data-review-id'));
    expect(second).not.toBe(first);
    expect(await activeTestId(page)).toBe('review-open');
    // Right arrow reaches the row's buttons; Tab leaves the list at once (here: wraps to the skip link).
    await page.keyboard.press('ArrowRight');
    expect(await activeTestId(page)).not.toBe('review-open');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement!.closest('[data-testid="review-list"]') === null)).toBe(true);
    // Tabbing into the list again lands on the row that was active, not the first one.
    await page.getByTestId('search-input').focus();
    await pressUntil(page, 'Tab', 'review-open', 12);
    expect(await page.evaluate(() => document.activeElement!.closest('[data-review-id]')?.getAttribute('data-review-id'))).toBe(second);
    // End / Home.
    await page.keyboard.press('End');
    expect(await page.evaluate(() => document.activeElement!.closest('[data-review-id]')?.getAttribute('data-review-id')))
      .toBe(await rows.last().getAttribute('data-review-id'));
    await page.keyboard.press('Home');
    expect(await page.evaluate(() => document.activeElement!.closest('[data-review-id]')?.getAttribute('data-review-id'))).toBe(first);
  });

  test('closing a panel (Esc or ×) gives the focus back to its button, never to <body>', async ({ page }) => {
    await page.getByTestId('review-open').first().click();
    await expect(page.getByTestId('editor')).toBeVisible();
    const toggle = page.getByTestId('toggle-history');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('history-panel')).toBeVisible();
    await page.getByTestId('history-item').first().focus();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('history-panel')).toHaveCount(0);
    await expect(toggle).toBeFocused();

    const properties = page.getByTestId('toggle-properties');
    await properties.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('metadata-panel');
    await expect(panel).toBeVisible();
    await panel.getByRole('button', { name: /Đóng/ }).focus();
    await page.keyboard.press('Enter');
    await expect(panel).toHaveCount(0);
    await expect(properties).toBeFocused();
  });

  test('the block-type select browses with the arrows and applies only on Enter', async ({ page }) => {
    await page.getByTestId('new-review').click();
    await chooseBlankPage(page);
    await page.getByTestId('new-review-title').fill('Kiểu khối');
    await page.getByTestId('new-review-create').click();
    const editor = page.getByTestId('editor');
    await editor.click();
    await page.keyboard.type('Đoạn thử');
    const select = page.getByTestId('tb-block-type');
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(select).toHaveValue('h2');
    // Nothing applied, the focus stays on the select.
    await expect(editor.locator('h1, h2, h3')).toHaveCount(0);
    await expect(select).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(select).toHaveValue('paragraph');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(editor.locator('h1')).toHaveText('Đoạn thử');
  });

  test('keyboard only: open a review, format text, export, and come back to it in the library', async ({ app, page }) => {
    const out = join(mkdtempSync(join(tmpdir(), 'rd-kbd-')), 'ban-phim.docx');
    await expect(page.getByTestId('review-row')).toHaveCount(6);
    await page.locator('body').press('Tab');
    await page.keyboard.press('Enter'); // skip link → search box
    await pressUntil(page, 'Tab', 'review-open', 12);
    await page.keyboard.press('ArrowDown');
    const opened = await page.evaluate(() => document.activeElement!.closest('[data-review-id]')!.getAttribute('data-review-id'));
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('editor-screen')).toHaveAttribute('data-review-id', opened!);
    // The text has the focus, and the screen says how to leave it.
    await expect(page.getByTestId('editor')).toBeFocused();
    await expect(page.getByTestId('editor-exit-hint')).toHaveAttribute('data-shown', 'true');

    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Câu in đậm bằng bàn phím');
    await expect(page.getByTestId('editor')).toContainText('Câu in đậm bằng bàn phím');
    await page.keyboard.press('Shift+Home');
    // The line is selected (the editor has taken the typing in before the selection is made).
    await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe('Câu in đậm bằng bàn phím');
    await page.keyboard.press('Control+b');
    await expect(page.getByTestId('editor').locator('strong, b, .rd-bold').filter({ hasText: 'Câu in đậm bằng bàn phím' })).toHaveCount(1);
    await page.keyboard.press('End');

    // Out of the text (Esc, then Shift+Tab: Tab alone indents in the editor) to the header's Export
    // button, backwards through the toolbar.
    await page.keyboard.press('Escape');
    await pressUntil(page, 'Shift+Tab', 'open-export', 40);
    await app.answer({ pickExport: [out] });
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('export-dialog');
    await expect(dialog).toBeVisible();
    // As a user does, once the form is there (while the settings load, the focus waits on the loading
    // line; it was on the dialog's ×, which an early Enter pressed): its first field has the focus, and
    // Enter is the form's primary action, export to Word.
    await expect(dialog.locator('.form-columns input').first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('export-done')).toContainText(out);
    await expect(dialog).toBeHidden();
    expect(existsSync(out)).toBe(true);
    await expect(page.getByTestId('open-export')).toBeFocused();

    await pressUntil(page, 'Shift+Tab', 'back-to-library', 12);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('library-view')).toBeVisible();
    // Back in the library, the review that was opened has the focus.
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-review-id]')?.getAttribute('data-review-id'))).toBe(opened);
    expect(await activeTestId(page)).toBe('review-open');
  });
});
