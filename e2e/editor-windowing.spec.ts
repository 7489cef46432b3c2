// Issue 8 (typing on a 200-page review): a long review's DOM is windowed (renderer/src/editor/windowing.ts):
// only the blocks near the view and the caret are displayed. These drive a 3,000-paragraph review as a user
// does (mouse wheel, clicks at line ends, arrow keys held across the window's edge, PageDown, Ctrl+End,
// find, undo, Ctrl+A, printing) and check that what is shown, where the caret is and where the text goes
// never differ from the document.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { bigParagraph, blockTexts, openBig, state } from './editor-helpers.ts';
import { invoke } from './invoke.ts';
import type { DocState } from '../electron/shared/doc.ts';

test.use({ withSamples: false });
test.beforeEach(async ({ page }) => {
  test.slow(); // 3,000 paragraphs saved, loaded and driven through on a loaded machine
  await page.setViewportSize({ width: 1280, height: 720 });
});

/** The paragraph number ("Đoạn N") of the block under the middle of the view (or just above or below it,
 *  when the middle falls between two paragraphs), or null on a blank. */
function paragraphAtViewCenter(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const scroller = document.querySelector('.rd-scroller')!.getBoundingClientRect();
    const root = document.querySelector('[data-testid="editor"]')!;
    const page = root.getBoundingClientRect();
    for (const dy of [0, -20, 20]) {
      let block: Element | null = document.elementFromPoint(page.left + page.width / 2, scroller.top + scroller.height / 2 + dy);
      while (block && block.parentElement !== root) block = block.parentElement;
      const match = /^Đoạn (\d+):/.exec(block?.textContent ?? '');
      if (match) return Number(match[1]);
    }
    return null;
  });
}

/** The paragraph number of the block holding the DOM caret, and whether that block is on screen. */
function caretParagraph(page: Page): Promise<{ n: number; onScreen: boolean } | null> {
  return page.evaluate(() => {
    const root = document.querySelector('[data-testid="editor"]')!;
    let block: Node | null = getSelection()?.focusNode ?? null;
    while (block && block.parentNode !== root) block = block.parentNode;
    if (!(block instanceof HTMLElement)) return null;
    const match = /^Đoạn (\d+):/.exec(block.textContent ?? '');
    const box = block.getBoundingClientRect();
    const view = document.querySelector('.rd-scroller')!.getBoundingClientRect();
    return match ? { n: Number(match[1]), onScreen: box.height > 0 && box.bottom > view.top && box.top < view.bottom } : null;
  });
}

/**
 * Drags the scrollbar to `fraction` of the review, then clicks after the last word of the paragraph in the
 * middle of the view, as a user ends a paragraph; returns that paragraph, checked to be on screen.
 */
async function clickAfterLastWordFarDown(page: Page, fraction: number): Promise<{ n: number; onScreen: boolean }> {
  await page.locator('.rd-scroller').evaluate((el, f) => { el.scrollTop = el.scrollHeight * f; }, fraction);
  await expect.poll(() => paragraphAtViewCenter(page)).not.toBeNull();
  const end = await page.evaluate(() => {
    const scroller = document.querySelector('.rd-scroller')!.getBoundingClientRect();
    const root = document.querySelector('[data-testid="editor"]')!;
    let block: Element | null = document.elementFromPoint(root.getBoundingClientRect().left + 200, scroller.top + scroller.height / 2);
    while (block && block.parentElement !== root) block = block.parentElement;
    const range = document.createRange();
    range.selectNodeContents(block!);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
    const line = rects[rects.length - 1]!;
    return { x: line.right - 2, y: line.top + line.height / 2 };
  });
  await page.mouse.click(end.x, end.y);
  const at = (await caretParagraph(page))!;
  expect(at.onScreen).toBe(true);
  return at;
}

const displayedBlocks = (page: Page) => page.evaluate(() => [...document.querySelector('[data-testid="editor"]')!.children].filter((b) => getComputedStyle(b).display !== 'none').length);

/** The index of the one paragraph holding `marker`, and that it is the marker inserted into paragraph `n`'s text. */
async function expectMarkerIn(page: Page, marker: string, n: number): Promise<void> {
  await expect.poll(async () => blockTexts(await state(page)).filter((b) => b.text.includes(marker)).length, { timeout: 20_000 }).toBe(1);
  const blocks = blockTexts(await state(page));
  expect(blocks).toHaveLength(3000);
  const at = blocks.findIndex((b) => b.text.includes(marker));
  expect(at).toBe(n - 1);
  expect(blocks[at]!.text.replace(marker, '')).toBe(bigParagraph(at));
}

