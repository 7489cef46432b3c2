// Screenshots for the README, taken in browser mode over a fresh library with the sample reviews:
//   node scripts/screenshot.ts [outDir]   → library.png, editor.png, search.png
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, probeModes } from '../e2e/mode.ts';
import { openBrowserApp } from '../e2e/bridge.ts';
import { headlessDialogs } from '../electron/services/ports.ts';

const outDir = resolve(process.argv[2] ?? 'docs');
const dataDir = mkdtempSync(join(tmpdir(), 'rd-shot-'));
const browser = await chromium.launch({ executablePath: probeModes().chromium ?? undefined, args: CHROMIUM_FLAGS });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  const app = await openBrowserApp(page, dataDir, headlessDialogs, true);
  await page.getByTestId('review-row').first().waitFor();
  await page.screenshot({ path: join(outDir, 'library.png') });
  await page.getByTestId('search-input').first().fill('dang hoang giang');
  await page.getByTestId('search-result').first().waitFor();
  await page.screenshot({ path: join(outDir, 'search.png') });
  await page.getByTestId('search-result').first().click();
  await page.getByTestId('editor').waitFor();
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(outDir, 'editor.png') });
  await app.close();
} finally {
  await browser.close();
  rmSync(dataDir, { recursive: true, force: true });
}
console.log(`[screenshot] written to ${outDir}`);
