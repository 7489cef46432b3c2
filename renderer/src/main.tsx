// Renderer entry: the app shell into #root, with the stylesheet.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import './styles/app.css';
// library (issue 15): settings and the first rows are asked for before React starts
import { startBootRequests } from './app/bootRequests.ts';
import { BLOCK } from './features/library/useLibraryPages.ts';

startBootRequests(BLOCK);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