test('the wheel through the whole review: every screen shows its paragraphs in order, and only those near it are displayed', async ({ app }) => {
  const { page } = await openBig(app);
  await expect.poll(() => displayedBlocks(page), { timeout: 20_000 }).toBeLessThan(300);
  const scroller = page.locator('.rd-scroller');
  const box = (await scroller.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const seen: number[] = [];
  for (let i = 0; i < 40; i++) {
    await page.mouse.wheel(0, 5000);
    // The blocks come into view with the frame after the scroll: a blank screen would stay blank.
    await expect.poll(() => paragraphAtViewCenter(page), { message: `a blank screen after ${i + 1} turns of the wheel`, timeout: 2000 }).not.toBeNull();
    seen.push((await paragraphAtViewCenter(page))!);
  }
  for (let i = 1; i < seen.length; i++) expect(seen[i]!).toBeGreaterThan(seen[i - 1]!);
  // A jump of the scrollbar to the middle lands in the middle of the review, on its text.
  await scroller.evaluate((el) => { el.scrollTop = (el.scrollHeight - el.clientHeight) / 2; });
  await expect.poll(() => paragraphAtViewCenter(page)).not.toBeNull();
  const middle = (await paragraphAtViewCenter(page))!;
  expect(middle).toBeGreaterThan(1200);
  expect(middle).toBeLessThan(1800);
  expect(await displayedBlocks(page)).toBeLessThan(400);
  await page.screenshot({ path: test.info().outputPath('middle.png') });
});

test('a click at a line end far down, the arrow key held across the window\'s edge, then typing: the text goes where the caret is shown', async ({ app }) => {
  const { page } = await openBig(app);
  const start = await clickAfterLastWordFarDown(page, 0.6);
  for (let i = 0; i < 150; i++) await page.keyboard.press('ArrowDown');
  const after = (await caretParagraph(page))!;
  expect(after.n).toBeGreaterThan(start.n + 40); // three lines a paragraph: ~50 paragraphs further
  expect(after.onScreen).toBe(true);
  await page.keyboard.type('⟦mũi tên⟧');
  await expectMarkerIn(page, '⟦mũi tên⟧', after.n);
  for (let i = 0; i < 150; i++) await page.keyboard.press('ArrowUp');
  const back = (await caretParagraph(page))!;
  expect(back.n).toBeLessThanOrEqual(start.n + 1);
  expect(back.onScreen).toBe(true);
});

test('PageDown from the start walks on through the review; the caret stays on screen and typing lands there', async ({ app }) => {
  const { page } = await openBig(app);
  await page.getByTestId('editor').click({ position: { x: 40, y: 10 } });
  await page.keyboard.press('Control+Home');
  let previous = (await caretParagraph(page))!.n;
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('PageDown');
    const now = (await caretParagraph(page))!;
    expect(now.n, `PageDown ${i + 1}`).toBeGreaterThan(previous);
    expect(now.onScreen).toBe(true);
    previous = now.n;
  }
  expect(previous).toBeGreaterThan(150);
  await page.keyboard.type('⟦trang⟧');
  await expectMarkerIn(page, '⟦trang⟧', previous);
});

test('find jumps to a paragraph far away, Ctrl+End types at the true end, and undo from the start brings the view back to the change', async ({ app }) => {
  const { page } = await openBig(app);
  await page.getByTestId('editor').click({ position: { x: 40, y: 10 } });
  await page.keyboard.press('Control+f');
  await page.getByTestId('find-input').fill('Đoạn 2500:');
  await expect(page.getByTestId('find-count')).toHaveText('1/1');
  const found = page.getByTestId('editor').locator(':scope > *', { hasText: 'Đoạn 2500:' });
  await expect(found).toBeVisible();
  await expect(found).toBeInViewport();
  await page.keyboard.press('Escape');

  await page.getByTestId('editor').focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('⟦cuối⟧');
  await expectMarkerIn(page, '⟦cuối⟧', 3000);
  await expect(page.getByTestId('editor').locator(':scope > *').last()).toBeInViewport();
  await page.keyboard.press('Control+Home');
  await expect(page.getByTestId('editor').locator(':scope > *').first()).toBeInViewport();
  await page.keyboard.press('Control+z');
  await expect.poll(async () => blockTexts(await state(page)).at(-1)?.text).toBe(bigParagraph(2999));
  // The undone change is at the end: the view went there with the caret.
  await expect(page.getByTestId('editor').locator(':scope > *').last()).toBeInViewport();
});

