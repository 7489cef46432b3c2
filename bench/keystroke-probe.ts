// What the typing benchmarks (and scripts/dev/profile-typing.ts) measure in the page: keydown → the first
// animation frame after it, and where the caret is put before typing.
import type { Page } from 'playwright-core';

type ProbeWindow = { __lat: number[] };

/** Starts recording, for every keydown (or only `key`), the time to the next animation frame. */
export async function installKeystrokeProbe(page: Page, key?: string): Promise<void> {
  await page.evaluate((only) => {
    const w = window as unknown as ProbeWindow;
    w.__lat = [];
    document.addEventListener('keydown', (event) => {
      if (only && event.key !== only) return;
      const start = performance.now();
      requestAnimationFrame(() => setTimeout(() => w.__lat.push(performance.now() - start), 0));
    }, true);
  }, key ?? null);
}

/** The latencies recorded since the probe was installed or the caret last placed, without the first
 *  `skipFirst` (warm-up) ones, sorted. */
export async function keystrokeLatencies(page: Page, skipFirst = 0): Promise<number[]> {
  return (await page.evaluate(() => (window as unknown as ProbeWindow).__lat)).slice(skipFirst).sort((a, b) => a - b);
}

/**
 * Puts the caret at the end of the first, middle or last paragraph of the editor, scrolled into the
 * middle of the view, with the editor focused; clears the latencies recorded so far.
 */
export async function caretInParagraph(page: Page, where: 'start' | 'middle' | 'end'): Promise<void> {
  await page.evaluate(async (position) => {
    const root = document.querySelector<HTMLElement>('[data-testid="editor"]')!;
    const blocks = [...root.children].filter((el) => el.tagName === 'P');
    const target = position === 'start' ? blocks[0]! : position === 'end' ? blocks[blocks.length - 1]! : blocks[Math.floor(blocks.length / 2)]!;
    target.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.selectNodeContents(target);
    range.collapse(false);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    root.focus();
    // The editor takes the new caret with the next frame (a long review displays the blocks around it then).
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    (window as unknown as Partial<ProbeWindow>).__lat = [];
  }, where);
}
