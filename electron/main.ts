// Electron's main process: lifecycle, the one window, the IPC edge, native dialogs. Everything else is
// in services that run in plain Node (see services/index.ts), so this file stays thin.
import { app, BrowserWindow, dialog, ipcMain, screen, session, shell, type WebContents } from 'electron';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createServices, type Services } from './services/index.ts';
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

const { values: args } = parseArgs({
  args: process.argv.slice(app.isPackaged ? 1 : 2),
  options: { 'data-dir': { type: 'string' }, 'no-samples': { type: 'boolean' } },
  strict: false,
  allowPositionals: true,
});

const RENDERER_INDEX = resolve(import.meta.dirname, '..', 'renderer', 'index.html');
const RENDERER_URL = pathToFileURL(RENDERER_INDEX).href;
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'";

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
app.on('before-quit', () => { quitting = true; });
app.on('second-instance', () => {
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
});

function isAppFrame(contents: WebContents, frameUrl: string | undefined, isMainFrame: boolean): boolean {
  return contents === mainWindow?.webContents && isMainFrame && frameUrl === RENDERER_URL;
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
      spellcheck: true,
    },
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
  void mainWindow.loadFile(RENDERER_INDEX);
}

/** No navigation away from the app, no new windows; http(s) links open in the system browser after a prompt. */
function lockDownContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (url !== RENDERER_URL) event.preventDefault();
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

if (primary) void app.whenReady().then(async () => {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));

  try {
    services = createServices({
      dataDir: app.getPath('userData'),
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
    const { message } = serializeError(error);
    dialog.showErrorBox('Review Desk', `${message.vi}\n\n${message.en}`);
    app.exit(1);
    return;
  }
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
  const rebuildMenu = () => buildMenu(() => mainWindow, services?.settings.get().locale ?? 'vi');
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
