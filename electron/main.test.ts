// The Electron glue, run against a stand-in for the electron module (its binary cannot run here):
// the window's security options, and the IPC edge refusing foreign frames and unknown channels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Module from 'node:module';
import { pathToFileURL } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { existsSync, rmSync } from 'node:fs';
import { build } from 'esbuild';
import { tempDir } from './test/temp.ts';

type Handler = (event: unknown, ...args: unknown[]) => Promise<unknown>;

function fakeElectron() {
  const handlers = new Map<string, Handler>();
  const lockedAt: string[] = [];
  const windows: { options: Record<string, unknown>; loaded?: string; webContents: Record<string, unknown> }[] = [];
  const noop = () => undefined;
  class BrowserWindow {
    options: Record<string, unknown>;
    loaded?: string;
    webContents: Record<string, unknown>;
    constructor(options: Record<string, unknown>) {
      this.options = options;
      const mainFrame = { url: '' };
      this.webContents = { mainFrame, on: noop, setWindowOpenHandler: noop, send: noop, executeJavaScript: async () => null };
      windows.push(this);
    }
    loadFile(path: string) { this.loaded = path; (this.webContents.mainFrame as { url: string }).url = pathToFileURL(path).href; return Promise.resolve(); }
    once = noop; on = noop; maximize = noop; show = noop; isMinimized = () => false; focus = noop;
  }
  const electron = {
    app: {
      isPackaged: false,
      requestSingleInstanceLock() { lockedAt.push(this.paths.get('userData') ?? ''); return true; },
      on: noop, quit: noop, exit: noop,
      whenReady: () => Promise.resolve(),
      paths: new Map<string, string>([['userData', '/nonexistent']]),
      getPath(name: string) { return this.paths.get(name) ?? '/nonexistent'; },
      setPath(name: string, value: string) { this.paths.set(name, value); },
      getVersion: () => '9.9.9',
    },
    BrowserWindow,
    ipcMain: { handle: (channel: string, fn: Handler) => handlers.set(channel, fn), on: (channel: string, fn: Handler) => handlers.set(channel, fn) },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: noop },
    dialog: { showErrorBox: (title: string, body: string) => { throw new Error(`${title}: ${body}`); } },
    screen: { getAllDisplays: () => [] },
    session: { defaultSession: { webRequest: { onHeadersReceived: noop }, setPermissionRequestHandler: noop } },
    shell: { openExternal: async () => undefined },
  };
  return { electron, handlers, windows, lockedAt };
}

test('main opens one locked-down window and its IPC edge refuses foreign frames and unknown channels', async (t) => {
  // Inside the project, so the bundle's external packages resolve from node_modules.
  const out = join(resolve(import.meta.dirname, '..'), 'node_modules', '.cache', 'rd-main-test', String(process.pid), 'main.cjs');
  t.after(() => rmSync(dirname(out), { recursive: true, force: true }));
  await build({
    entryPoints: [resolve(import.meta.dirname, 'main.ts')], outfile: out, bundle: true, platform: 'node', format: 'cjs',
    packages: 'external', external: ['electron'], define: { 'import.meta.dirname': '__dirname' }, logLevel: 'error',
  });
  const fake = fakeElectron();
  const originalLoad = (Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load;
  (Module as unknown as { _load: typeof originalLoad })._load = function (request: string, ...rest: unknown[]) {
    return request === 'electron' ? fake.electron : originalLoad.call(this, request, ...rest);
  };
  const argv = process.argv;
  const dataDir = tempDir(t);
  process.argv = [argv[0]!, out, `--data-dir=${dataDir}`, '--no-samples'];
  try {
    Module.createRequire(out)(out);
    for (let i = 0; i < 50 && fake.windows.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
  } finally {
    process.argv = argv;
    (Module as unknown as { _load: typeof originalLoad })._load = originalLoad;
  }

  assert.equal(fake.windows.length, 1);
  // The single-instance lock is taken per library folder, and the library is opened there.
  assert.deepEqual(fake.lockedAt, [dataDir]);
  assert.ok(existsSync(join(dataDir, 'library.sqlite')));
  const [window] = fake.windows;
  const prefs = window!.options.webPreferences as Record<string, unknown>;
  assert.equal(prefs.contextIsolation, true);
  assert.equal(prefs.sandbox, true);
  assert.equal(prefs.nodeIntegration, false);
  assert.match(String(window!.loaded), /renderer[\\/]index\.html$/);

  const invoke = fake.handlers.get('rd:invoke');
  assert.ok(invoke, 'rd:invoke is handled');
  const sender = window!.webContents;
  const own = { sender, senderFrame: sender.mainFrame };
  const created = await invoke(own, 'reviews:create', { title: 'Báo cáo', year: 2026, lang: 'vi' }) as { ok: boolean };
  assert.equal(created.ok, true);
  const listed = await invoke(own, 'reviews:list', {}) as { ok: boolean; value: unknown[] };
  assert.equal(listed.value.length, 1);

  const foreignFrame = { sender, senderFrame: { url: 'https://example.com/' } };
  const refused = await invoke(foreignFrame, 'reviews:list', {}) as { ok: boolean; error: { message: { en: string } } };
  assert.equal(refused.ok, false);
  assert.match(refused.error.message.en, /foreign frame/);
  const otherContents = { sender: { mainFrame: {} }, senderFrame: sender.mainFrame };
  assert.equal((await invoke(otherContents, 'reviews:list', {}) as { ok: boolean }).ok, false);
  assert.equal((await invoke(own, 'fs:read', {}) as { ok: boolean }).ok, false);

  // Paths to read or write must have been chosen by the user (dialog or drop), never made up by a page.
  const exportAnywhere = await invoke(own, 'export:docx', { reviewId: 'x', settings: {}, path: '/etc/cron.d/x.docx' }) as { ok: boolean; error: { code: string } };
  assert.equal(exportAnywhere.error.code, 'path-not-chosen');
  const importAnywhere = await invoke(own, 'import:start', { paths: ['/root/.ssh'] }) as { ok: boolean; error: { code: string } };
  assert.equal(importAnywhere.error.code, 'path-not-chosen');
  // A drop reported by the preload grants that path (and what is inside it, for a dropped folder).
  const dropped = tempDir(t);
  await fake.handlers.get('rd:grant-drop')!(foreignFrame, '/root');
  await fake.handlers.get('rd:grant-drop')!(own, dropped);
  assert.equal((await invoke(own, 'import:start', { paths: ['/root/.ssh'] }) as { ok: boolean }).ok, false);
  const fromDrop = await invoke(own, 'import:start', { paths: [join(dropped, 'missing.docx')] }) as { ok: boolean; value: { total: number } };
  assert.equal(fromDrop.ok, true);
  assert.equal(fromDrop.value.total, 1);
});
