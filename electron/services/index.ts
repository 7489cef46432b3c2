// The app's services over one library folder. Plain Node: the CLI, tests, the browser-mode bridge
// and Electron's main process all build the same object.
import { join, resolve } from 'node:path';
import { openDb, type Db } from '../store/db.ts';
import { createHooks } from './hooks.ts';
import { createReviewsService } from './reviews.ts';
import { createVersionsService } from './versions.ts';
import { createSettingsService } from './settings.ts';
import { createExportService } from '../export/service.ts';
import { headlessDialogs, headlessShell, type DialogPort, type ShellPort } from './ports.ts';
import { attachLibraryIndex } from '../library/search/attach.ts';
// reuse (issue 11)
import { createReuseService } from '../reuse/service.ts';
// drafting (issue 10)
import { createDraftingService } from '../drafting/service.ts';

export interface ServicesOptions {
  dataDir: string;
  mode: 'electron' | 'browser' | 'cli';
  appVersion?: string;
  dialogs?: DialogPort;
  shell?: ShellPort;
  /** Folder holding data/ and templates/. Defaults to the app root: two levels up from this file in the
   *  sources (electron/services) and from the bundle (dist/electron) alike. */
  resourcesDir?: string;
}

export function defaultResourcesDir(): string {
  return resolve(import.meta.dirname, '..', '..');
}

export const DB_FILE = 'library.sqlite';

export function createServices(options: ServicesOptions) {
  const db: Db = openDb(join(options.dataDir, DB_FILE));
  const hooks = createHooks();
  const reviews = createReviewsService(db, hooks);
  attachLibraryIndex({ db, hooks }); // sections + search index follow every review write
  const versions = createVersionsService(db, reviews);
  const settings = createSettingsService(db);
  const exporter = createExportService(db, reviews);
  const resourcesDir = options.resourcesDir ?? defaultResourcesDir();
  // reuse (issue 11): similar paragraphs, phrase lookup, roll-forward, stale-fact check
  const reuse = createReuseService({ db, hooks, resourcesDir });
  return {
    options: { ...options, resourcesDir },
    db,
    hooks,
    reviews,
    versions,
    settings,
    export: exporter,
    dialogs: options.dialogs ?? headlessDialogs,
    shell: options.shell ?? headlessShell,
    reuse,
    // drafting (issue 10)
    drafting: createDraftingService({ db, reviews, resourcesDir, dataDir: options.dataDir }),
    close: () => { if (db.isOpen) db.close(); },
  };
}

export type Services = ReturnType<typeof createServices>;
