// Which end-to-end mode can run on this machine, and why the other cannot.
// electron: the real app through Playwright's _electron.launch, where Electron's binary is installed.
// browser: the built renderer in Chromium with window.api bridged to the real main-process services.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type E2eMode = 'electron' | 'browser';

export interface ModeProbe {
  electronBinary: string | null;
  electronWhyNot: string | null;
  chromium: string | null;
  chromiumWhyNot: string | null;
}

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * Where Electron's binary is, without require('electron'): the electron package (45 here) downloads the
 * binary when it is missing (and throws offline), which a probe must never do. Same rules as the
 * package's index.js: path.txt names the executable inside dist/, or inside ELECTRON_OVERRIDE_DIST_PATH.
 */
export function probeElectron(env: NodeJS.ProcessEnv = process.env): { electronBinary: string | null; electronWhyNot: string | null } {
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { electronBinary: null, electronWhyNot: 'the electron package is not installed (run npm install)' };
  }
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const binary = join(env.ELECTRON_OVERRIDE_DIST_PATH, executable ?? 'electron');
    return existsSync(binary)
      ? { electronBinary: binary, electronWhyNot: null }
      : { electronBinary: null, electronWhyNot: `ELECTRON_OVERRIDE_DIST_PATH is set but ${binary} does not exist` };
  }
  if (executable && existsSync(join(packageDir, 'dist', executable))) return { electronBinary: join(packageDir, 'dist', executable), electronWhyNot: null };
  return {
    electronBinary: null,
    electronWhyNot: "the electron package is installed but its binary was never downloaded (its download needs the internet, which this machine lacks; npm does not run Electron's install script, see package.json allowScripts)",
  };
}

export function probeModes(): ModeProbe {
  const { electronBinary, electronWhyNot } = probeElectron();
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
  // Nothing but the app's own loopback server (electron/chromium-app/app-server.ts) is reachable: no
  // host name resolves.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];
