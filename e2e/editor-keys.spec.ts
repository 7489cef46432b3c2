// Issue 8 items 2 and 4: Tab and Shift+Tab never throw keystrokes away (indent / outdent, table cells),
// Esc then Tab or Ctrl+Tab leave the document as documented in the shortcuts help; the list buttons act
// on the selected items only, Enter on an empty last item ends the list, Backspace at the start of an
// item lifts that item only.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { createReview } from './actions.ts';
import type { DocState } from '../electron/shared/doc.ts';

async function hooks(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __rdTestHooks: boolean }).__rdTestHooks = true;
    window.dispatchEvent(new Event('rd:test-hooks'));
  });
}
const state = (page: Page) => page.evaluate(() => (window as unknown as { __rdEditorState(): DocState }).__rdEditorState());
const active = (page: Page) => page.evaluate(() => {
  const el = document.activeElement;
  return el?.getAttribute('data-testid') ?? el?.tagName ?? null;
});

test.beforeEach(async ({ page }) => {
  await hooks(page);
  await createReview(page, 'Báo cáo thử phím');
  await expect.poll(() => active(page)).toBe('editor');
});

test('Tab and Shift+Tab in a paragraph indent and outdent it; focus never leaves, nothing typed is lost', async ({ page }) => {
  await page.keyboard.type('Đoạn một');
  await page.keyboard.press('Tab');
  expect(await active(page)).toBe('editor');
  await page.keyboard.type(' tiếp');
  await expect.poll(async () => (await state(page)).root.children[0]).toMatchObject({ type: 'paragraph', indent: 1 });
  await page.keyboard.press('Tab');
  await expect.poll(async () => (await state(page)).root.children[0]).toMatchObject({ indent: 2 });
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab'); // already at 0: nothing, and the focus stays
  expect(await active(page)).toBe('editor');
  await page.keyboard.type(' nữa');
  await expect(page.getByTestId('editor')).toHaveText('Đoạn một tiếp nữa');
  await expect.poll(async () => (await state(page)).root.children[0]).toMatchObject({ indent: 0 });
  // The indent shows on the page.
  await page.keyboard.press('Tab');
  await expect.poll(() => page.locator('[data-testid="editor"] > p').evaluate((p) => parseFloat(getComputedStyle(p).paddingInlineStart))).toBeGreaterThan(40);
});

test('Tab moves between table cells and adds a row in the last one; Shift+Tab goes back', async ({ page }) => {
  await page.getByTestId('tb-insert-table').click();
  await page.getByTestId('tb-table-rows').fill('1');
  await page.getByTestId('tb-table-cols').fill('2');
  await page.getByTestId('tb-table-insert').click();
  const cells = page.locator('[data-testid="editor"] td');
  await expect(cells).toHaveCount(2);
  await cells.nth(0).click();
  await page.keyboard.type('A');
  await page.keyboard.press('Tab');
  await page.keyboard.type('B');
  await page.keyboard.press('Tab'); // last cell: a new row, as in Word
  await expect(cells).toHaveCount(4);
  await page.keyboard.type('C');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.type('b');
  await expect(cells).toHaveText(['A', 'Bb', 'C', '']);
  expect(await active(page)).toBe('editor');
});

test('Esc then Tab, and Ctrl+Tab, leave the document to the next control, visibly; both are in the shortcuts help', async ({ page }) => {
  await page.keyboard.type('Nội dung');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  const left = await active(page);
  expect(left).not.toBe('editor');
  expect(left).not.toBe('BODY');
  await expect(page.getByTestId('editor')).toHaveText('Nội dung');
  await page.getByTestId('editor').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Control+Tab');
  expect(await active(page)).not.toBe('editor');
  expect(await active(page)).not.toBe('BODY');
  await page.getByTestId('editor').click();
  await page.keyboard.press('Control+Shift+Tab');
  expect(await active(page)).not.toBe('editor');
  // Without Esc, Tab stays in the document (it indents).
  await page.getByTestId('editor').click();
  await page.keyboard.press('Tab');
  expect(await active(page)).toBe('editor');

  await page.keyboard.press('Control+/');
  const help = page.getByTestId('shortcuts-help');
  await expect(help).toBeVisible();
  await expect(help).toContainText('Esc, Tab');
  await expect(help).toContainText('Ctrl+Tab');
  await expect(help).toContainText('Rời vùng soạn thảo');
  await page.screenshot({ path: test.info().outputPath('shortcuts-help.png') });
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  expect(await active(page)).toBe('editor');
  await page.getByTestId('tb-shortcuts').click();
  await expect(help).toBeVisible();
});

