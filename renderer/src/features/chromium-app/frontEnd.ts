// Which front end the renderer runs in, asked once: the Chromium app picks and saves files in the page
// (Chromium's own pickers), the desktop app and the e2e bridge through the main side's dialogs.
import { api } from '../../api/index.ts';

export type FrontEnd = Awaited<ReturnType<typeof api.app.info>>['frontEnd'];

let asked: Promise<FrontEnd> | null = null;

export function frontEnd(): Promise<FrontEnd> {
  asked ??= api.app.info({}).then((info) => {
    if (info.frontEnd === 'chromium-app') holdCloseForSaves();
    return info.frontEnd;
  }).catch(() => { asked = null; return 'electron' as const; });
  return asked;
}

/**
 * Chromium app: closing the window first asks (beforeunload); the launcher answers "stay", lets the
 * page write pending typing (window.rdFlushPendingSaves, as Electron's main does before closing), and
 * then closes it. The user sees no question: the window just closes once the typing is saved.
 */
function holdCloseForSaves(): void {
  window.addEventListener('beforeunload', (event) => {
    event.preventDefault();
  });
  // An app window does not reload (F5, Ctrl+R), so leaving the page always means closing it.
  window.addEventListener('keydown', (event) => {
    const key = event.key.toLowerCase();
    if (key === 'f5' || ((event.ctrlKey || event.metaKey) && key === 'r')) event.preventDefault();
  });
}
