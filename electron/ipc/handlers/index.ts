// The complete handler table: one factory per domain, thin glue over the services.
import type { Services } from '../../services/index.ts';
import type { Handlers } from './types.ts';
import { appHandlers, dialogHandlers, settingsHandlers, shellHandlers } from './app.ts';
import { reviewsHandlers } from './reviews.ts';
import { versionsHandlers } from './versions.ts';
import { importHandlers } from './import.ts';
import { searchHandlers, sectionsHandlers } from './search.ts';
import { exportHandlers } from './export.ts';
// reuse (issue 11)
import { reuseHandlers } from './reuse.ts';
// drafting (issue 10)
import { draftingHandlers, referenceHandlers } from './drafting.ts';

export function createHandlers(services: Services): Handlers {
  return {
    ...appHandlers(services),
    ...settingsHandlers(services),
    ...dialogHandlers(services),
    ...shellHandlers(services),
    ...reviewsHandlers(services),
    ...versionsHandlers(services),
    ...importHandlers(services),
    ...searchHandlers(services),
    ...sectionsHandlers(services),
    ...exportHandlers(services),
    // reuse (issue 11)
    ...reuseHandlers(services),
    // drafting (issue 10)
    ...draftingHandlers(services),
    ...referenceHandlers(services),
  };
}
