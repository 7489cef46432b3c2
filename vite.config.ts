import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/** library (issue 15): the entry (main.tsx) is a few KB that asks for the settings and the first rows and
 *  then imports React DOM and the app shell (mount.tsx). Modulepreload links in index.html fetch and
 *  compile those chunks alongside the entry instead of after it. */
function preloadAppShell(): Plugin {
  return {
    name: 'rd-preload-app-shell',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunks = Object.values(context.bundle ?? {}).filter((chunk) => chunk.type === 'chunk');
        const shell = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/app/mount.tsx'));
        if (!shell || shell.type !== 'chunk') return html;
        // The shell and the chunks it imports (React's: main.tsx evaluates it first), fetched alongside the entry.
        const entries = new Set(chunks.filter((chunk) => chunk.type === 'chunk' && chunk.isEntry).map((chunk) => chunk.fileName));
        return [...shell.imports.filter((name) => !entries.has(name)), shell.fileName]
          .map((fileName) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${fileName}` }, injectTo: 'head' as const }));
      },
    },
  };
}

/** The interface font's licence (SIL OFL 1.1 asks that it travel with the font): beside the assets. */
function shipFontLicence(): Plugin {
  return {
    name: 'rd-ship-font-licence',
    apply: 'build',
    generateBundle() {
      const licence = createRequire(import.meta.url).resolve('@fontsource-variable/inter/LICENSE');
      this.emitFile({ type: 'asset', fileName: 'licenses/Inter-OFL-1.1.txt', source: readFileSync(licence, 'utf8') });
    },
  };
}

// The renderer is loaded from file:// in Electron and from a local server in browser-mode tests,
// so asset paths are relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), preloadAppShell(), shipFontLicence()],
  // Loaded from disk, never over a network: one bundle is fine, so the web-oriented size warning is off.
  build: {
    outDir: '../dist/renderer', emptyOutDir: true, sourcemap: true, target: 'chrome130', chunkSizeWarningLimit: 4096,
    // React in a chunk of its own, evaluated before the shell's (renderer/src/main.tsx).
    rollupOptions: { output: { manualChunks: (id) => (/[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/.test(id) ? 'react' : undefined) } },
  },
});
