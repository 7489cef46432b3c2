// The Chromium app: what `npm start` opens where Electron's binary is not installed. A real app, not
// the test harness: an app window (no address bar, no translate bubble, Vietnamese UI), on its own
// Chromium profile inside the data folder, with the real services behind the same bridge the e2e
// browser mode uses, Chromium's own file pickers in the page (files, folders, drag and drop, the save
// picker) and the Electron edge's rule that only files the user picked are read or written.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, probeModes } from '../e2e/mode.ts';
import { openBrowserApp, type BrowserApp } from '../e2e/bridge.ts';
import { CHROMIUM_APP_DIR, chromiumAppFiles, CHROMIUM_PROFILE_DIR } from '../electron/chromium-app/files-port.ts';
import { createPathGrants, grantingDialogs } from '../electron/ipc/path-grants.ts';
import { applyRecoveryChoice, damagedLibraryQuestion, diagnoseLibrary } from '../electron/backup/recover.ts';
import { DB_FILE } from '../electron/services/index.ts';
import { askAboutDamagedLibrary } from './damaged-library-page.ts';

export interface ChromiumAppOptions {
  dataDir: string;
  headless: boolean;
  samples: boolean;
  /** Window size; by default the window's own (a user resizes it). */
  viewport?: { width: number; height: number };
  /** Where a download (the fallback when the save picker is unavailable) is kept; ~/Downloads by default. */
  downloadsDir?: string;
  /** Given the window's page as soon as it exists, before the app is in it (a question may come first). */
  onPage?: (page: Page) => void;
}

/** The user chose to quit rather than open a damaged library (nothing was changed). */
export class StartDeclined extends Error {
  constructor() { super('the user chose to quit instead of opening the damaged library'); }
}

export interface ChromiumApp {
  context: BrowserContext;
  page: Page;
  app: BrowserApp;
  close(): Promise<void>;
}

/** The flags `npm start` opens Chromium with, beyond the common ones. */
export function chromiumAppFlags(): string[] {
  return [
    ...CHROMIUM_FLAGS,
    // An app window from the first paint; the app itself is loaded once the bridge is in place.
    `--app=data:text/html;charset=utf-8,${encodeURIComponent('<!doctype html><html lang="vi"><title>Review Desk</title><body style="background:#eef0f3"></body></html>')}`,
    '--lang=vi',
    '--disable-features=Translate',
    '--disable-translate',
    '--test-type', // no "unsupported command-line flag" bar for --no-sandbox
    '--window-size=1360,900',
  ];
}

/** Chromium keeps asking to translate a page it thinks is foreign unless the profile says no. */
function writeProfilePreferences(profileDir: string): void {
  const file = join(profileDir, 'Default', 'Preferences');
  mkdirSync(join(profileDir, 'Default'), { recursive: true });
  let prefs: Record<string, unknown> = {};
  try { prefs = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>; } catch { /* first start */ }
  prefs.translate = { ...(prefs.translate as object | undefined), enabled: false };
  prefs.intl = { ...(prefs.intl as object | undefined), accept_languages: 'vi-VN,vi,en-US,en' };
  writeFileSync(file, JSON.stringify(prefs));
}

/** The page's origin is its port: the port of the last start is kept, so what the page keeps in the
 *  profile (the drafts offered back after a crash, in its localStorage) is found again next time. */
function portFile(dataDir: string): string {
  return join(dataDir, CHROMIUM_APP_DIR, 'port');
}

function lastPort(dataDir: string): number | undefined {
  try {
    const port = Number(readFileSync(portFile(dataDir), 'utf8').trim());
    return Number.isInteger(port) && port > 1024 && port < 65536 ? port : undefined;
  } catch {
    return undefined;
  }
}

function uniquePath(folder: string, name: string): string {
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 1; ; n += 1) {
    const path = join(folder, n === 1 ? name : `${stem} (${n})${ext}`);
    if (!existsSync(path)) return path;
  }
}

export async function launchChromiumApp(options: ChromiumAppOptions): Promise<ChromiumApp> {
  const probe = probeModes();
  // The library's check (see below) reads the whole file: it runs in a worker while Chromium starts.
  const diagnosing = diagnoseLibrary(options.dataDir, DB_FILE);
  diagnosing.catch(() => undefined); // awaited below
  const profileDir = join(options.dataDir, CHROMIUM_PROFILE_DIR);
  writeProfilePreferences(profileDir);
  const grants = createPathGrants();
  const files = chromiumAppFiles(options.dataDir, grants);
  files.clean();
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: probe.chromium ?? undefined,
    headless: options.headless,
    args: chromiumAppFlags(),
    ignoreDefaultArgs: ['--enable-automation'],
    viewport: options.viewport ?? null,
    locale: 'vi-VN',
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? await context.newPage();
  options.onPage?.(page);
  // Where the save picker is unavailable the page downloads the export: keep it in the user's Downloads
  // folder (Playwright would otherwise delete it with the browser).
  page.on('download', (download) => {
    const folder = options.downloadsDir ?? join(homedir(), 'Downloads');
    mkdirSync(folder, { recursive: true });
    void download.saveAs(uniquePath(folder, download.suggestedFilename())).catch((error: unknown) => console.error('[start] download failed', error));
  });
  // Like Electron's preload, before the app's own script: closing the window first asks (beforeunload);
  // the dialog handler below answers "stay", lets the page write pending typing, then closes. An app
  // window does not reload (F5, Ctrl+R), so leaving the page always means closing it.
  await context.addInitScript(() => {
    window.addEventListener('beforeunload', (event) => event.preventDefault());
    window.addEventListener('keydown', (event) => {
      const key = event.key.toLowerCase();
      if (key === 'f5' || ((event.ctrlKey || event.metaKey) && key === 'r')) event.preventDefault();
    });
  });
  // As the desktop app does before it opens the library: a damaged file is said so, and the user chooses
  // between the newest backup, an empty library and quitting; the damaged file is never written over.
  const diagnosis = await diagnosing;
  if (diagnosis.state === 'damaged') {
    const choice = await askAboutDamagedLibrary(page, damagedLibraryQuestion(diagnosis));
    if (!(await applyRecoveryChoice(options.dataDir, DB_FILE, diagnosis, choice, (line) => console.log(`[start] ${line}`)))) {
      await context.close().catch(() => undefined);
      files.clean();
      throw new StartDeclined();
    }
  }
  const port = lastPort(options.dataDir);
  const app = await openBrowserApp(page, options.dataDir, grantingDialogs(files.dialogs, grants), options.samples, { frontEnd: 'chromium-app', files: files.files, grants, ...(port && { port }) });
  // A taken port gave way to a free one: that one is kept from now on.
  const served = Number(new URL(app.origin).port);
  if (served !== port) writeFileSync(portFile(options.dataDir), String(served));
  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      await app.close();
      await context.close().catch(() => undefined);
      files.clean();
    })();
    return closing;
  };
  // The window's close button: the page holds it (beforeunload, above); staying lets the page write
  // pending typing (window.rdFlushPendingSaves, as Electron's main does), then everything closes.
  page.on('dialog', (dialog) => {
    if (dialog.type() !== 'beforeunload') { void dialog.dismiss().catch(() => undefined); return; }
    void dialog.dismiss().catch(() => undefined).then(close);
  });
  return { context, page, app, close };
}

