// A large library in Chromium (browser mode: the built renderer, the real services): 1,000 and 10,000
// reviews. Measured in the page: first rows after start (from navigation), going back to the library
// from a review (click on "‹ Thư viện" → rows painted), scrolling the list with the mouse wheel, and
// every long task (> 50 ms) during all that. Targets (issue 15): back < 100 ms, first rows < 200 ms,
// no long task over 50 ms.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, probeModes } from '../e2e/mode.ts';
import { openBrowserApp } from '../e2e/bridge.ts';
import { headlessDialogs } from '../electron/services/ports.ts';
import { createServices } from '../electron/services/index.ts';
import { withTransaction } from '../electron/store/db.ts';
import { doc, paragraph } from '../electron/shared/doc-build.ts';
import { percentile, round } from './fixtures.ts';

const SIZES = (process.env.BENCH_LIBRARY_SIZES ?? '1000,10000').split(',').map(Number);
const probe = probeModes();
if (!probe.chromium) throw new Error(probe.chromiumWhyNot ?? 'no chromium');

/** Installed before the app's scripts: long tasks and the moment the first row appears. */
const PAGE_PROBE = () => {
  const w = window as unknown as { __long: { start: number; duration: number }[]; __firstRow: number | null };
  w.__long = [];
  w.__firstRow = null;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__long.push({ start: e.startTime, duration: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
  const observer = new MutationObserver(() => {
    if (w.__firstRow === null && document.querySelector('[data-testid="review-row"]')) {
      w.__firstRow = performance.now();
      requestAnimationFrame(() => { w.__firstRow = performance.now(); observer.disconnect(); });
    }
  });
  observer.observe(document, { childList: true, subtree: true });
};

async function backToLibrary(page: Page): Promise<number> {
  return page.evaluate(() => new Promise<number>((done) => {
    const button = document.querySelector<HTMLElement>('[data-testid="back-to-library"]')!;
    const start = performance.now();
    button.click();
    const check = () => {
      if (document.querySelector('[data-testid="library-view"] [data-testid="review-row"]')) {
        // Rows are in the page: the next frame paints them.
        requestAnimationFrame(() => setTimeout(() => done(performance.now() - start), 0));
      } else requestAnimationFrame(check);
    };
    check();
  }));
}

async function measure(size: number): Promise<Record<string, unknown>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rd-library-bench-'));
  const seed = createServices({ dataDir, mode: 'cli' });
  withTransaction(seed.db, () => {
    for (let i = 0; i < size; i++) {
      seed.reviews.create({
        title: `Báo cáo tổng kết tình hình hợp tác ASEAN năm ${2000 + (i % 26)} — bản ${i + 1}`,
        year: 2000 + (i % 26), lang: i % 3 === 0 ? 'en' : 'vi',
        content: doc([paragraph(`Nội dung ${i + 1}: hợp tác ASEAN, Cộng đồng ASEAN và sự tham gia của Việt Nam.`)]),
      });
    }
  });
  seed.close();
  const browser = await chromium.launch({ executablePath: probe.chromium!, args: CHROMIUM_FLAGS, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.addInitScript(PAGE_PROBE);
    const app = await openBrowserApp(page, dataDir, headlessDialogs, false);
    await page.getByTestId('review-row').first().waitFor();
    await page.waitForTimeout(500);
    const firstRowsMs = await page.evaluate(() => (window as unknown as { __firstRow: number }).__firstRow);
    const rendered = await page.getByTestId('review-row').count();
    const elements = await page.evaluate(() => document.querySelectorAll('*').length);

    const takeLong = () => page.evaluate(() => {
      const w = window as unknown as { __long: { start: number; duration: number }[] };
      const taken = w.__long.map((t) => t.duration);
      w.__long = [];
      return taken;
    });
    const startupLong = await takeLong();
    const back: number[] = [];
    const backLong: number[] = [];
    for (let run = 0; run < 6; run++) {
      // Open a review (opening the editor is not the library's cost: its long tasks are dropped), then go back.
      await page.getByTestId('review-open').nth(run % 5).click();
      await page.getByTestId('editor').waitFor();
      await page.waitForTimeout(400);
      await takeLong();
      back.push(await backToLibrary(page));
      await page.waitForTimeout(300);
      backLong.push(...await takeLong());
    }
    back.sort((a, b) => a - b);

    // The mouse wheel over the list: 40 notches, then End (keyboard) to the last review.
    await page.mouse.move(700, 500);
    for (let i = 0; i < 40; i++) { await page.mouse.wheel(0, 400); await page.waitForTimeout(16); }
    await page.getByTestId('review-open').first().focus();
    await page.keyboard.press('End');
    await page.waitForTimeout(300);
    const lastFocused = await page.evaluate(() => document.activeElement?.closest('[data-review-id]') !== null);

    const scrollLong = await takeLong();
    await app.close();
    const worst = (list: number[]) => round(Math.max(0, ...list));
    return {
      reviews: size,
      firstRowsMs: round(firstRowsMs ?? NaN),
      rowsInPage: rendered,
      elementsInPage: elements,
      backToLibraryMs: { p50: round(percentile(back, 50)), max: round(back[back.length - 1]!), runs: back.length },
      endKeyReachesLastRow: lastFocused,
      longTasksMaxMs: { startup: worst(startupLong), backToLibrary: worst(backLong), wheelAndEnd: worst(scrollLong) },
      longTaskCounts: { startup: startupLong.length, backToLibrary: backLong.length, wheelAndEnd: scrollLong.length },
    };
  } finally {
    await browser.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const results = [];
for (const size of SIZES) results.push(await measure(size));
console.log(JSON.stringify({ libraries: results, targets: { backToLibraryMs: 100, firstRowsMs: 200, longTaskMs: 50 } }));
