// The archive service: export the library (or chosen reviews) to one .rdlib file; inspect an archive
// (what importing it would do, conflicts included); import it with the user's resolutions.
import type { Db } from '../store/db.ts';
import type { ReviewHooks } from '../services/hooks.ts';
import { writeArchive } from './write.ts';
import { readArchive } from './read.ts';
import { applyImport, planImport, type ImportPlan, type ImportResult, type Resolutions } from './import.ts';
import type { ArchiveManifest } from './format.ts';

export function createArchiveService(options: { db: Db; hooks: ReviewHooks; appVersion: string }) {
  const { db, hooks } = options;
  return {
    async export(path: string, ids?: string[]): Promise<ArchiveManifest> {
      return writeArchive(db, path, { ids, appVersion: options.appVersion });
    },
    async inspect(path: string): Promise<ImportPlan> {
      return planImport(db, await readArchive(path));
    },
    /** Re-reads and re-plans (the library may have changed since inspect), then applies. */
    async import(path: string, resolutions: Resolutions = {}): Promise<{ plan: ImportPlan; result: ImportResult }> {
      const archive = await readArchive(path);
      const plan = planImport(db, archive);
      return { plan, result: applyImport(db, hooks, archive, plan, resolutions) };
    },
  };
}

export type ArchiveService = ReturnType<typeof createArchiveService>;
