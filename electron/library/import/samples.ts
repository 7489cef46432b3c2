// The sample library: the seed past reviews shipped in data/samples, imported once per library.
// A settings row remembers that it ran, so a sample the user deletes does not come back.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Services } from '../../services/index.ts';
import type { ImportOutcome } from '../../shared/library.ts';
import { selectSetting, upsertSetting } from '../../store/settings.ts';
import { nowIso } from '../../services/clock.ts';
import { collectFiles } from './collect.ts';
import { runImport } from './jobs.ts';

export const SAMPLES_SETTING_KEY = 'library.samplesImported';
/** The "Nguồn" of a sample: the shipped files have internal names the user never saw (issue 8 item 9). */
export const SAMPLE_SOURCE = 'Báo cáo mẫu kèm Review Desk / Sample shipped with Review Desk';

/** data/samples under the app's resources (the repo root in development, the app folder when packaged). */
export function samplesDir(services: Services): string {
  return join(services.options.resourcesDir, 'data', 'samples');
}

/** Imports the samples if this library never has; returns the outcomes, or null when it already ran. */
export async function importSamplesOnFirstRun(services: Services, dir = samplesDir(services)): Promise<ImportOutcome[] | null> {
  if (selectSetting(services.db, SAMPLES_SETTING_KEY)) return null;
  if (!existsSync(dir)) return null;
  const outcomes = await runImport(services, await collectFiles([dir]));
  for (const outcome of outcomes) {
    if (outcome.status === 'imported') services.reviews.update(outcome.reviewId, { fields: { source: SAMPLE_SOURCE } });
  }
  upsertSetting(services.db, SAMPLES_SETTING_KEY, { at: nowIso(), imported: outcomes.filter((o) => o.status === 'imported').length });
  return outcomes;
}
