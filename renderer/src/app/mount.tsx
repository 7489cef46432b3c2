// The app shell into #root. library (issue 15): loaded by the entry (main.tsx) after it has asked for the
// settings and the first rows, so those questions travel while React and the app are fetched and compiled.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';

export function mount(root: HTMLElement): void {
  performance.mark('rd:mount'); // for profiling the start, as main.tsx's marks
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
