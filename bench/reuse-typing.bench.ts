// Typing with the reuse panel open (issue 11): keystroke → next frame in a 200-page review, with the
// panels closed and then with the reuse panel on "Similar paragraphs" (which asks the main side for
// matches of the paragraph being typed). The two p95s should be the same: the bridge only restarts a
// timer per keystroke and the panel asks after a pause, on an idle callback. Prints one JSON object.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, probeModes } from '../e2e/mode.ts';
import { openBrowserApp } from '../e2e/bridge.ts';
import { headlessDialogs } from '../electron/services/ports.ts';
import { createServices } from '../electron/services/index.ts';
import { bigReview, percentile, round } from './fixtures.ts';
import { caretInParagraph, installKeystrokeProbe, keystrokeLatencies } from './keystroke-probe.ts';

const KEYS = 260;
const probe = probeModes();
if (!probe.chromium) throw new Error(probe.chromiumWhyNot ?? 'no chromium');

const dataDir = mkdtempSync(join(tmpdir(), 'rd-reuse-typing-'));
const seed = createServices({ dataDir, mode: 'cli' });
const PARAGRAPHS = Number(process.env.BENCH_PARAGRAPHS ?? 3000);
// A library to match against: 100 past reviews besides the draft.
for (let i = 0; i < 100; i++) seed.reviews.create({ title: `Báo cáo ${2015 + (i % 11)} (${i})`, year: 2015 + (i % 11), lang: 'vi', content: bigReview(60, i + 3) });
const id = seed.reviews.create({ title: 'Typing bench', year: 2026, lang: 'vi', content: bigReview(PARAGRAPHS) }).id;
seed.settings.set({ lastOpenReviewId: id });
seed.close();

async function typeInMiddle(page: Page): Promise<{ p50: number; p95: number; max: number; n: number }> {
  await caretInParagraph(page, 'middle');
  const text = 'Các bộ, ngành đã phát huy tinh thần chủ động, tích cực ';
  for (let i = 0; i < KEYS; i++) {
    await page.keyboard.type(text[i % text.length]!);
    await page.waitForTimeout(i % 40 === 39 ? 600 : 8); // pauses now and then: the panel asks for matches
  }
  await page.waitForTimeout(300);
  const samples = await keystrokeLatencies(page);
  return { p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)), max: round(samples[samples.length - 1] ?? NaN), n: samples.length };
}

const browser = await chromium.launch({ executablePath: probe.chromium, args: [...CHROMIUM_FLAGS, '--disable-gpu-vsync', '--disable-frame-rate-limit'], headless: true });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const app = await openBrowserApp(page, dataDir, headlessDialogs, false);
  await page.getByTestId('editor').waitFor();
  await page.waitForFunction((n) => (document.querySelector('[data-testid="editor"]')?.children.length ?? 0) > n * 0.66, PARAGRAPHS, { timeout: 60_000 });
  await installKeystrokeProbe(page);
  const closed = await typeInMiddle(page);
  await page.getByTestId('toggle-reuse').click();
  await page.getByTestId('reuse-tab-similar').click();
  const similarOpen = await typeInMiddle(page);
  const matchesShown = await page.getByTestId('reuse-match').count();
  await app.close();
  console.log(JSON.stringify({ paragraphs: PARAGRAPHS, keystrokeToFrameMs: { panelsClosed: closed, similarPanelOpen: similarOpen }, matchesShownAtEnd: matchesShown }));
} finally {
  await browser.close();
  rmSync(dataDir, { recursive: true, force: true });
}
