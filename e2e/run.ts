// Runs the e2e spec set in every mode this machine can run, and says why a mode was skipped.
//   npm run test:e2e [-- playwright args]   E2E_MODE=browser|electron forces one mode.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { probeModes, type E2eMode } from './mode.ts';

const probe = probeModes();
const forced = process.env.E2E_MODE as E2eMode | undefined;
const modes: E2eMode[] = [];

if (forced !== 'browser') {
  if (probe.electronBinary) modes.push('electron');
  else console.log(`[e2e] electron mode skipped: ${probe.electronWhyNot}`);
}
if (forced !== 'electron') {
  if (probe.chromium) modes.push('browser');
  else console.log(`[e2e] browser mode skipped: ${probe.chromiumWhyNot}`);
}
if (modes.length === 0) {
  console.error('[e2e] no mode can run here: install Debian chromium (apt-get install -y chromium) or Electron.');
  process.exit(1);
}

let failed = false;
for (const mode of modes) {
  const why = mode === 'electron' ? `Electron binary at ${probe.electronBinary}` : `Chromium at ${probe.chromium}, window.api bridged to the real services`;
  console.log(`[e2e] running mode: ${mode} (${why})`);
  const cli = resolve(import.meta.dirname, '..', 'node_modules', '@playwright', 'test', 'cli.js');
  const run = spawnSync(process.execPath, [cli, 'test', '-c', resolve(import.meta.dirname, 'playwright.config.ts'), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, E2E_MODE: mode },
  });
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
