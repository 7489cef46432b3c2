// Where the library lives: --data-dir, else REVIEW_DESK_DATA_DIR, else the OS's per-user app data folder
// (the same folder Electron's app.getPath('userData') gives for "Review Desk").
import { homedir } from 'node:os';
import { join } from 'node:path';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.REVIEW_DESK_DATA_DIR) return env.REVIEW_DESK_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Review Desk');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Review Desk');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Review Desk');
}
