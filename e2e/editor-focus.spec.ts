// A change to the document never takes the keyboard focus into the text by itself
// (renderer/src/editor/focusGuard.ts). Before, every Lexical update with a selection put the focus back in
// the text: Replace pressed from the keyboard sent the next Enter into the document, and a long review
// still mounting its blocks took the focus from whatever the user had moved it to. The toolbar gives the
// focus back to the text on purpose, as a word processor's does.
import type { Page } from '@playwright/test';
import { test, expect, type AppFixture } from './fixtures.ts';
import { blockTexts, openReview, state } from './editor-helpers.ts';
import { doc, paragraph } from '../electron/shared/doc-build.ts';
import type { DocState } from '../electron/shared/doc.ts';

const openWith = (app: AppFixture, content: DocState): Promise<Page> => openReview(app, 'Báo cáo tiêu điểm', content);

const texts = async (page: Page) => blockTexts(await state(page)).map((b) => b.text);
const focusedTestId = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid ?? document.activeElement?.tagName ?? null);

/** Clicks just after the last word of paragraph `i`, as a user ends a paragraph. */
async function clickAtEndOf(page: Page, i: number): Promise<void> {
  const box = await page.evaluate((n) => {
    const block = document.querySelector('[data-testid="editor"]')!.children[n]!;
    const range = document.createRange();
    range.selectNodeContents(block);
    const rects = range.getClientRects();
    const last = rects[rects.length - 1]!;
    return { x: last.right - 1, y: last.top + last.height / 2 };
  }, i);
  await page.mouse.click(box.x, box.y);
}

test('a toolbar button pressed from the keyboard sends the focus back to the text, at the caret the command left', async ({ app }) => {
  const page = await openWith(app, doc([paragraph('Năm 2025'), paragraph('Chủ tịch'), paragraph('Hội nghị')]));
  // Each insertion one input event, so one undo step however slowly the machine types.
  await clickAtEndOf(page, 0);
  await page.keyboard.insertText(' abc');
  await clickAtEndOf(page, 2);
  await page.keyboard.insertText(' xyz');
  await expect.poll(() => texts(page)).toEqual(['Năm 2025 abc', 'Chủ tịch', 'Hội nghị xyz']);
  // Word's toolbar, not a dialog: the command runs and the text has the focus again (the button's own
  // editor.focus(), since an update alone no longer moves the focus).
  await page.getByTestId('tb-undo').focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => texts(page)).toEqual(['Năm 2025 abc', 'Chủ tịch', 'Hội nghị']);
  await expect(page.getByTestId('editor')).toBeFocused();
  await page.keyboard.type('!');
  await expect.poll(() => texts(page)).toEqual(['Năm 2025 abc', 'Chủ tịch', 'Hội nghị!']);
  await page.getByTestId('tb-bold').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('editor')).toBeFocused();
  await page.keyboard.type('B');
  await expect(page.locator('[data-testid="editor"] p').nth(2).locator('strong, b, .rd-bold')).toHaveText('B');
});

test('Replace pressed twice from the keyboard replaces twice; the focus stays in the find bar', async ({ app }) => {
  const page = await openWith(app, doc([paragraph('Năm 2025, kế hoạch 2025.'), paragraph('Ngân sách 2025.')]));
  await clickAtEndOf(page, 1);
  await page.keyboard.press('Control+h');
  await page.keyboard.type('2025');
  await expect(page.getByTestId('find-count')).toHaveText('1/3');
  await page.getByTestId('replace-input').fill('2026');
  const replaceOne = page.getByTestId('replace-one');
  await replaceOne.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('find-count')).toHaveText('1/2');
  await expect(replaceOne).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('find-count')).toHaveText('1/1');
  await expect(replaceOne).toBeFocused();
  expect(await texts(page)).toEqual(['Năm 2026, kế hoạch 2026.', 'Ngân sách 2025.']);
  // Escape still takes the focus back to the text, at the current match (find's own editor.focus()).
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('editor')).toBeFocused();
});

test('a long review mounting its blocks after the first screen leaves the focus where the user put it', async ({ app }) => {
  test.slow(); // 3,000 paragraphs saved and loaded
  const blocks = Array.from({ length: 3000 }, (_, i) => paragraph(`Đoạn ${i + 1}: Việt Nam tham gia tích cực các hoạt động của ASEAN.`));
  // As soon as the review opens (the editor takes the focus), the user moves the focus to the toolbar's
  // Insert field button; the page records where the focus is once all 3,000 blocks are mounted.
  const page = await openReview(app, 'Báo cáo 3.000 đoạn', doc(blocks), (before) => before.addInitScript(() => {
    type Probe = { movedAt: number; blocksThen: number; focusAfter: string[]; done: string | null };
    const probe: Probe = { movedAt: 0, blocksThen: 0, focusAfter: [], done: null };
    (window as unknown as { __rdFocusProbe: Probe }).__rdFocusProbe = probe;
    document.addEventListener('focusin', (event) => {
      const target = event.target as HTMLElement;
      if (probe.movedAt > 0) { probe.focusAfter.push(target.dataset.testid ?? target.tagName); return; }
      if (target.dataset.testid !== 'editor') return;
      setTimeout(() => {
        const button = document.querySelector<HTMLElement>('[data-testid="tb-insert-field"]');
        if (!button) return;
        probe.blocksThen = target.childElementCount;
        button.focus();
        probe.movedAt = performance.now();
        const watch = () => {
          if (target.childElementCount >= 3000) probe.done = (document.activeElement as HTMLElement | null)?.dataset.testid ?? 'none';
          else setTimeout(watch, 5);
        };
        watch();
      }, 0);
    }, true);
  }));
  await page.waitForFunction(() => (window as unknown as { __rdFocusProbe: { done: string | null } }).__rdFocusProbe.done !== null, undefined, { timeout: 60_000 });
  const probe = await page.evaluate(() => (window as unknown as { __rdFocusProbe: { blocksThen: number; focusAfter: string[]; done: string } }).__rdFocusProbe);
  expect(probe.blocksThen, 'the focus moved while blocks were still to come').toBeLessThan(3000);
  expect(probe.focusAfter).toEqual([]);
  expect(probe.done).toBe('tb-insert-field');
  expect(await focusedTestId(page)).toBe('tb-insert-field');
});

test('Enter in the title takes the focus back to the text at the caret the user left there', async ({ app }) => {
  const page = await openWith(app, doc([paragraph('Năm 2025'), paragraph('Chủ tịch'), paragraph('Hội nghị')]));
  await clickAtEndOf(page, 1);
  const title = page.getByTestId('review-title');
  await title.click();
  await title.press('End');
  await page.keyboard.type(' (dự thảo)');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('editor')).toBeFocused();
  await page.keyboard.type(' ASEAN');
  await expect.poll(() => texts(page)).toEqual(['Năm 2025', 'Chủ tịch ASEAN', 'Hội nghị']);
  await expect(title).toHaveValue('Báo cáo tiêu điểm (dự thảo)');
});
