// Benchmarks that drive the app in Chromium need the built renderer (dist/renderer). Builds it when it
// is missing or older than any file of renderer/ or electron/shared/ (what the renderer bundles).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function ensureRendererBuilt(): void {
  const built = resolve(root, 'dist', 'renderer', 'index.html');
  const sources = Math.max(newestMtime(resolve(root, 'renderer')), newestMtime(resolve(root, 'electron', 'shared')));
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  console.error('[bench] building the renderer first (dist/renderer is missing or older than its sources) …');
  const run = spawnSync(process.execPath, [resolve(root, 'scripts', 'build.ts'), 'renderer'], { stdio: ['ignore', 2, 2], cwd: root });
  if (run.status !== 0) throw new Error('[bench] the renderer build failed: run `npm run build` and see its errors');
}
