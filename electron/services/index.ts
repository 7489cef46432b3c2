// The app's services over one library folder. Plain Node: the CLI, tests, the browser-mode bridge
// and Electron's main process all build the same object.
import { join, resolve } from 'node:path';
import { openDb, type Db } from '../store/db.ts';
import { createHooks } from './hooks.ts';
import { createReviewsService } from './reviews.ts';
import { createVersionsService } from './versions.ts';
import { createSettingsService } from './settings.ts';
import { createExportService } from '../export/service.ts';
import { headlessDialogs, headlessShell, noFilesPort, type DialogPort, type FilesPort, type ShellPort } from './ports.ts';
import { attachLibraryIndex } from '../library/search/attach.ts';
// drafting (issue 10)
import { createDraftingService } from '../drafting/service.ts';
// ship (issue 13): backups
import { createBackupService } from '../backup/service.ts';
import { createArchiveService } from '../archive/service.ts';
// reuse (issue 11)
import { createReuseService } from '../reuse/service.ts';
// tm (issue 12)
import { createTmService } from '../tm/service.ts';
import { referenceGlossary } from '../tm/reference-glossary.ts';
import { glossaryCheckFindings } from '../tm/check-findings.ts';
import { versionInLanguage } from '../drafting/fields/in-language.ts';
import { loadTemplates } from '../drafting/templates/load.ts';
import { loadReference } from '../drafting/reference/load.ts';
// inbox (issue 14): the ministries' contributions
import { createInboxService } from '../inbox/service.ts';

export interface ServicesOptions {
  dataDir: string;
  mode: 'electron' | 'browser' | 'cli';
  appVersion?: string;
  dialogs?: DialogPort;
  shell?: ShellPort;
  /** Folder holding data/ and templates/. Defaults to the app root: two levels up from this file in the
   *  sources (electron/services) and from the bundle (dist/electron) alike. */
  resourcesDir?: string;
  // Chromium app (issue 8): which front end runs in browser mode, and its page-to-services file port.
  frontEnd?: FrontEnd;
  files?: FilesPort;
}

/** Which window the user sees: the desktop app, the Chromium app (`npm start` without Electron), or the
 *  e2e bridge whose dialogs a test answers. */
export type FrontEnd = 'electron' | 'chromium-app' | 'test-bridge' | 'cli';

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
  // ship (issue 13): backups of this library
  const backups = createBackupService({ db, dataDir: options.dataDir, dbPath: join(options.dataDir, DB_FILE) });
  const archive = createArchiveService({ db, hooks, appVersion: options.appVersion ?? 'dev' });
  // reuse (issue 11): similar paragraphs, phrase lookup, roll-forward, stale-fact check
  const reuse = createReuseService({ db, hooks, resourcesDir });
  // tm (issue 12): the translation memory over the library's linked pairs
  const tm = createTmService({
    db, reviews, hooks, glossary: referenceGlossary(db, resourcesDir),
    inLanguage: (source, to) => versionInLanguage(source, to, loadReference({ resourcesDir, db }).data, loadTemplates({ resourcesDir, dataDir: options.dataDir }).templates),
  });
  const drafting = createDraftingService({
    db, reviews, resourcesDir, dataDir: options.dataDir,
    // drafting (issue 10): last year's orientations in the other language, from the translation memory
    translate: (text, from) => {
      // Only the memory's own translation counts: exact, or the same sentence with other numbers (a high
      // threshold also keeps a large memory's fuzzy search short: one lookup or two per orientation).
      const hit = tm.matches(text, { from, limit: 1, min: 85 })[0];
      return hit && hit.score === 100 ? hit.target : hit?.adapted ?? null;
    },
  });
  // tm (issue 12): the glossary findings join the shared check (panel and `check ID`)
  const draftingCheck = drafting.check;
  drafting.check = (reviewId: string) => [...draftingCheck(reviewId), ...glossaryCheckFindings(reviews.get(reviewId).content, tm.check(reviewId))];
  // inbox (issue 14): contributors, contribution files, letters, commented returns
  const inbox = createInboxService({ db, reviews, resourcesDir, exportSettings: (id) => exporter.settingsFor(id) });
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
    files: options.files ?? noFilesPort,
    // drafting (issue 10)
    drafting,
    // ship (issue 13)
    backups,
    archive,
    reuse,
    // tm (issue 12)
    tm,
    // inbox (issue 14)
    inbox,
    close: () => { if (db.isOpen) db.close(); },
  };
}

export type Services = ReturnType<typeof createServices>;
