// The Electron glue, run against a stand-in for the electron module (its binary cannot run here):
// the window's security options, and the IPC edge refusing foreign frames and unknown channels.
// It runs the real, self-contained bundle (scripts/bundle-options.ts) from an install folder outside the
// project whose path holds `[ ] | %` and a space: no node_modules to fall back on, and the characters
// that broke the old file:// sender check.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import Module from 'node:module';
import { join } from 'node:path';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { tempDir } from './test/temp.ts';
import { bundleOptions } from '../scripts/bundle-options.ts';

type Handler = (event: unknown, ...args: unknown[]) => Promise<unknown>;

function fakeElectron() {
  const handlers = new Map<string, Handler>();
  const lockedAt: string[] = [];
  const windows: FakeWindow[] = [];
  const schemes: { registered: unknown[]; handlers: Map<string, (request: Request) => Promise<Response>> } = { registered: [], handlers: new Map() };
  const messageBoxes: { message: string; buttons: string[] }[] = [];
  const messageBoxAnswers: number[] = [];
  const sessionCalls: string[] = [];
  const exited: number[] = [];
  const sent: unknown[][] = [];
  const appHandlers = new Map<string, ((...args: unknown[]) => void)[]>();
  const noop = () => undefined;
  class FakeWindow {
    options: Record<string, unknown>;
    loaded: string[] = [];
    listeners = new Map<string, ((...args: unknown[]) => void)[]>();
    webContents: Record<string, unknown>;
    constructor(options: Record<string, unknown>) {
      this.options = options;
      const mainFrame = { url: '' };
      const on = (name: string, fn: (...args: unknown[]) => void) => { this.listeners.set(name, [...(this.listeners.get(name) ?? []), fn]); };
      this.webContents = { mainFrame, on, setWindowOpenHandler: noop, send: (...args: unknown[]) => { sent.push(args); }, executeJavaScript: async () => null };
      windows.push(this);
    }
    emit(name: string, ...args: unknown[]) { for (const fn of this.listeners.get(name) ?? []) fn(...args); }
    loadURL(url: string) { this.loaded.push(url); (this.webContents.mainFrame as { url: string }).url = url; return Promise.resolve(); }
    loadFile() { throw new Error('the renderer is served from the app scheme, not loadFile'); }
    once = noop; on = noop; maximize = noop; show = noop; isMinimized = () => false; focus = noop;
  }
  const electron = {
    app: {
      isPackaged: true,
      enableSandbox: () => sessionCalls.push('enableSandbox'),
      requestSingleInstanceLock() { lockedAt.push(this.paths.get('userData') ?? ''); return true; },
      on: (name: string, fn: (...args: unknown[]) => void) => { appHandlers.set(name, [...(appHandlers.get(name) ?? []), fn]); },
      quit: noop, exit: (code: number) => { exited.push(code); },
      whenReady: () => Promise.resolve(),
      paths: new Map<string, string>([['userData', '/nonexistent']]),
      getPath(name: string) { return this.paths.get(name) ?? '/nonexistent'; },
      setPath(name: string, value: string) { this.paths.set(name, value); },
      getVersion: () => '9.9.9',
    },
    BrowserWindow: FakeWindow,
    protocol: {
      registerSchemesAsPrivileged: (list: unknown[]) => { schemes.registered.push(...list); },
      handle: (scheme: string, fn: (request: Request) => Promise<Response>) => { schemes.handlers.set(scheme, fn); },
    },
    ipcMain: { handle: (channel: string, fn: Handler) => handlers.set(channel, fn), on: (channel: string, fn: Handler) => handlers.set(channel, fn) },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: noop },
    dialog: {
      showErrorBox: (title: string, body: string) => { throw new Error(`${title}: ${body}`); },
      showMessageBox: async (options: { message: string; buttons: string[] }) => {
        messageBoxes.push(options);
        return { response: messageBoxAnswers.shift() ?? options.buttons.length - 1 };
      },
    },
    screen: { getAllDisplays: () => [] },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: noop },
        setPermissionRequestHandler: () => sessionCalls.push('permissionRequest'),
        setPermissionCheckHandler: () => sessionCalls.push('permissionCheck'),
        setSpellCheckerDictionaryDownloadURL: (url: string) => sessionCalls.push(`dictionaries:${url}`),
        setSpellCheckerLanguages: noop,
      },
    },
    shell: { openExternal: async () => undefined },
  };
  return { electron, handlers, windows, lockedAt, schemes, messageBoxes, messageBoxAnswers, sessionCalls, exited, appHandlers, sent };
}

type Fake = ReturnType<typeof fakeElectron>;

