// esbuild options for the Electron bundles, shared by scripts/build.ts and the tests that run the real
// bundle against a stand-in electron module (electron/main.test.ts).
//
// Every bundle is self-contained: only 'electron' and Node's built-ins stay external. The packaged app
// must not `require` packages from node_modules inside app.asar: parse5 (and more of them over time)
// is ESM-only, and require-of-ESM from inside an asar archive fails (ERR_UNSUPPORTED_ESM_URL_SCHEME).
import type { BuildOptions } from 'esbuild';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');

export const COMMON: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  external: ['electron'],
  logLevel: 'warning',
  define: { 'import.meta.dirname': '__dirname' },
};

export interface BundleEntry { entry: string; outfile: string }

/** main: the app; import-worker: runs outside app.asar (workers cannot load from it, see
 *  electron/library/import/parse-off-thread.ts); preload: the sandbox lets it require only 'electron'. */
export const BUNDLES: Record<'main' | 'importWorker' | 'preload', BundleEntry> = {
  main: { entry: 'electron/main.ts', outfile: 'dist/electron/main.cjs' },
  importWorker: { entry: 'electron/library/import/parse-worker.ts', outfile: 'dist/electron/import-worker.cjs' },
  preload: { entry: 'electron/preload.ts', outfile: 'dist/electron/preload.cjs' },
};

export function bundleOptions(which: keyof typeof BUNDLES, overrides: Partial<BuildOptions> = {}): BuildOptions {
  const { entry, outfile } = BUNDLES[which];
  return { ...COMMON, entryPoints: [resolve(ROOT, entry)], outfile: resolve(ROOT, outfile), ...overrides };
}
