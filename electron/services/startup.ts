// What every front end (Electron, browser-mode tests) does once services are open.
import type { Services } from './index.ts';
import { importSamplesOnFirstRun } from '../library/import/samples.ts';
// drafting (issue 10)
import { createSampleReportOnce } from '../drafting/sample.ts';

export async function startApp(services: Services, options: { samples: boolean }): Promise<void> {
  if (options.samples) await importSamplesOnFirstRun(services);
  // drafting (issue 10): the 2025 sample annual report, once per library
  if (options.samples) createSampleReportOnce(services);
}
