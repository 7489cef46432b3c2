// Contribution files into the main side as paths it will read (issue 14): the desktop app's dialog
// or a drop with real paths (Electron's preload), or, in the Chromium app, Chromium's picker or the
// drop staged through files:stage, like the library's import.
import { api } from '../../api/index.ts';
import { frontEnd } from '../chromium-app/frontEnd.ts';
import { droppedFiles, pickWithInput } from '../chromium-app/pick.ts';
import { chooseSaveTarget, deliverExport, stagePicked, type SaveTarget } from '../chromium-app/transfer.ts';

// window.rdFiles (Electron's preload) is declared with the library view's drop.

/** Paths of files the user picks; null when cancelled. */
export async function pickContributionFiles(): Promise<string[] | null> {
  if ((await frontEnd()) === 'chromium-app') {
    const picked = await pickWithInput('files');
    if (!picked || picked.length === 0) return null;
    return (await stagePicked(picked, false)).paths;
  }
  return api.dialog.pickImport({ mode: 'files' });
}

/** Paths of dropped files; call during the drop event (the entries must be taken then). null: the shell cannot take drops. */
export function droppedContributionFiles(data: DataTransfer): Promise<string[] | null> {
  const files = [...data.files];
  if (window.rdFiles) return Promise.resolve(files.map((f) => window.rdFiles!.pathForFile(f)).filter(Boolean));
  const picking = droppedFiles(data);
  return frontEnd().then(async (shell) => {
    if (shell !== 'chromium-app') return null;
    const picked = await picking;
    return picked.length ? (await stagePicked(picked, true)).paths : [];
  });
}

/**
 * Where a letter goes: in the Chromium app, Chromium's save picker first (while the click still counts),
 * then the main side's path; elsewhere the native dialog. null when the user cancels.
 */
export async function chooseLetterPath(defaultName: string): Promise<{ path: string; target: SaveTarget | null } | null> {
  let target: SaveTarget | null = null;
  if ((await frontEnd()) === 'chromium-app') {
    target = await chooseSaveTarget(defaultName, 'docx');
    if (!target) return null;
  }
  const path = await api.dialog.pickExport({ defaultName, ext: 'docx' });
  return path ? { path, target } : null;
}

/** The Chromium app hands the written file back to the page; returns the name the user sees. */
export async function deliverLetter(path: string, target: SaveTarget | null): Promise<string> {
  if (target) return deliverExport(path, target);
  return path.split(/[\\/]/).pop() ?? path;
}