test('Ctrl+A and typing replaces the whole review, undo brings all of it back; a printout shows every block', async ({ app }) => {
  const { page } = await openBig(app);
  const before = blockTexts(await state(page));
  await page.getByTestId('editor').click({ position: { x: 40, y: 10 } });
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Mới');
  await expect.poll(async () => blockTexts(await state(page)).map((b) => b.text)).toEqual(['Mới']);
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect.poll(async () => blockTexts(await state(page)).length, { timeout: 20_000 }).toBe(3000);
  expect(blockTexts(await state(page))).toEqual(before);
  await expect.poll(() => displayedBlocks(page), { timeout: 20_000 }).toBeLessThan(400);
  await page.emulateMedia({ media: 'print' });
  expect(await displayedBlocks(page)).toBe(3000);
  await page.emulateMedia({ media: 'screen' });
});

test('the first save after opening sends only the paragraph typed in, and the store has the whole review with it', async ({ app }) => {
  const { page } = await openBig(app);
  // Every call the renderer makes, as the bridge receives it (channel and size).
  await page.evaluate(() => {
    const w = window as unknown as { rdTransport: { invoke(c: string, a: unknown): Promise<unknown> }; __calls: [string, number][] };
    w.__calls = [];
    const invoke = w.rdTransport.invoke.bind(w.rdTransport);
    w.rdTransport.invoke = (channel, arg) => { w.__calls.push([channel, JSON.stringify(arg ?? {}).length]); return invoke(channel, arg); };
  });
  // The editor serializes the review as opened in idle time: give it that time, as a reader would.
  await page.waitForTimeout(3000);
  await page.getByTestId('editor').locator(':scope > *').nth(2).click();
  await page.keyboard.type(' ⟦một⟧');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved', { timeout: 20_000 });
  const saves = (await page.evaluate(() => (window as unknown as { __calls: [string, number][] }).__calls)).filter(([c]) => c.startsWith('reviews:save'));
  expect(saves.length).toBeGreaterThan(0);
  expect(saves[0]![0]).toBe('reviews:saveBlocks');
  for (const [, bytes] of saves) expect(bytes).toBeLessThan(5000); // a paragraph, where the review is 1.4 MB
  const { lastOpenReviewId } = await invoke<{ lastOpenReviewId: string }>(page, 'settings:get', {});
  const texts = blockTexts((await invoke<{ content: DocState }>(page, 'reviews:get', { id: lastOpenReviewId })).content);
  expect(texts).toHaveLength(3000);
  expect(texts[2]!.text).toContain(' ⟦một⟧');
  expect(texts[2]!.text.replace(' ⟦một⟧', '')).toBe(bigParagraph(2));
  expect(texts.filter((b, i) => b.text !== bigParagraph(i))).toHaveLength(1);
});

test('Vietnamese both ways far down the review: IME composition and Unikey-style rewriting land in the clicked paragraph', async ({ app }) => {
  const { page } = await openBig(app);
  const at = await clickAfterLastWordFarDown(page, 0.7);
  const cdp = await page.context().newCDPSession(page);
  await page.keyboard.insertText(' ');
  for (const step of ['V', 'Vi', 'Vie', 'Viê', 'Viêt', 'Việt']) await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
  await cdp.send('Input.insertText', { text: 'Việt' });
  // Unikey/EVKey: "Nam" typed, then rewritten by Backspace and new letters, as Telex does.
  await page.keyboard.insertText(' Naa');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.insertText('âm');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.insertText('am');
  await expect.poll(async () => blockTexts(await state(page))[at.n - 1]!.text, { timeout: 20_000 }).toBe(`${bigParagraph(at.n - 1)} Việt Nam`);
  const blocks = blockTexts(await state(page));
  expect(blocks).toHaveLength(3000);
  expect(blocks.filter((b, i) => b.text !== bigParagraph(i))).toHaveLength(1);
  expect((await caretParagraph(page))!.onScreen).toBe(true);
});
