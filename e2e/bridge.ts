// Browser mode: the built renderer served from disk under a private origin (no server, no network),
// with window.rdTransport bridged to the real services through page.exposeBinding. The e2e specs use it
// with dialogs they answer; the Chromium app (scripts/chromium-app.ts) with the page's own pickers and
// the same path grants as the Electron edge.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { createServices, type Services } from '../electron/services/index.ts';
import { createHandlers } from '../electron/ipc/handlers/index.ts';
import { dispatch } from '../electron/ipc/dispatch.ts';
import type { DialogPort, FilesPort } from '../electron/services/ports.ts';
import type { FrontEnd } from '../electron/services/index.ts';
import { pathRefusal, type PathGrants } from '../electron/ipc/path-grants.ts';
import { serializeError } from '../electron/shared/errors.ts';
import { startApp } from '../electron/services/startup.ts';
import type { MenuCommand } from '../electron/shared/menu.ts';

/** https, so the page is a secure context (Chromium's save picker needs one); nothing is ever fetched
 *  from the network: every request is answered from disk or refused below. */
export const APP_ORIGIN = 'https://review-desk.invalid';
/** The same policy the Electron main process sets on its window. */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'";
/** Where the page's rdTransport posts its calls (answered by answerInvoke, never reaching a network). */
const INVOKE_PATH = '/__rd/invoke';
const RENDERER_DIR = resolve(import.meta.dirname, '..', 'dist', 'renderer');
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.json': 'application/json',
};

/** Answers the tests give to native dialogs, consumed in order; an unanswered question is a test error. */
export interface DialogAnswers {
  pickImport: (string[] | null)[];
  pickExport: (string | null)[];
  confirm: boolean[];
}

export function stubDialogs(answers: DialogAnswers): DialogPort {
  function next<T>(queue: T[], what: string): T {
    if (queue.length === 0) throw new Error(`e2e: the app asked ${what} but the test gave no answer`);
    return queue.shift() as T;
  }
  return {
    pickImport: async () => next(answers.pickImport, 'to pick files to import'),
    pickExport: async () => next(answers.pickExport, 'where to save an export'),
    confirm: async () => next(answers.confirm, 'for a confirmation'),
  };
}

export interface BrowserApp {
  services: Services;
  /** Closes the services and opens new ones over the same data folder, then reloads the page. */
  restart(): Promise<void>;
  /** Chooses an item of the native menu (see electron/electron-menu.ts). */
  menu(command: MenuCommand): Promise<void>;
  /** Writes pending typing, then closes the services. */
  close(): Promise<void>;
}

export interface BrowserAppOptions {
  /** Defaults to the e2e bridge. */
  frontEnd?: Extract<FrontEnd, 'chromium-app' | 'test-bridge'>;
  files?: FilesPort;
  /** When given, calls naming a path the user did not choose are refused, as at the Electron edge. */
  grants?: PathGrants;
}

