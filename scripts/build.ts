// Builds what the app runs: the renderer (Vite → dist/renderer) and the Electron main + preload
// (esbuild → dist/electron/*.cjs). Services and the CLI run from source under Node >= 22.13.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const only = process.argv[2];

async function buildMain(): Promise<void> {
  const common = {
    bundle: true,
    platform: 'node' as const,
    format: 'cjs' as const,
    target: 'node22',
    sourcemap: true,
    external: ['electron'],
    // Dependencies stay in node_modules (electron-builder packs them), so the bundle holds only our code.
    packages: 'external' as const,
    logLevel: 'warning' as const,
    define: { 'import.meta.dirname': '__dirname' },
  };
  await esbuild({ ...common, entryPoints: [resolve(root, 'electron/main.ts')], outfile: resolve(root, 'dist/electron/main.cjs') });
  // The import worker runs outside app.asar (workers cannot load from it): self-contained, with its
  // dependencies inside (see electron/library/import/parse-off-thread.ts).
  await esbuild({ ...common, packages: undefined, entryPoints: [resolve(root, 'electron/library/import/parse-worker.ts')], outfile: resolve(root, 'dist/electron/import-worker.cjs') });
  // The sandboxed preload may require only 'electron': bundle everything else into it.
  await esbuild({ ...common, packages: undefined, entryPoints: [resolve(root, 'electron/preload.ts')], outfile: resolve(root, 'dist/electron/preload.cjs') });
}

async function buildRenderer(): Promise<void> {
  await viteBuild({ configFile: resolve(root, 'vite.config.ts'), logLevel: 'warn' });
}

if (only !== 'renderer') await buildMain();
if (only !== 'main') await buildRenderer();
console.log(`[build] ${only ?? 'main + renderer'} built into dist/`);
