// What every front end (Electron, browser-mode tests) does once services are open.
import type { Services } from './index.ts';
import { importSamplesOnFirstRun } from '../library/import/samples.ts';

export async function startApp(services: Services, options: { samples: boolean }): Promise<void> {
  if (options.samples) await importSamplesOnFirstRun(services);
}
