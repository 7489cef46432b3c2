// Electron's main process: lifecycle, the one window, the IPC edge, native dialogs. Everything else is
// in services that run in plain Node (see services/index.ts), so this file stays thin.
import { app, BrowserWindow, dialog, ipcMain, protocol, screen, session, shell, type WebContents } from 'electron';
import { join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createServices, DB_FILE, type Services } from './services/index.ts';
import { createHandlers } from './ipc/handlers/index.ts';
import { dispatch } from './ipc/dispatch.ts';
import { startApp } from './services/startup.ts';
import { electronDialogs, testDialogs } from './electron-dialogs.ts';
import { electronPdfRenderer } from './electron-pdf.ts';
import { buildMenu } from './electron-menu.ts';
import { createPathGrants, grantingDialogs, pathRefusal } from './ipc/path-grants.ts';
import { findSoffice } from './export/pdf.ts';
import { serializeError, errors } from './shared/errors.ts';
import type { Settings } from './shared/review.ts';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, CSP, RENDERER_URL, createAppSchemeHandler, isAppUrl } from './app-scheme.ts';
import { selfCheckMessage, sqliteSelfCheck } from './store/self-check.ts';
import { spellcheckPolicy } from './spellcheck.ts';
import { applyRecoveryChoice, damagedLibraryQuestion, diagnoseLibrary, type LibraryDiagnosis } from './backup/recover.ts';
import { startBackupSchedule } from './backup/service.ts';
import { createReloadGuard } from './renderer-crash.ts';

const { values: args, positionals } = parseArgs({
  args: process.argv.slice(app.isPackaged ? 1 : 2),
  options: { 'data-dir': { type: 'string' }, 'no-samples': { type: 'boolean' } },
  strict: false,
  allowPositionals: true,
});

/** dist/renderer, served as app://review-desk/ (see app-scheme.ts for why not file://). */
const RENDERER_DIR = resolve(import.meta.dirname, '..', 'renderer');
const SPELLCHECK = spellcheckPolicy(process.platform);

// Before 'ready': every renderer sandboxed, and the app scheme privileged (standard + secure).
app.enableSandbox();
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);

let services: Services | null = null;
let mainWindow: BrowserWindow | null = null;
let quitting = false;
/** Paths the user chose (dialogs, drops): the only ones import and export calls may name. */
const grants = createPathGrants();

// One app per library: the lock lives in the data folder, so two libraries can be open at once
// (and parallel e2e runs each get their own), while a second start on the same library focuses the first.
const dataDirOverride = typeof args['data-dir'] === 'string' ? args['data-dir'] : process.env.REVIEW_DESK_DATA_DIR;
if (dataDirOverride) app.setPath('userData', resolve(dataDirOverride));
const primary = app.requestSingleInstanceLock();
if (!primary) app.quit();
// The library's integrity check reads the whole file (about 200 ms per 120 MB): it starts here, in a
// worker, so it runs while Electron gets ready instead of after, in front of the window.
const earlyDiagnosis = primary ? diagnoseLibrary(app.getPath('userData'), DB_FILE) : null;
earlyDiagnosis?.catch(() => undefined); // awaited at 'ready', where a failure is reported
app.on('before-quit', () => { quitting = true; });
app.on('second-instance', (_event, argv) => {
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
  openArchives(argv);
});

/** .rdlib files the OS opened the app with (file association): granted, queued for the renderer, which
 *  shows the import plan (api.archive.takeOpened). Before the services exist they wait here. */
const openedBeforeReady: string[] = [];
function openArchives(candidates: readonly string[]): void {
  const archives = candidates.filter((arg) => /\.rdlib$/i.test(arg) && !arg.startsWith('-')).map((arg) => resolve(arg)).filter((path) => existsSync(path));
  if (archives.length === 0) return;
  grants.grant(archives);
  if (!services) { openedBeforeReady.push(...archives); return; }
  for (const path of archives) services.archive.offerOpened(path);
  mainWindow?.webContents.send('rd:menu', 'open-archive');
}
// macOS delivers a double-clicked file as an event, possibly before 'ready'.
app.on('open-file', (event, path) => { event.preventDefault(); openArchives([path]); });

function isAppFrame(contents: WebContents, frameUrl: string | undefined, isMainFrame: boolean): boolean {
  return contents === mainWindow?.webContents && isMainFrame && isAppUrl(frameUrl);
}

