// Issue 8 items 1 and 3: what the user types goes where the caret is shown, on the 2025 sample and on a
// 3,000-paragraph review, by the three routes users took: wheel to the bottom and click after the last
// words (or below the last line), Ctrl+End then Enter, and Ctrl+End then Enter then "Điểm a)". Real
// mouse wheel and clicks (page.mouse) at a 1280×720 window, where the last paragraph starts off screen.
// Also Ctrl+Home / Ctrl+End reach the true start / end in one press in every sample.
import type { Page } from '@playwright/test';
import { test, expect, type AppFixture } from './fixtures.ts';
import type { DocState } from '../electron/shared/doc.ts';
import { blockTexts, hooks, openBig, state, wheelToBottom, type Opened } from './editor-helpers.ts';

/** Opens the sample "… năm 2025 và phương hướng năm 2026" from the library, as a user does. */
async function open2025(app: AppFixture): Promise<Opened> {
  const page = app.page();
  await page.getByTestId('review-row').filter({ hasText: 'Cuộc họp liên ngành tổng kết tình hình hợp tác, sự tham gia của Việt Nam năm 2025' }).getByTestId('review-open').click();
  await expect(page.getByTestId('editor')).toBeVisible();
  await hooks(page);
  return { page };
}

/** Where the last line of the last block ends on screen. */
async function lastLineEnd(page: Page): Promise<{ x: number; y: number; bottom: number }> {
  return page.evaluate(() => {
    const last = document.querySelector('[data-testid="editor"]')!.lastElementChild!;
    const range = document.createRange();
    range.selectNodeContents(last);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
    const line = rects[rects.length - 1]!;
    return { x: line.right, y: line.top + line.height / 2, bottom: line.bottom };
  });
}

const docs: { name: string; open(app: AppFixture): Promise<Opened>; samples: boolean }[] = [
  { name: 'the 2025 sample', open: open2025, samples: true },
  { name: 'a 3,000-paragraph review', open: openBig, samples: false },
];

for (const d of docs) {
  test.describe(`typing lands where the caret is shown: ${d.name}`, () => {
    test.use({ withSamples: d.samples });
    test.beforeEach(async ({ page }) => {
      // 3,000 paragraphs are saved, loaded and wheeled through: more time on a loaded CI machine.
      if (!d.samples) test.slow();
      await page.setViewportSize({ width: 1280, height: 720 });
    });

    async function expectAppendedAtEnd(page: Page, before: DocState, typed: string, kind: { type: string; tag?: string }) {
      await expect.poll(async () => blockTexts(await state(page)).at(-1)?.text, { timeout: 30_000 }).toBe(typed);
      const now = blockTexts(await state(page));
      const was = blockTexts(before);
      expect(now).toHaveLength(was.length + 1);
      expect(now.slice(0, -1)).toEqual(was); // nothing else changed: not the first paragraph, not the last
      expect(now.at(-1)).toMatchObject(kind);
      // The view stays at the end, where the user is typing.
      await expect(page.getByTestId('editor').locator(':scope > *').last()).toBeInViewport();
    }

    test('wheel to the bottom, click after the last words, Enter, type', async ({ app }) => {
      const { page } = await d.open(app);
      const before = await state(page);
      await wheelToBottom(page);
      const end = await lastLineEnd(page);
      await page.mouse.click(end.x + 12, end.y);
      await page.keyboard.press('Enter');
      await page.keyboard.type('Đoạn mới ở cuối');
      await expectAppendedAtEnd(page, before, 'Đoạn mới ở cuối', { type: 'paragraph' });
    });

    // The race behind the last flaky failure: a click moves the browser's caret at once, but Lexical hears
    // of it from `selectionchange`, which Chromium fires with the next frame. On a busy main thread Enter
    // can arrive first. Here the click's caret move and the Enter keydown happen in one task, so no frame
    // (and no selectionchange) comes between them: every time, not only under load. The click's end
    // (pointerup) and the Enter are dispatched events, as the browser would deliver them to the editor.
    test('click after the last words and Enter before the next frame: Enter still acts at the caret', async ({ app }) => {
      const { page } = await d.open(app);
      const before = await state(page);
      await wheelToBottom(page);
      await page.evaluate(() => {
        const root = document.querySelector<HTMLElement>('[data-testid="editor"]')!;
        const last = root.lastElementChild!;
        const range = document.createRange();
        range.selectNodeContents(last);
        range.collapse(false);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range); // where the click put the caret
        const at = range.getBoundingClientRect();
        root.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, clientX: at.right, clientY: at.top + at.height / 2 }));
        root.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true }));
      });
      await page.keyboard.type('Sau Enter vội');
      await expectAppendedAtEnd(page, before, 'Sau Enter vội', { type: 'paragraph' });
    });

    test('wheel to the bottom, click below the last line (the page margin), Enter, type', async ({ app }) => {
      const { page } = await d.open(app);
      const before = await state(page);
      await wheelToBottom(page);
      const end = await lastLineEnd(page);
      await page.mouse.click(end.x - 100, end.bottom + 30);
      await expect(page.getByTestId('editor')).toBeFocused();
      await page.keyboard.press('Enter');
      await page.keyboard.type('Sau dòng cuối');
      await expectAppendedAtEnd(page, before, 'Sau dòng cuối', { type: 'paragraph' });
    });

    test('Ctrl+End, Enter, type', async ({ app }) => {
      const { page } = await d.open(app);
      const before = await state(page);
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Gõ sau Ctrl+End');
      await expectAppendedAtEnd(page, before, 'Gõ sau Ctrl+End', { type: 'paragraph' });
    });

    test('Ctrl+End, Enter, choose "Điểm a)", type: the heading is the new last block', async ({ app }) => {
      const { page } = await d.open(app);
      const before = await state(page);
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.getByTestId('tb-block-type').selectOption('h3');
      await page.keyboard.type('a) Điểm mới');
      await expectAppendedAtEnd(page, before, 'a) Điểm mới', { type: 'heading', tag: 'h3' });
      expect(blockTexts(await state(page))[0]!.type).toBe(before.root.children[0]!.type);
    });
  });
}

test.describe('Ctrl+Home and Ctrl+End reach the true start and end in one press', () => {
  test.use({ withSamples: true });
  test('in every sample', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await hooks(page).catch(() => undefined);
    const rows = page.getByTestId('review-row');
    await expect(rows).toHaveCount(6);
    for (let i = 0; i < 5; i++) {
      await page.getByTestId('review-open').nth(i).click();
      await expect(page.getByTestId('editor')).toBeVisible();
      await hooks(page);
      const blocks = blockTexts(await state(page));
      await page.keyboard.press('Control+End');
      await page.keyboard.type('⟦cuối⟧');
      await expect.poll(async () => blockTexts(await state(page)).at(-1)?.text).toBe(`${blocks.at(-1)!.text}⟦cuối⟧`);
      await page.keyboard.press('Control+Home');
      await page.keyboard.type('⟦đầu⟧');
      await expect.poll(async () => blockTexts(await state(page))[0]?.text).toBe(`⟦đầu⟧${blocks[0]!.text}`);
      await page.keyboard.press('Control+z');
      await page.keyboard.press('Control+z');
      await page.getByTestId('back-to-library').click();
    }
  });
});
