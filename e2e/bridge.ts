// Browser mode: the built renderer served by a loopback server of our own
// (electron/chromium-app/app-server.ts; nothing reaches the network), with window.rdTransport bridged to
// the real services. The e2e specs use it with dialogs they answer; the Chromium app
// (scripts/chromium-app.ts) with the page's own pickers and the same path grants as the Electron edge.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { createServices, type Services } from '../electron/services/index.ts';
import { createHandlers } from '../electron/ipc/handlers/index.ts';
import { dispatch } from '../electron/ipc/dispatch.ts';
import type { DialogPort, FilesPort } from '../electron/services/ports.ts';
import type { FrontEnd } from '../electron/services/index.ts';
import { pathRefusal, type PathGrants } from '../electron/ipc/path-grants.ts';
import { errors, serializeError } from '../electron/shared/errors.ts';
import { startApp } from '../electron/services/startup.ts';
import type { MenuCommand } from '../electron/shared/menu.ts';
import { INVOKE_PATH, startAppServer, TOKEN_HEADER } from '../electron/chromium-app/app-server.ts';

/** The same policy the Electron main process sets on its window. */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'";
const RENDERER_DIR = resolve(import.meta.dirname, '..', 'dist', 'renderer');

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
  /** Where the page is served from (http://127.0.0.1:<port>). */
  origin: string;
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
  /** The port to serve the page on (see AppServerOptions.port); any free one by default. */
  port?: number;
}

export async function openBrowserApp(page: Page, dataDir: string, dialogs: DialogPort, withSamples: boolean, options: BrowserAppOptions = {}): Promise<BrowserApp> {
  const startServices = () => createServicesFor(dataDir, dialogs, withSamples, options);
  let services = await startServices();
  let handlers = createHandlers(services);

  const inFlight = new Set<Promise<unknown>>();
  let closed = false;
  /** One call of the contract, as JSON text in and out. */
  async function invoke(channel: unknown, argJson: unknown): Promise<string> {
    // Between closing the library and reopening it (restart, teardown), calls are refused like a quit app's.
    if (closed) return JSON.stringify({ ok: false, error: { code: 'closed', message: { vi: 'Ứng dụng đang đóng.', en: 'The app is closing.' } } });
    let arg: unknown;
    try { arg = typeof argJson === 'string' ? JSON.parse(argJson) as unknown : undefined; } catch {
      return JSON.stringify({ ok: false, error: serializeError(errors.invalidArgument('the argument is not JSON')) });
    }
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
  // Calls cross as a same-origin POST to the app server: the body travels through the network stack,
  // off the page's main thread. A Playwright binding carried the 1.4 MB autosave of a 200-page review
  // through the DevTools protocol on the main thread instead, 50-170 ms per save.
  const server = await startAppServer({ rendererDir: RENDERER_DIR, csp: CSP, invoke, ...(options.port && { port: options.port }) });
  /** What Electron's main does before closing the window: let the renderer write pending typing. */
  async function flushAndSettle(): Promise<void> {
    await page.evaluate(() => (window as unknown as { rdFlushPendingSaves?: () => Promise<void> }).rdFlushPendingSaves?.()).catch(() => undefined);
    while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
  }
  await page.addInitScript(({ invokePath, tokenHeader, token }) => {
    // Like the Electron edge, which answers the app's own top frame only: a frame gets no transport (and
    // the policy allows no frames: frame-src 'none').
    if (window.top !== window) return;
    const w = window as unknown as {
      rdTransport: unknown;
      rdMenu: unknown;
      __rdMenuCommand: (command: string) => void;
    };
    w.rdTransport = {
      invoke: async (channel: string, arg: unknown) => {
        const response = await fetch(`${invokePath}?channel=${encodeURIComponent(channel)}`, { method: 'POST', body: JSON.stringify(arg ?? {}), headers: { [tokenHeader]: token } });
        return await response.json() as unknown;
      },
    };
    // The native menu's commands, as the Electron preload delivers them; tests send them with menu().
    const listeners = new Set<(command: string) => void>();
    w.rdMenu = { onCommand: (listener: (command: string) => void) => { listeners.add(listener); return () => listeners.delete(listener); } };
    w.__rdMenuCommand = (command: string) => listeners.forEach((listener) => listener(command));
    Object.defineProperty(w, '__rdMenuListeners', { get: () => listeners.size });
  }, { invokePath: INVOKE_PATH, tokenHeader: TOKEN_HEADER, token: server.token });
  await page.goto(`${server.origin}/index.html`);

  return {
    get services() { return services; },
    origin: server.origin,
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
      await server.close();
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