/** Restores the saved bounds if they are still on a connected display. */
function windowBounds(saved: Settings['window']): Electron.Rectangle | { width: number; height: number } {
  const fallback = { width: 1360, height: 900 };
  if (!saved || saved.x === undefined || saved.y === undefined) return saved ? { width: saved.width, height: saved.height } : fallback;
  const visible = screen.getAllDisplays().some(({ workArea: a }) =>
    saved.x! < a.x + a.width && saved.x! + saved.width > a.x && saved.y! < a.y + a.height && saved.y! + saved.height > a.y);
  return visible ? { x: saved.x, y: saved.y, width: saved.width, height: saved.height } : fallback;
}

function createWindow(svc: Services): void {
  const saved = svc.settings.get().window;
  mainWindow = new BrowserWindow({
    ...windowBounds(saved),
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Review Desk',
    backgroundColor: '#eef0f3',
    webPreferences: {
      preload: join(import.meta.dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click would ask for a new window (refused anyway by setWindowOpenHandler).
      disableBlinkFeatures: 'Auxclick',
      spellcheck: SPELLCHECK.enabled,
      // A packaged build has no DevTools (and no reload in its menu, see electron-menu.ts).
      devTools: !app.isPackaged,
    },
  });
  // A crashed or killed renderer is reloaded (what was typed is in the library: autosave); a renderer
  // that keeps crashing gets a message instead of a reload loop.
  const reloads = createReloadGuard();
  mainWindow.webContents.on('render-process-gone', (_event, details) => {
    const window = mainWindow;
    if (!window || details.reason === 'clean-exit') return;
    console.error(`[review-desk] renderer gone (${details.reason}, exit ${details.exitCode})`);
    if (reloads.allow(Date.now())) void window.loadURL(RENDERER_URL);
    else {
      const vi = svc.settings.get().locale !== 'en';
      dialog.showErrorBox('Review Desk', vi
        ? 'Cửa sổ soạn thảo bị lỗi nhiều lần liên tiếp. Dữ liệu đã lưu vẫn an toàn trong thư viện; hãy khởi động lại ứng dụng.'
        : 'The editor window crashed several times in a row. What was saved is safe in the library; restart the app.');
    }
  });
  if (saved?.maximized) mainWindow.maximize();
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  let flushed = false;
  mainWindow.on('close', (event) => {
    const window = mainWindow;
    if (!window) return;
    const bounds = window.getNormalBounds();
    svc.settings.set({ window: { ...bounds, maximized: window.isMaximized() } });
    if (flushed) return;
    // Let the renderer write pending typing through IPC before the window (and then the library) closes.
    event.preventDefault();
    flushed = true;
    const flush = window.webContents.executeJavaScript('window.rdFlushPendingSaves ? window.rdFlushPendingSaves() : null', true);
    const timeout = new Promise((resolve) => setTimeout(resolve, 5000));
    void Promise.race([flush, timeout]).catch(() => undefined).finally(() => {
      // The close was held for the flush; a quit (Cmd+Q, menu) that started it goes on.
      if (quitting) app.quit();
      else window.close();
    });
  });
  mainWindow.on('closed', () => { mainWindow = null; });
  void mainWindow.loadURL(RENDERER_URL);
}

/** No navigation away from the app, no new windows; http(s) links open in the system browser after a prompt. */
function lockDownContents(contents: WebContents): void {
  // Electron 41: the URL is on the event (details) object; the second argument is deprecated.
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//i.test(url)) void askAndOpenExternal(url);
    return { action: 'deny' };
  });
}