/** The install folder: a path with the characters that broke the file:// sender check. */
async function installApp(t: TestContext): Promise<string> {
  const install = join(tempDir(t, 'rd install [x] | 100% '), 'Review Desk [v1] | 50%');
  const out = join(install, 'dist', 'electron', 'main.cjs');
  await build(bundleOptions('main', { outfile: out, sourcemap: false, logLevel: 'error' }));
  mkdirSync(join(install, 'dist', 'renderer', 'assets'), { recursive: true });
  writeFileSync(join(install, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Review Desk</title><script type="module" src="./assets/app.js"></script>');
  writeFileSync(join(install, 'dist', 'renderer', 'assets', 'app.js'), 'console.log("app")');
  return out;
}

/** Runs the bundle at out with the stand-in electron until its window exists (or the start gave up). */
async function startMain(out: string, fake: Fake, dataDir: string, extra: string[] = [], modules: Record<string, unknown> = {}): Promise<void> {
  const originalLoad = (Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load;
  (Module as unknown as { _load: typeof originalLoad })._load = function (request: string, ...rest: unknown[]) {
    return request === 'electron' ? fake.electron : request in modules ? modules[request] : originalLoad.call(this, request, ...rest);
  };
  const argv = process.argv;
  process.argv = [argv[0]!, out, `--data-dir=${dataDir}`, '--no-samples', ...extra];
  try {
    const require = Module.createRequire(out);
    delete require.cache[out];
    require(out);
    for (let i = 0; i < 250 && fake.windows.length === 0 && !fake.exited.length; i++) await new Promise((r) => setTimeout(r, 20));
  } finally {
    process.argv = argv;
    (Module as unknown as { _load: typeof originalLoad })._load = originalLoad;
  }
}

test('main opens one locked-down window from the app scheme and its IPC edge refuses foreign frames and unknown channels', async (t) => {
  const out = await installApp(t);
  assert.ok(!existsSync(join(out, '..', '..', '..', 'node_modules')), 'the bundle runs without node_modules');
  const fake = fakeElectron();
  const dataDir = tempDir(t);
  await startMain(out, fake, dataDir);

  assert.equal(fake.windows.length, 1);
  // The single-instance lock is taken per library folder, and the library is opened there.
  assert.deepEqual(fake.lockedAt, [dataDir]);
  assert.ok(existsSync(join(dataDir, 'library.sqlite')));
  const [window] = fake.windows;
  const prefs = window!.options.webPreferences as Record<string, unknown>;
  assert.equal(prefs.contextIsolation, true);
  assert.equal(prefs.sandbox, true);
  assert.equal(prefs.nodeIntegration, false);
  assert.equal(prefs.devTools, false, 'no DevTools in a packaged build');
  assert.equal(prefs.webSecurity, true);
  assert.equal(prefs.allowRunningInsecureContent, false);
  assert.equal(prefs.experimentalFeatures, false);
  assert.equal(prefs.enableBlinkFeatures, undefined);
  assert.equal(prefs.disableBlinkFeatures, 'Auxclick');

  // Every web contents is locked down: no navigation off the app scheme, no webviews, no new windows.
  const listeners = new Map<string, (...args: unknown[]) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = { on: (name: string, fn: (...args: unknown[]) => void) => listeners.set(name, fn), setWindowOpenHandler: (fn: typeof openHandler) => { openHandler = fn; } };
  for (const fn of fake.appHandlers.get('web-contents-created') ?? []) fn({}, contents);
  const navigate = (name: string, url: string) => {
    let prevented = false;
    listeners.get(name)!({ url, preventDefault: () => { prevented = true; } }, 'deprecated-argument-ignored');
    return prevented;
  };
  assert.equal(navigate('will-navigate', 'app://review-desk/index.html'), false);
  for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://evil/', 'javascript:alert(1)']) {
    assert.equal(navigate('will-navigate', url), true, url);
    assert.equal(navigate('will-redirect', url), true, url);
  }
  let webviewPrevented = false;
  listeners.get('will-attach-webview')!({ preventDefault: () => { webviewPrevented = true; } });
  assert.ok(webviewPrevented);
  assert.deepEqual(openHandler!({ url: 'https://example.com/' }), { action: 'deny' });
  assert.deepEqual(openHandler!({ url: 'file:///etc/passwd' }), { action: 'deny' });
  assert.equal(prefs.webviewTag, false);
  assert.equal(prefs.spellcheck, process.platform === 'darwin' || process.platform === 'win32');
  assert.ok(fake.sessionCalls.includes('enableSandbox'));
  assert.ok(fake.sessionCalls.includes('permissionRequest') && fake.sessionCalls.includes('permissionCheck'));
  assert.ok(fake.sessionCalls.some((c) => c.startsWith('dictionaries:http://127.0.0.1:')), 'no dictionary downloads from the internet');

  // The renderer comes from app://review-desk, served by the registered handler from the install folder.
  assert.deepEqual(window!.loaded, ['app://review-desk/index.html']);
  assert.deepEqual(fake.schemes.registered, [{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, allowServiceWorkers: false, bypassCSP: false, corsEnabled: false, stream: false, codeCache: true } }]);
  const serve = fake.schemes.handlers.get('app');
  assert.ok(serve);
  const page = await serve(new Request('app://review-desk/index.html'));
  assert.equal(page.status, 200);
  assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'/);
  assert.equal(await page.text(), readFileSync(join(out, '..', '..', 'renderer', 'index.html'), 'utf8'));
  assert.equal((await serve(new Request('app://review-desk/assets/app.js'))).headers.get('content-type'), 'text/javascript; charset=utf-8');
  for (const escape of ['app://review-desk/..%2f..%2felectron/main.cjs', 'app://review-desk/%2e%2e/%2e%2e/electron/main.cjs', 'app://other/index.html']) {
    assert.equal((await serve(new Request(escape))).status, 404, escape);
  }

  // A renderer crash reloads the app page; what was saved stays.
  const beforeCrash = fake.windows[0]!.loaded.length;

  const invoke = fake.handlers.get('rd:invoke');
  assert.ok(invoke, 'rd:invoke is handled');
  const sender = window!.webContents;
  const own = { sender, senderFrame: sender.mainFrame };
  const created = await invoke(own, 'reviews:create', { title: 'Báo cáo', year: 2026, lang: 'vi' }) as { ok: boolean };
  assert.equal(created.ok, true);
  const listed = await invoke(own, 'reviews:list', {}) as { ok: boolean; value: unknown[] };
  assert.equal(listed.value.length, 1);

  window!.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
  assert.equal(window!.loaded.length, beforeCrash + 1);
  assert.equal(window!.loaded.at(-1), 'app://review-desk/index.html');
  window!.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
  assert.equal(window!.loaded.length, beforeCrash + 1, 'a clean exit is not a crash');
  assert.equal((await invoke(own, 'reviews:list', {}) as { value: unknown[] }).value.length, 1);

  const foreignFrame = { sender, senderFrame: { url: 'https://example.com/' } };
  for (const url of ['file:///index.html', 'app://evil/index.html', 'app://user@review-desk/index.html']) {
    assert.equal((await invoke({ sender, senderFrame: { url } }, 'reviews:list', {}) as { ok: boolean }).ok, false, url);
  }
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

test('a damaged library: the app says so, offers the newest backup or an empty library, always keeps the damaged file; quitting writes nothing', async (t) => {
  const { createServices } = await import('./services/index.ts');
  const out = await installApp(t);
  for (const answer of ['restore', 'empty', 'quit'] as const) {
    const dataDir = tempDir(t);
    const services = createServices({ dataDir, mode: 'cli' });
    services.reviews.create({ title: 'Báo cáo đã sao lưu', year: 2025, lang: 'vi' });
    await services.backups.backupNow('daily');
    services.close();
    const garbage = Buffer.from('garbage '.repeat(1000));
    writeFileSync(join(dataDir, 'library.sqlite'), garbage);

    const fake = fakeElectron();
    fake.messageBoxAnswers.push({ restore: 0, empty: 1, quit: 2 }[answer]);
    await startMain(out, fake, dataDir);
    assert.equal(fake.messageBoxes.length, 1);
    assert.match(fake.messageBoxes[0]!.message, /damaged or unreadable[\s\S]*will not be overwritten/);
    assert.match(fake.messageBoxes[0]!.buttons[0]!, /Restore the newest backup/);
    assert.match(fake.messageBoxes[0]!.buttons[1]!, /Start an empty library \(keep the damaged file\)/);
    const { readdirSync } = await import('node:fs');
    const aside = readdirSync(dataDir).filter((name) => name.includes('.damaged-'));
    if (answer === 'quit') {
      assert.deepEqual(fake.exited, [1]);
      assert.equal(fake.windows.length, 0);
      assert.deepEqual(readFileSync(join(dataDir, 'library.sqlite')), garbage);
      assert.deepEqual(aside, []);
      continue;
    }
    assert.equal(fake.windows.length, 1);
    assert.equal(aside.length, 1);
    assert.deepEqual(readFileSync(join(dataDir, aside[0]!)), garbage);
    if (answer === 'empty') {
      const empty = await fake.handlers.get('rd:invoke')!({ sender: fake.windows[0]!.webContents, senderFrame: fake.windows[0]!.webContents.mainFrame }, 'reviews:list', {}) as { value: unknown[] };
      assert.deepEqual(empty.value, []);
      continue;
    }
    const invoke = fake.handlers.get('rd:invoke')!;
    const sender = fake.windows[0]!.webContents;
    const listed = await invoke({ sender, senderFrame: sender.mainFrame }, 'reviews:list', {}) as { value: { title: string }[] };
    assert.deepEqual(listed.value.map((r) => r.title), ['Báo cáo đã sao lưu']);
  }
});

test('the library check starts in a worker before Electron is ready, and the window opens once it has passed', async (t) => {
  const { createServices } = await import('./services/index.ts');
  const workerThreads = await import('node:worker_threads');
  const out = await installApp(t);
  const dataDir = tempDir(t);
  const services = createServices({ dataDir, mode: 'cli' });
  services.reviews.create({ title: 'Báo cáo', year: 2025, lang: 'vi' });
  services.close();

  const fake = fakeElectron();
  let ready!: () => void;
  const readyPromise = new Promise<void>((resolve) => { ready = resolve; });
  fake.electron.app.whenReady = () => readyPromise;
  const checked: { path: string; beforeReady: boolean }[] = [];
  let isReady = false;
  class RecordingWorker extends workerThreads.Worker {
    constructor(code: string, options: { eval: boolean; workerData: { path: string } }) {
      super(code, options);
      checked.push({ path: options.workerData.path, beforeReady: !isReady });
    }
  }
  const started = startMain(out, fake, dataDir, [], { 'node:worker_threads': { ...workerThreads, Worker: RecordingWorker } });
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.deepEqual(checked.map((c) => [c.path, c.beforeReady]), [[join(dataDir, 'library.sqlite'), true]], 'the check of the library runs while Electron gets ready');
  assert.equal(fake.windows.length, 0);
  isReady = true;
  ready();
  await started;
  assert.equal(fake.windows.length, 1);
  assert.deepEqual(fake.messageBoxes, [], 'a sound library opens without a question');
  const sender = fake.windows[0]!.webContents;
  const listed = await fake.handlers.get('rd:invoke')!({ sender, senderFrame: sender.mainFrame }, 'reviews:list', {}) as { value: { title: string }[] };
  assert.deepEqual(listed.value.map((r) => r.title), ['Báo cáo']);
  // The start backup's own check follows, in a worker too (and the test ends after it, not during it).
  const { readdirSync } = await import('node:fs');
  const startBackupWritten = () => existsSync(join(dataDir, 'backups')) && readdirSync(join(dataDir, 'backups')).some((name) => name.endsWith('-start.sqlite'));
  for (let i = 0; i < 250 && !startBackupWritten(); i++) await new Promise((r) => setTimeout(r, 20));
  assert.match(checked[1]?.path ?? '', /-start\.sqlite\.partial$/);
});

test('an .rdlib the OS opens the app with (start or second instance) is granted and waits for the renderer', async (t) => {
  const { createServices } = await import('./services/index.ts');
  const out = await installApp(t);
  const source = createServices({ dataDir: tempDir(t), mode: 'cli' });
  source.reviews.create({ title: 'Báo cáo từ máy khác', year: 2025, lang: 'vi' });
  const archive = join(tempDir(t, 'rd archive [1] '), 'thư viện 2025.rdlib');
  await source.archive.export(archive);
  source.close();

  const fake = fakeElectron();
  await startMain(out, fake, tempDir(t), [archive]);
  const invoke = fake.handlers.get('rd:invoke')!;
  const sender = fake.windows[0]!.webContents;
  const own = { sender, senderFrame: sender.mainFrame };
  assert.deepEqual(await invoke(own, 'archive:takeOpened', {}), { ok: true, value: archive });
  assert.deepEqual(await invoke(own, 'archive:takeOpened', {}), { ok: true, value: null });
  // Opened by the user, so the path is granted: the plan can be read.
  const plan = await invoke(own, 'archive:inspect', { path: archive }) as { ok: boolean; value: { reviews: { status: string }[] } };
  assert.equal(plan.ok, true);
  assert.deepEqual(plan.value.reviews.map((r) => r.status), ['new']);

  // A second start with a file hands it to the running app, which tells its window.
  for (const fn of fake.appHandlers.get('second-instance') ?? []) fn({}, ['review-desk', '--flag', archive, '/not/an/archive.txt']);
  assert.deepEqual(fake.sent.at(-1), ['rd:menu', 'open-archive']);
  assert.deepEqual(await invoke(own, 'archive:takeOpened', {}), { ok: true, value: archive });
  // Paths that are not archives, or do not exist, are neither granted nor queued.
  for (const fn of fake.appHandlers.get('second-instance') ?? []) fn({}, ['review-desk', join(tempDir(t), 'missing.rdlib')]);
  assert.deepEqual(await invoke(own, 'archive:takeOpened', {}), { ok: true, value: null });
});