async function threeItems(page: Page): Promise<void> {
  await page.keyboard.type('- Một');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Hai');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Ba');
  await expect(page.locator('[data-testid="editor"] ul > li')).toHaveText(['Một', 'Hai', 'Ba']);
}

/** Selects the items "Hai" and "Ba" by keyboard, as a user does (Shift+Down from the start of "Hai"). */
async function selectHaiAndBa(page: Page): Promise<void> {
  await page.getByText('Hai', { exact: true }).click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+End');
}

test('the bullet button on the empty last item takes only that item out of the list', async ({ page }) => {
  await threeItems(page);
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-testid="editor"] ul > li')).toHaveCount(4);
  await page.getByTestId('tb-bullet-list').click();
  await expect(page.locator('[data-testid="editor"] ul > li')).toHaveText(['Một', 'Hai', 'Ba']);
  await page.keyboard.type('Đoạn sau danh sách');
  const blocks = (await state(page)).root.children.map((b) => b.type);
  expect(blocks).toEqual(['list', 'paragraph']);
  await expect(page.locator('[data-testid="editor"] > p')).toHaveText('Đoạn sau danh sách');
});

test('the bullet button on a middle item splits the list around it; on two selected items, just those', async ({ page }) => {
  await threeItems(page);
  await page.getByText('Hai', { exact: true }).click();
  await page.getByTestId('tb-bullet-list').click();
  expect((await state(page)).root.children.map((b) => b.type)).toEqual(['list', 'paragraph', 'list']);
  await expect(page.locator('[data-testid="editor"] > p')).toHaveText('Hai');
  await page.keyboard.press('Control+z');
  await expect(page.locator('[data-testid="editor"] ul > li')).toHaveText(['Một', 'Hai', 'Ba']);
  await selectHaiAndBa(page);
  await page.getByTestId('tb-bullet-list').click();
  expect((await state(page)).root.children.map((b) => b.type)).toEqual(['list', 'paragraph', 'paragraph']);
  await expect(page.locator('[data-testid="editor"] ul > li')).toHaveText(['Một']);
});

test('the numbered-list button on one bullet item numbers that item only; on two, those two (one undo step)', async ({ page }) => {
  await threeItems(page);
  await page.getByText('Hai', { exact: true }).click();
  await page.getByTestId('tb-number-list').click();
  const types = async () => (await state(page)).root.children.map((b) => (b.type === 'list' ? `list:${(b as { listType: string }).listType}` : b.type));
  expect(await types()).toEqual(['list:bullet', 'list:number', 'list:bullet']);
  await expect(page.locator('[data-testid="editor"] ol > li')).toHaveText(['Hai']);
  await expect(page.locator('[data-testid="editor"] ul > li')).toHaveText(['Một', 'Ba']);
  await page.keyboard.press('End'); // the caret stayed in the item
  await page.keyboard.type(' hai');
  await expect(page.locator('[data-testid="editor"] ol > li')).toHaveText(['Hai hai']);
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(page.locator('[data-testid="editor"] ul > li')).toHaveText(['Một', 'Hai', 'Ba']);
  // "Hai" and "Ba" selected: just those two become numbered.
  await selectHaiAndBa(page);
  await page.getByTestId('tb-number-list').click();
  expect(await types()).toEqual(['list:bullet', 'list:number']);
  await expect(page.locator('[data-testid="editor"] ol > li')).toHaveText(['Hai', 'Ba']);
});

test('Enter on an empty last item ends the list; Backspace at the start of an item lifts that item only', async ({ page }) => {
  await threeItems(page);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Sau');
  expect((await state(page)).root.children.map((b) => b.type)).toEqual(['list', 'paragraph']);
  await page.getByText('Hai', { exact: true }).click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Backspace');
  await expect.poll(async () => (await state(page)).root.children.map((b) => b.type)).toEqual(['list', 'paragraph', 'list', 'paragraph']);
  await expect(page.locator('[data-testid="editor"] > *')).toHaveText(['Một', 'Hai', 'Ba', 'Sau']);
  await page.keyboard.type('→');
  await expect(page.locator('[data-testid="editor"] > p').first()).toHaveText('→Hai');
});