async function askAndOpenExternal(url: string): Promise<void> {
  const vi = services?.settings.get().locale !== 'en';
  const { response } = await dialog.showMessageBox({
    type: 'question',
    buttons: vi ? ['Mở', 'Huỷ'] : ['Open', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: vi ? 'Mở liên kết trong trình duyệt?' : 'Open the link in your browser?',
    detail: url,
  });
  if (response === 0) await shell.openExternal(url);
}

app.on('web-contents-created', (_event, contents) => lockDownContents(contents));

function fatal(message: { vi: string; en: string }): void {
  dialog.showErrorBox('Review Desk', `${message.vi}\n\n${message.en}`);
  app.exit(1);
}

/**
 * A library file that SQLite cannot read (garbage, truncated): say so, offer the newest readable
 * backup, and never write over the damaged file (recoverFromBackup moves it aside). False: quit.
 */
async function libraryReadyToOpen(dataDir: string, diagnosis: LibraryDiagnosis): Promise<boolean> {
  if (diagnosis.state !== 'damaged') return true;
  const question = damagedLibraryQuestion(diagnosis);
  const quitAt = question.choices.findIndex((c) => c.choice === 'quit');
  const { response } = await dialog.showMessageBox({
    type: 'error',
    title: 'Review Desk',
    message: `${question.message.vi}\n\n${question.message.en}`,
    detail: question.detail,
    buttons: question.choices.map((c) => c.label),
    defaultId: 0,
    cancelId: quitAt,
    noLink: true,
  });
  const choice = question.choices[response]?.choice ?? 'quit';
  return applyRecoveryChoice(dataDir, DB_FILE, diagnosis, choice, (line) => console.log(`[review-desk] ${line}`));
}

if (primary) void app.whenReady().then(async () => {
  protocol.handle(APP_SCHEME, createAppSchemeHandler(RENDERER_DIR));
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.setSpellCheckerDictionaryDownloadURL(SPELLCHECK.downloadUrl);
  if (SPELLCHECK.languages.length > 0) session.defaultSession.setSpellCheckerLanguages(SPELLCHECK.languages);

  // The SQLite this Electron ships must have what the library needs; a clear message, never a blank window.
  const check = sqliteSelfCheck();
  console.log(`[review-desk] SQLite ${check.version}; FTS5 self-check ${check.ok ? 'passed' : `FAILED: ${check.problems.join('; ')}`}`);
  if (!check.ok) return fatal(selfCheckMessage(check));

  const dataDir = app.getPath('userData');
  try {
    const diagnosis = await earlyDiagnosis!; // started with the main process; this runs in the primary instance only
    if (!(await libraryReadyToOpen(dataDir, diagnosis))) { app.exit(1); return; }
    services = createServices({
      dataDir,
      mode: 'electron',
      appVersion: app.getVersion(),
      dialogs: grantingDialogs(
        process.env.REVIEW_DESK_E2E === '1' ? testDialogs() : electronDialogs(() => mainWindow, () => services?.settings.get().locale ?? 'vi'),
        grants,
      ),
      shell: {
        openExternal: askAndOpenExternal,
        showInFolder: async (path) => { shell.showItemInFolder(path); return true; },
      },
    });
    if (!findSoffice()) services.export.setPdfRenderer(electronPdfRenderer());
    await startApp(services, { samples: args['no-samples'] !== true });
  } catch (error) {
    return fatal(serializeError(error).message);
  }
  // A backup at every start, then daily; a failure (full disk, folder gone) is logged and shown in the
  // backup panel, never blocking the app.
  const backups = services.backups;
  void backups.backupNow('start').catch((error: unknown) => console.error('[review-desk] start backup failed:', error));
  startBackupSchedule(backups, (error) => console.error('[review-desk] daily backup failed:', error));
  for (const path of openedBeforeReady.splice(0)) services.archive.offerOpened(path);
  openArchives(positionals);
  const handlers = createHandlers(services);
  ipcMain.handle('rd:invoke', async (event, channel: unknown, arg: unknown) => {
    if (!isAppFrame(event.sender, event.senderFrame?.url, event.senderFrame === event.sender.mainFrame)) {
      return { ok: false, error: serializeError(errors.invalidArgument('request from a foreign frame refused')) };
    }
    const refusal = pathRefusal(grants, String(channel), arg);
    if (refusal) return { ok: false, error: serializeError(refusal) };
    const result = await dispatch(handlers, channel, arg);
    if (channel === 'settings:set' && result.ok) rebuildMenu();
    return result;
  });
  // A file dropped on the window: the preload reports its path (only a real dropped file has one).
  ipcMain.on('rd:grant-drop', (event, path: unknown) => {
    if (typeof path === 'string' && path && isAppFrame(event.sender, event.senderFrame?.url, event.senderFrame === event.sender.mainFrame)) grants.grant([path]);
  });
  const rebuildMenu = () => buildMenu(() => mainWindow, services?.settings.get().locale ?? 'vi', app.isPackaged);
  rebuildMenu();
  createWindow(services);
  app.on('activate', () => { if (!mainWindow && services) createWindow(services); });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
app.on('will-quit', () => {
  services?.close();
  services = null;
});
