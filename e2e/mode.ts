// Which end-to-end mode can run on this machine, and why the other cannot.
// electron: the real app through Playwright's _electron.launch, where Electron's binary is installed.
// browser: the built renderer in Chromium with window.api bridged to the real main-process services.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export type E2eMode = 'electron' | 'browser';

export interface ModeProbe {
  electronBinary: string | null;
  electronWhyNot: string | null;
  chromium: string | null;
  chromiumWhyNot: string | null;
}

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function probeModes(): ModeProbe {
  let electronBinary: string | null = null;
  let electronWhyNot: string | null = null;
  try {
    // The electron package's main export is the path of its binary (node_modules/electron/index.js).
    const binary = createRequire(import.meta.url)('electron') as unknown;
    if (typeof binary === 'string' && existsSync(binary)) electronBinary = binary;
    else electronWhyNot = `the electron package is installed but its binary is missing (${String(binary)}): its download failed (offline machine)`;
  } catch {
    let installed = false;
    try { createRequire(import.meta.url).resolve('electron/package.json'); installed = true; } catch { /* not installed */ }
    electronWhyNot = installed
      ? "the electron package is installed but its binary was never downloaded (its download needs the internet, which this machine lacks)"
      : 'the electron package is not installed (its install failed, usually because the binary download needs the internet)';
  }
  const chromium = process.env.CHROMIUM_PATH ?? CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? null;
  const chromiumWhyNot = chromium ? null : `no Chromium found (looked at ${CHROMIUM_CANDIDATES.join(', ')}; set CHROMIUM_PATH or apt-get install chromium)`;
  return { electronBinary, electronWhyNot, chromium, chromiumWhyNot };
}

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