export async function openBrowserApp(page: Page, dataDir: string, dialogs: DialogPort, withSamples: boolean, options: BrowserAppOptions = {}): Promise<BrowserApp> {
  const startServices = () => createServicesFor(dataDir, dialogs, withSamples, options);
  let services = await startServices();
  let handlers = createHandlers(services);

  await page.route(`${APP_ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === INVOKE_PATH) return answerInvoke(route);
    const file = normalize(join(RENDERER_DIR, path === '/' ? 'index.html' : decodeURIComponent(path)));
    if (!file.startsWith(RENDERER_DIR)) return route.fulfill({ status: 403 });
    try {
      const body = await readFile(file);
      const headers: Record<string, string> = extname(file) === '.html' ? { 'Content-Security-Policy': CSP } : {};
      return route.fulfill({ status: 200, body, headers, contentType: MIME[extname(file)] ?? 'application/octet-stream' });
    } catch {
      return route.fulfill({ status: 404, body: 'not found' });
    }
  });
  // Everything else is refused: the app must not reach the network.
  await page.route(/^(?!https:\/\/review-desk\.invalid\/)/, (route) => route.abort('blockedbyclient'));

  const inFlight = new Set<Promise<unknown>>();
  let closed = false;
  /** One call of the contract, as JSON text in and out. */
  async function invoke(fromMainFrame: boolean, channel: unknown, argJson: unknown): Promise<string> {
    // Like the Electron edge: only the app's own top frame may call.
    if (!fromMainFrame) return JSON.stringify({ ok: false, error: { code: 'forbidden', message: { vi: 'Khung không hợp lệ.', en: 'Foreign frame.' } } });
    // Between closing the library and reopening it (restart, teardown), calls are refused like a quit app's.
    if (closed) return JSON.stringify({ ok: false, error: { code: 'closed', message: { vi: 'Ứng dụng đang đóng.', en: 'The app is closing.' } } });
    const arg = typeof argJson === 'string' ? JSON.parse(argJson) as unknown : undefined;
    const refusal = options.grants ? pathRefusal(options.grants, String(channel), arg) : null;
    if (refusal) return JSON.stringify({ ok: false, error: serializeError(refusal) });
    const call = dispatch(handlers, channel, arg);
    inFlight.add(call);
    try {
      return JSON.stringify(await call);
    } finally {
      inFlight.delete(call);
    }
  }
  // Calls cross as a same-origin POST answered here (page.route): the body travels through the network
  // stack, off the page's main thread. A Playwright binding carried the 1.4 MB autosave of a 200-page
  // review through the DevTools protocol on the main thread instead, 50-170 ms per save, twice a second
  // while the user types.
  async function answerInvoke(route: Route): Promise<void> {
    const request = route.request();
    if (request.method() !== 'POST') return route.fulfill({ status: 405 });
    let fromMainFrame = false;
    try { fromMainFrame = request.frame() === page.mainFrame(); } catch { /* a worker: no frame */ }
    const channel = new URL(request.url()).searchParams.get('channel');
    const body = await invoke(fromMainFrame, channel, request.postData() ?? '{}');
    return route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', body });
  }
  /** What Electron's main does before closing the window: let the renderer write pending typing. */
  async function flushAndSettle(): Promise<void> {
    await page.evaluate(() => (window as unknown as { rdFlushPendingSaves?: () => Promise<void> }).rdFlushPendingSaves?.()).catch(() => undefined);
    while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
  }
  await page.addInitScript(() => {
    const w = window as unknown as {
      rdTransport: unknown;
      rdMenu: unknown;
      __rdMenuCommand: (command: string) => void;
    };
    w.rdTransport = {
      invoke: async (channel: string, arg: unknown) => {
        const response = await fetch(`/__rd/invoke?channel=${encodeURIComponent(channel)}`, { method: 'POST', body: JSON.stringify(arg ?? {}) });
        return await response.json() as unknown;
      },
    };
    // The native menu's commands, as the Electron preload delivers them; tests send them with menu().
    const listeners = new Set<(command: string) => void>();
    w.rdMenu = { onCommand: (listener: (command: string) => void) => { listeners.add(listener); return () => listeners.delete(listener); } };
    w.__rdMenuCommand = (command: string) => listeners.forEach((listener) => listener(command));
    Object.defineProperty(w, '__rdMenuListeners', { get: () => listeners.size });
  });
  await page.goto(`${APP_ORIGIN}/index.html`);

  return {
    get services() { return services; },
    async restart() {
      await flushAndSettle();
      closed = true;
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
      services.close();
      services = await startServices();
      handlers = createHandlers(services);
      closed = false;
      await page.reload();
    },
    async menu(command) {
      // Like a person, wait until the window shows the app (its menu listener is registered) to click.
      await page.waitForFunction(() => (window as unknown as { __rdMenuListeners: number }).__rdMenuListeners > 0);
      await page.evaluate((c) => (window as unknown as { __rdMenuCommand: (c: string) => void }).__rdMenuCommand(c), command);
    },
    async close() {
      await flushAndSettle();
      closed = true;
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
      services.close();
    },
  };
}

async function createServicesFor(dataDir: string, dialogs: DialogPort, withSamples: boolean, options: BrowserAppOptions): Promise<Services> {
  const services = createServices({
    dataDir,
    mode: 'browser',
    appVersion: options.frontEnd === 'chromium-app' ? appVersion() : 'e2e',
    dialogs,
    frontEnd: options.frontEnd ?? 'test-bridge',
    ...(options.files && { files: options.files }),
  });
  await startApp(services, { samples: withSamples });
  return services;
}

function appVersion(): string {
  try {
    return (JSON.parse(readFileSync(resolve(import.meta.dirname, '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}
