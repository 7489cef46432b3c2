// Renderer entry: the stylesheet, the first questions to the main process, then the app shell.
// library (issue 15): this chunk holds only the API object and the boot requests (a few KB): they are
// sent before React and the app (~360 KB) are fetched, parsed and run — with everything in one chunk
// they left only after all of it had been evaluated.
import './styles/app.css';
import { startBootRequests } from './app/bootRequests.ts';
import { BLOCK } from './features/library/block.ts';
import { startUiFont } from './app/uiFont.ts';

// Marks for profiling the start (the library bench reads them): the entry runs, the first rows arrive.
performance.mark('rd:script');
startBootRequests(BLOCK);
startUiFont();

const root = document.getElementById('root');
if (root) {
  // React DOM first, the shell next (both fetched alongside this entry: modulepreload). Evaluated in one
  // module graph, their code was one task at start, 20–35 ms on a cold start (compiled on first run);
  // apart, each is about half, and the page can answer in between. The build puts React in a chunk of
  // its own (vite.config.ts), which the shell imports already evaluated.
  void import('react-dom/client').then(() => import('./app/mount.tsx')).then(({ mount }) => mount(root));
}
