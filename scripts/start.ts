// `npm start`: builds, then runs the desktop app. Where Electron's binary could not be downloaded
// (an offline machine), it says so and opens the same app in Chromium with the real services instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { probeModes } from '../e2e/mode.ts';

const root = resolve(import.meta.dirname, '..');
const built = spawnSync(process.execPath, [resolve(root, 'scripts/build.ts')], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

let probe = probeModes();
const electronInstaller = resolve(root, 'node_modules/electron/install.js');
if (!probe.electronBinary && existsSync(electronInstaller)) {
  // npm >= 11.19 does not run Electron's install script by default (package.json allowScripts), so the
  // binary is fetched here, on first start. Offline, this fails fast and we fall back below.
  console.log('[start] Fetching the Electron binary (first start)…');
  const fetched = spawnSync(process.execPath, [electronInstaller], { encoding: 'utf8', timeout: 300_000 });
  if (fetched.status === 0) probe = probeModes();
  else {
    const reason = `${fetched.stderr ?? ''}`.split('\n').find((line) => /Error/.test(line))?.trim() ?? `exit ${fetched.status}`;
    console.log(`[start] Could not fetch Electron: ${reason}`);
  }
}
const passThrough = process.argv.slice(2);
if (probe.electronBinary) {
  const child = spawn(probe.electronBinary, [resolve(root, 'dist/electron/main.cjs'), ...passThrough], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(`[start] Electron is not available: ${probe.electronWhyNot}.`);
  console.log('[start] To get it: start again on a machine with internet access (the binary is fetched on first start),');
  console.log('        or set ELECTRON_MIRROR to a reachable mirror, or run `node node_modules/electron/install.js`.');
  if (!probe.chromium) {
    console.error(`[start] No fallback either: ${probe.chromiumWhyNot}.`);
    process.exit(1);
  }
  console.log(`[start] Opening Review Desk in Chromium (${probe.chromium}) with the same services instead.`);
  const child = spawn(process.execPath, [resolve(root, 'scripts/browser-app.ts'), ...passThrough], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
