import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is loaded from file:// in Electron and from a local server in browser-mode tests,
// so asset paths are relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  // Loaded from disk, never over a network: one bundle is fine, so the web-oriented size warning is off.
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: true, target: 'chrome130', chunkSizeWarningLimit: 4096 },
});
