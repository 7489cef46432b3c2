// One spec set, two modes. Specs use `test` and `expect` from here and the `app` fixture:
//   app.mode, app.dataDir, app.answer({ pickImport: [[path]], confirm: [true] }), app.restart()
// browser mode (here, CI): real services on a temp data folder, bridged into Debian's Chromium.
// electron mode (where Electron's binary exists): the real app via _electron.launch.
import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, chromium, type ElectronApplication, type Browser } from 'playwright-core';
import { CHROMIUM_FLAGS, probeModes, type E2eMode } from './mode.ts';
import { openBrowserApp, stubDialogs, type BrowserApp, type DialogAnswers } from './bridge.ts';
import type { MenuCommand } from '../electron/shared/menu.ts';

export interface AppFixture {
  mode: E2eMode;
  dataDir: string;
  /** Queue answers for native dialogs (file pickers, confirmations). */
  answer(answers: Partial<DialogAnswers>): Promise<void>;
  /** Quit and start again over the same data folder (what a user does by closing and reopening the app).
   *  Resolves to the new window (the same page object in browser mode). */
  restart(): Promise<Page>;
  /** The app's current window. */
  page(): Page;
  /** Chooses an item of the app's native menu. */
  menu(command: MenuCommand): Promise<void>;
}

interface Options {
  /** Import the sample library on first run, as a new user's app does. Off by default for isolated specs. */
  withSamples: boolean;
}

const MODE = (process.env.E2E_MODE ?? 'browser') as E2eMode;
const probe = probeModes();

export const test = base.extend<Options & { app: AppFixture; page: Page }, { chromiumBrowser: Browser | null }>({
  withSamples: [false, { option: true }],

  chromiumBrowser: [async ({}, use) => {
    if (MODE !== 'browser') return use(null);
    if (!probe.chromium) throw new Error(probe.chromiumWhyNot ?? 'no chromium');
    const browser = await chromium.launch({ executablePath: probe.chromium, args: CHROMIUM_FLAGS, headless: true });
    await use(browser);
    await browser.close();
  }, { scope: 'worker' }],

  app: [async ({ chromiumBrowser, withSamples }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rd-e2e-'));
    const answers: DialogAnswers = { pickImport: [], pickExport: [], confirm: [] };
    const queue = (more: Partial<DialogAnswers>) => {
      answers.pickImport.push(...(more.pickImport ?? []));
      answers.pickExport.push(...(more.pickExport ?? []));
      answers.confirm.push(...(more.confirm ?? []));
    };
    if (MODE === 'browser') {
      const context = await chromiumBrowser!.newContext({ viewport: { width: 1400, height: 900 }, locale: 'vi-VN' });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      let bridge: BrowserApp | null = await openBrowserApp(page, dataDir, stubDialogs(answers), withSamples);
      await use({
        mode: 'browser',
        dataDir,
        answer: async (more) => queue(more),
        restart: async () => { await bridge!.restart(); return page; },
        page: () => page,
        menu: (command) => bridge!.menu(command),
      });
      await bridge.close();
      bridge = null;
      await context.close();
      expect(errors, 'uncaught errors in the page').toEqual([]);
    } else {
      let electronApp = await launchElectron(dataDir, withSamples);
      let window = await electronApp.firstWindow();
      const pushAnswers = () => electronApp.evaluate((_electron, a) => {
        (globalThis as { __rdTestDialogs?: unknown }).__rdTestDialogs = a;
      }, answers);
      await use({
        mode: 'electron',
        dataDir,
        answer: async (more) => { queue(more); await pushAnswers(); },
        restart: async () => {
          await electronApp.close();
          electronApp = await launchElectron(dataDir, withSamples);
          window = await electronApp.firstWindow();
          await pushAnswers();
          return window;
        },
        page: () => window,
        menu: async (command) => {
          await window.locator('.app').waitFor(); // the shell (and its menu listener) is mounted
          await electronApp.evaluate(({ BrowserWindow }, c) => BrowserWindow.getAllWindows()[0]?.webContents.send('rd:menu', c), command);
        },
      });
      await electronApp.close();
    }
    rmSync(dataDir, { recursive: true, force: true });
  }, { auto: true }],

  // `page` is the app's first window; after app.restart() use the page it returns.
  page: async ({ app }, use) => {
    await use(app.page());
  },
});

async function launchElectron(dataDir: string, withSamples: boolean): Promise<ElectronApplication> {
  return _electron.launch({
    executablePath: probe.electronBinary ?? undefined,
    args: [resolve(import.meta.dirname, '..', 'dist', 'electron', 'main.cjs'), `--data-dir=${dataDir}`, ...(withSamples ? [] : ['--no-samples'])],
    env: { ...process.env, REVIEW_DESK_E2E: '1' },
  });
}

export { expect };
