// Builds what the app runs: the renderer (Vite → dist/renderer) and the Electron main + preload
// (esbuild → dist/electron/*.cjs, self-contained). Services and the CLI run from source under Node >= 22.13.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { resolve } from 'node:path';
import { BUNDLES, bundleOptions } from './bundle-options.ts';

const root = resolve(import.meta.dirname, '..');
const only = process.argv[2];

async function buildMain(): Promise<void> {
  // Self-contained bundles: the packaged app loads no package from node_modules (see bundle-options.ts).
  for (const which of Object.keys(BUNDLES) as (keyof typeof BUNDLES)[]) await esbuild(bundleOptions(which));
}

async function buildRenderer(): Promise<void> {
  // RD_NO_MINIFY=1 keeps names readable for profiling (bench/field-change-profile.ts).
  await viteBuild({ configFile: resolve(root, 'vite.config.ts'), logLevel: 'warn', ...(process.env.RD_NO_MINIFY ? { build: { minify: false } } : {}) });
}

if (only !== 'renderer') await buildMain();
if (only !== 'main') await buildRenderer();
console.log(`[build] ${only ?? 'main + renderer'} built into dist/`);
