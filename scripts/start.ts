// `npm start`: builds, then runs the desktop app. Where Electron's binary could not be downloaded
// (an offline machine), it says so and opens the same app in Chromium with the real services instead.
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { probeModes } from '../e2e/mode.ts';

const root = resolve(import.meta.dirname, '..');
const built = spawnSync(process.execPath, [resolve(root, 'scripts/build.ts')], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const probe = probeModes();
const passThrough = process.argv.slice(2);
if (probe.electronBinary) {
  const child = spawn(probe.electronBinary, [resolve(root, 'dist/electron/main.cjs'), ...passThrough], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(`[start] Electron is not available: ${probe.electronWhyNot}.`);
  console.log('[start] To get it: on a machine with internet access run `npm install` again (Electron downloads its binary');
  console.log('        on install), or set ELECTRON_MIRROR / copy the binary into node_modules/electron/dist.');
  if (!probe.chromium) {
    console.error(`[start] No fallback either: ${probe.chromiumWhyNot}.`);
    process.exit(1);
  }
  console.log(`[start] Opening Review Desk in Chromium (${probe.chromium}) with the same services instead.`);
  const child = spawn(process.execPath, [resolve(root, 'scripts/browser-app.ts'), ...passThrough], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
