// library (issue 15): the first questions of the app — its settings and the library's first rows — asked
// before React starts, so they travel to the main process while the code is compiled and the shell is
// drawn (asked one after the other from effects, they cost two round trips after the first render).
// Each answer is taken once, by the code that would otherwise ask for it.
import { api } from '../api/index.ts';
import type { Settings } from '../../../electron/shared/review.ts';
import type { LibraryListFilter, LibraryPage } from '../../../electron/shared/library-page.ts';

let settings: Promise<Settings> | null = null;
let firstPage: { limit: number; page: Promise<LibraryPage> } | null = null;

export function startBootRequests(firstPageLimit: number): void {
  if (!window.rdTransport) return;
  settings = api.settings.get({});
  firstPage = { limit: firstPageLimit, page: api.library.page({ filters: {}, offset: 0, limit: firstPageLimit }) };
  // Taken or not, a failure here is the taker's to report (it asks again): never an unhandled rejection.
  settings.catch(() => undefined);
  firstPage.page.catch(() => undefined);
}

export function takeBootSettings(): Promise<Settings> | null {
  const taken = settings;
  settings = null;
  return taken;
}

/** The library's first rows, if that is what is asked (no filter, from the top, no position wanted). */
export function takeFirstPage(filters: LibraryListFilter, offset: number, limit: number, locate: boolean): Promise<LibraryPage> | null {
  const taken = firstPage;
  firstPage = null;
  if (!taken || locate || offset !== 0 || limit !== taken.limit || Object.keys(filters).length > 0) return null;
  return taken.page;
}
