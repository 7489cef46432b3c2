// The complete handler table: one factory per domain, thin glue over the services.
import type { Services } from '../../services/index.ts';
import type { Handlers } from './types.ts';
import { appHandlers, dialogHandlers, filesHandlers, settingsHandlers, shellHandlers } from './app.ts';
import { reviewsHandlers } from './reviews.ts';
import { versionsHandlers } from './versions.ts';
import { importHandlers } from './import.ts';
import { searchHandlers, sectionsHandlers } from './search.ts';
import { exportHandlers } from './export.ts';
// drafting (issue 10)
import { draftingHandlers, referenceHandlers } from './drafting.ts';
// ship (issue 13)
import { archiveHandlers, backupHandlers } from './ship.ts';
// reuse (issue 11)
import { reuseHandlers } from './reuse.ts';
// tm (issue 12)
import { tmHandlers } from './tm.ts';
// inbox (issue 14)
import { commentsHandlers, inboxHandlers } from './inbox.ts';
// library (issue 15)
import { libraryHandlers } from './library.ts';

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
    ...filesHandlers(services), // Chromium app (issue 8)
    // drafting (issue 10)
    ...draftingHandlers(services),
    ...referenceHandlers(services),
    // ship (issue 13)
    ...backupHandlers(services),
    ...archiveHandlers(services),
    // reuse (issue 11)
    ...reuseHandlers(services),
    // tm (issue 12)
    ...tmHandlers(services),
    // inbox (issue 14)
    ...inboxHandlers(services),
    ...commentsHandlers(services),
    // library (issue 15)
    ...libraryHandlers(services),
  };
}
