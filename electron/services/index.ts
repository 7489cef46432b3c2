// The app's services over one library folder. Plain Node: the CLI, tests, the browser-mode bridge
// and Electron's main process all build the same object.
import { join } from 'node:path';
import { openDb, type Db } from '../store/db.ts';
import { createHooks } from './hooks.ts';
import { createReviewsService } from './reviews.ts';
import { createVersionsService } from './versions.ts';
import { createSettingsService } from './settings.ts';
import { headlessDialogs, type DialogPort, type ShellPort } from './ports.ts';

export interface ServicesOptions {
  dataDir: string;
  mode: 'electron' | 'browser' | 'cli';
  appVersion?: string;
  dialogs?: DialogPort;
  shell?: ShellPort;
}

export const DB_FILE = 'library.sqlite';

export function createServices(options: ServicesOptions) {
  const db: Db = openDb(join(options.dataDir, DB_FILE));
  const hooks = createHooks();
  const reviews = createReviewsService(db, hooks);
  const versions = createVersionsService(db, reviews);
  const settings = createSettingsService(db);
  return {
    options,
    db,
    hooks,
    reviews,
    versions,
    settings,
    dialogs: options.dialogs ?? headlessDialogs,
    shell: options.shell ?? { openExternal: async () => undefined },
    close: () => { if (db.isOpen) db.close(); },
  };
}

export type Services = ReturnType<typeof createServices>;
