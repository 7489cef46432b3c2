// Static checks behind docs/security-checklist.md: what no source may contain, what the preload may
// expose, and that the renderer's CSP meta tag and the app scheme's header are the same policy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Module from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { tempDir } from '../test/temp.ts';
import { bundleOptions } from '../../scripts/bundle-options.ts';
import { CSP } from '../app-scheme.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'testdata' || name === 'node_modules' ? [] : sources(path);
    return /\.(ts|tsx|html)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

const FORBIDDEN: [RegExp, string][] = [
  [/nodeIntegration\s*:\s*true/, 'Node.js integration in a renderer'],
  [/nodeIntegrationIn(SubFrames|Worker)\s*:\s*true/, 'Node.js integration in frames or workers'],
  [/contextIsolation\s*:\s*false/, 'context isolation off'],
  [/sandbox\s*:\s*false/, 'sandbox off'],
  [/webSecurity\s*:\s*false/, 'web security off'],
  [/allowRunningInsecureContent\s*:\s*true/, 'insecure content'],
  [/experimentalFeatures\s*:\s*true/, 'experimental features'],
  [/enableBlinkFeatures/, 'Blink features enabled'],
  [/allowpopups/i, '<webview allowpopups>'],
  [/webviewTag\s*:\s*true/, '<webview>'],
  [/enableRemoteModule/, 'remote module'],
  [/\.loadURL\(\s*['"`]https?:/, 'remote content in a window'],
  [/\.loadURL\(\s*['"`]data:/, 'a data: URL in a window (2 MB cap, opaque origin)'],
  [/certificate-error/, 'certificate errors overridden'],
  [/setCertificateVerifyProc/, 'certificate checks replaced'],
  [/eval\(|new Function\(/, 'eval'],
  [/dangerouslySetInnerHTML/, 'raw HTML in React'],
];

test('no source turns a security default off or loads remote content', () => {
  const files = [...sources(join(ROOT, 'electron')), ...sources(join(ROOT, 'renderer'))];
  assert.ok(files.length > 50);
  const found: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const [pattern, what] of FORBIDDEN) if (pattern.test(text)) found.push(`${relative(ROOT, file)}: ${what}`);
  }
  assert.deepEqual(found, []);
  // Electron's shell.openExternal is called in one place (askAndOpenExternal, behind the user's
  // confirmation); the IPC handler calls the ShellPort, which main.ts binds to askAndOpenExternal.
  const external = files.filter((f) => /shell\.openExternal\(/.test(readFileSync(f, 'utf8'))).map((f) => relative(ROOT, f)).sort();
  assert.deepEqual(external, ['electron/ipc/handlers/app.ts', 'electron/main.ts']);
  assert.match(readFileSync(join(ROOT, 'electron', 'main.ts'), 'utf8'), /openExternal: askAndOpenExternal/);
});

test('the renderer\'s CSP meta tag is the policy the app scheme sends, with no inline or remote script', () => {
  const html = readFileSync(join(ROOT, 'renderer', 'index.html'), 'utf8');
  const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  assert.equal(meta, CSP);
  const scriptSrc = /script-src ([^;]+)/.exec(CSP)?.[1];
  assert.equal(scriptSrc, "'self'");
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-src 'none'", "form-action 'none'", "connect-src 'self'"]) assert.ok(CSP.includes(directive), directive);
});

test('the preload exposes three functions and no Electron object; its invoke goes through the one channel', async (t) => {
  const out = join(tempDir(t), 'preload.cjs');
  await build(bundleOptions('preload', { outfile: out, sourcemap: false, logLevel: 'error' }));
  const exposed = new Map<string, Record<string, unknown>>();
  const sent: unknown[][] = [];
  const fake = {
    contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.set(key, api) },
    ipcRenderer: { invoke: (...args: unknown[]) => { sent.push(args); return Promise.resolve(); }, send: (...args: unknown[]) => sent.push(args), on: () => undefined, removeListener: () => undefined },
    webUtils: { getPathForFile: () => '/dropped/file.docx' },
  };
  const original = (Module as unknown as { _load: (r: string, ...rest: unknown[]) => unknown })._load;
  (Module as unknown as { _load: typeof original })._load = function (request: string, ...rest: unknown[]) {
    return request === 'electron' ? fake : original.call(this, request, ...rest);
  };
  try { Module.createRequire(out)(out); } finally { (Module as unknown as { _load: typeof original })._load = original; }
  assert.deepEqual([...exposed.keys()].sort(), ['rdFiles', 'rdMenu', 'rdTransport']);
  for (const [key, api] of exposed) {
    for (const [name, value] of Object.entries(api)) assert.equal(typeof value, 'function', `${key}.${name}`);
  }
  assert.deepEqual(Object.keys(exposed.get('rdTransport')!), ['invoke']);
  await (exposed.get('rdTransport')!.invoke as (c: string, a: unknown) => Promise<unknown>)('reviews:list', {});
  assert.deepEqual(sent[0], ['rd:invoke', 'reviews:list', {}]);
});
