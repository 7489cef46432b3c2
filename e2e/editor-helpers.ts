// Helpers of the editor specs that drive long documents as users do (editor-caret, editor-windowing).
import type { Page } from '@playwright/test';
import { expect, type AppFixture } from './fixtures.ts';
import { invoke } from './invoke.ts';
import type { DocState } from '../electron/shared/doc.ts';
import { doc, paragraph } from '../electron/shared/doc-build.ts';

export type Opened = { page: Page };

export function blockTexts(state: DocState): { type: string; tag?: string; text: string }[] {
  return state.root.children.map((b) => {
    const text = (function walk(n: unknown): string {
      const node = n as { text?: string; children?: unknown[] };
      return typeof node.text === 'string' ? node.text : (node.children ?? []).map(walk).join('');
    })(b);
    return { type: b.type, tag: 'tag' in b ? String(b.tag) : undefined, text };
  });
}

/** Turns on the editor's test hooks (the live state, read without the autosave's delay). */
export async function hooks(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __rdTestHooks: boolean }).__rdTestHooks = true;
    window.dispatchEvent(new Event('rd:test-hooks'));
  });
  await page.waitForFunction(() => typeof (window as unknown as { __rdEditorState?: unknown }).__rdEditorState === 'function');
}

export const state = (page: Page): Promise<DocState> => page.evaluate(() => (window as unknown as { __rdEditorState(): DocState }).__rdEditorState());

/** The text of paragraph `i` (0-based) of the 3,000-paragraph review. */
export const bigParagraph = (i: number): string => `Đoạn ${i + 1}: Việt Nam tiếp tục tham gia tích cực, chủ động và có trách nhiệm vào các hoạt động của ASEAN, đóng góp vào hòa bình, ổn định và thịnh vượng chung của khu vực.`;

/**
 * Saves `content` as a new 2025 review through the real services and restarts the app on it, as a user
 * reopening the app finds the review they left open; then turns the test hooks on. `beforeRestart` runs
 * first (an init script to record what happens while the review opens).
 */
export async function openReview(app: AppFixture, title: string, content: DocState, beforeRestart?: (page: Page) => Promise<unknown>): Promise<Page> {
  let page = app.page();
  await page.waitForFunction(() => 'rdTransport' in window);
  const meta = await invoke<{ id: string }>(page, 'reviews:create', { title, year: 2025, lang: 'vi' });
  await invoke(page, 'reviews:save', { id: meta.id, content, reason: 'manual' });
  await invoke(page, 'settings:set', { lastOpenReviewId: meta.id });
  await beforeRestart?.(page);
  page = await app.restart();
  await expect(page.getByTestId('editor')).toBeVisible();
  await hooks(page);
  return page;
}

/** Opens a 3,000-paragraph review (saved through the real services; the app restarted on it). */
export async function openBig(app: AppFixture): Promise<Opened> {
  const blocks = Array.from({ length: 3000 }, (_, i) => paragraph(bigParagraph(i)));
  const page = await openReview(app, 'Báo cáo 3.000 đoạn', doc(blocks));
  await expect.poll(async () => (await state(page)).root.children.length, { timeout: 60_000 }).toBe(3000);
  return { page };
}

/** Wheel-scrolls the page with the mouse until the scroller is at the bottom. */
export async function wheelToBottom(page: Page): Promise<void> {
  const scroller = page.locator('.rd-scroller');
  const box = (await scroller.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 400; i++) {
    await page.mouse.wheel(0, 15000);
    const atBottom = await scroller.evaluate((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 2);
    if (atBottom && i > 0) break;
  }
  await expect.poll(() => scroller.evaluate((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 2), { timeout: 30_000 }).toBe(true);
}
