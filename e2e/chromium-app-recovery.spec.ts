// A damaged library in the Chromium app of `npm start` (scripts/chromium-app.ts): the window says so in
// both languages and offers what the desktop app's message box offers (the newest backup, an empty
// library, quitting), by mouse or keyboard; the damaged file is kept as it was whatever the answer.
import { test, expect, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromiumApp, StartDeclined, type ChromiumApp } from '../scripts/chromium-app.ts';
import { createServices } from '../electron/services/index.ts';
import { axe, report } from './axe.ts';

test.skip(process.env.E2E_MODE === 'electron', 'the Chromium app is what runs where Electron does not');

const GARBAGE = Buffer.from('not a database '.repeat(2000));
let dataDir: string;
let running: ChromiumApp | null = null;

/** A library with one review and a backup of it, then replaced by garbage. */
async function damagedLibraryWithBackup(): Promise<void> {
  const services = createServices({ dataDir, mode: 'cli' });
  services.reviews.create({ title: 'Báo cáo tổng kết 2025 (đã sao lưu)', year: 2025, lang: 'vi' });
  await services.backups.backupNow('daily');
  services.close();
  writeFileSync(join(dataDir, 'library.sqlite'), GARBAGE);
}

const damagedCopies = () => readdirSync(dataDir).filter((name) => name.includes('.damaged-'));

test.beforeEach(() => { dataDir = mkdtempSync(join(tmpdir(), 'rd-chromium-recovery-')); });
test.afterEach(async () => {
  await running?.close();
  running = null;
  rmSync(dataDir, { recursive: true, force: true });
});

test('a damaged library is said so in the window; restoring the newest backup opens it, and the damaged file is kept', async ({}, testInfo) => {
  await damagedLibraryWithBackup();
  const { launching, question } = await launchToQuestion();
  await expect(question.getByRole('alertdialog')).toContainText('Tệp thư viện bị hỏng hoặc không đọc được');
  await expect(question.getByRole('alertdialog')).toContainText('The library file is damaged or unreadable');
  await expect(question.getByRole('alertdialog')).toContainText('-daily.sqlite');
  // The default answer has the focus, as in a message box.
  await expect(question.getByRole('button', { name: /Restore the newest backup/ })).toBeFocused();
  await question.screenshot({ path: testInfo.outputPath('damaged-library-question.png') });
  expect(report('damaged-library question', await axe(question)), 'axe violations').toBe('');
  expect(readFileSync(join(dataDir, 'library.sqlite'))).toEqual(GARBAGE); // asking changes nothing
  await question.getByRole('button', { name: /Restore the newest backup/ }).click();

  running = await launching;
  await expect(running.page.getByTestId('review-row')).toHaveCount(1);
  await expect(running.page.getByTestId('review-row')).toContainText('Báo cáo tổng kết 2025 (đã sao lưu)');
  expect(damagedCopies()).toHaveLength(1);
  expect(readFileSync(join(dataDir, damagedCopies()[0]!))).toEqual(GARBAGE);
});

test('by keyboard: Tab to "start an empty library" opens an empty one; Esc quits and changes nothing', async () => {
  await damagedLibraryWithBackup();
  let { launching, question } = await launchToQuestion();
  await expect(question.getByRole('button', { name: /Restore the newest backup/ })).toBeFocused();
  await question.keyboard.press('Escape');
  await expect(launching).rejects.toBeInstanceOf(StartDeclined);
  expect(readFileSync(join(dataDir, 'library.sqlite'))).toEqual(GARBAGE);
  expect(damagedCopies()).toEqual([]);

  ({ launching, question } = await launchToQuestion());
  await expect(question.getByRole('button', { name: /Restore the newest backup/ })).toBeFocused();
  await question.keyboard.press('Tab');
  await expect(question.getByRole('button', { name: /Start an empty library/ })).toBeFocused();
  await question.keyboard.press('Enter');
  running = await launching;
  await expect(running.page.getByTestId('library-view')).toBeVisible();
  await expect(running.page.getByTestId('review-row')).toHaveCount(0);
  expect(damagedCopies()).toHaveLength(1);
  expect(readFileSync(join(dataDir, damagedCopies()[0]!))).toEqual(GARBAGE);
  expect(existsSync(join(dataDir, 'library.sqlite'))).toBe(true);
});

/** Starts the Chromium app; resolves with its window's page once that shows the damaged-library question
 *  (the launch is still under way: it goes on with the answer). */
async function launchToQuestion(): Promise<{ launching: Promise<ChromiumApp>; question: Page }> {
  let windowPage: Page | null = null;
  const launching = launchChromiumApp({ dataDir, headless: true, samples: false, viewport: { width: 1280, height: 800 }, onPage: (page) => { windowPage = page; } });
  launching.catch(() => undefined); // awaited by the test; a rejection before that is not unhandled
  for (let i = 0; i < 600; i++) {
    const page = windowPage as Page | null;
    // Ready: its choices are in and the default one has the focus.
    if (page && await page.locator('[role="alertdialog"][data-ready]').isVisible().catch(() => false)) return { launching, question: page };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the damaged-library question did not appear');
}
