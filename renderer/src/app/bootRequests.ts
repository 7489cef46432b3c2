// library (issue 15): the first questions of the app — its settings and the library's first rows — asked
// before React starts, so they travel to the main process while the code is compiled and the shell is
// drawn (asked one after the other from effects, they cost two round trips after the first render).
// Each answer is taken once, by the code that would otherwise ask for it.
import { api } from '../api/index.ts';
import type { Settings } from '../../../electron/shared/review.ts';
import type { LibraryListFilter, LibraryPage } from '../../../electron/shared/library-page.ts';

let settings: Promise<Settings> | null = null;
let firstPage: { limit: number; page: Promise<LibraryPage> } | null = null;
/** The first rows once they are in: the shell waits for them with the settings, so its first render
 *  draws the list (one render, one layout) instead of drawing it empty and again when they come. */
let firstPageValue: { limit: number; page: LibraryPage } | null = null;

export function startBootRequests(firstPageLimit: number): void {
  if (!window.rdTransport) return;
  settings = api.settings.get({});
  firstPage = { limit: firstPageLimit, page: api.library.page({ filters: {}, offset: 0, limit: firstPageLimit }) };
  // Taken or not, a failure here is the taker's to report (it asks again): never an unhandled rejection.
  settings.catch(() => undefined);
  firstPage.page.then((page) => { performance.mark('rd:bootRows'); firstPageValue = { limit: firstPageLimit, page }; }, () => undefined);
}

/** Settles when the first rows are in (or failed): the shell's first render waits for it. */
export function bootRowsSettled(): Promise<void> {
  return firstPage ? firstPage.page.then(() => undefined, () => undefined) : Promise.resolve();
}

export function takeBootSettings(): Promise<Settings> | null {
  const taken = settings;
  settings = null;
  return taken;
}

function matches(limit: number, filters: LibraryListFilter, offset: number, wanted: number, locate: boolean): boolean {
  return !locate && offset === 0 && wanted === limit && Object.keys(filters).length === 0;
}

/** The first rows if they are already in and are what is asked: the list starts with them. */
export function takeFirstPageNow(filters: LibraryListFilter, offset: number, limit: number): LibraryPage | null {
  const taken = firstPageValue;
  firstPageValue = null;
  if (!taken || !matches(taken.limit, filters, offset, limit, false)) return null;
  firstPage = null;
  return taken.page;
}

/** The library's first rows, if that is what is asked (no filter, from the top, no position wanted). */
export function takeFirstPage(filters: LibraryListFilter, offset: number, limit: number, locate: boolean): Promise<LibraryPage> | null {
  const taken = firstPage;
  firstPage = null;
  firstPageValue = null;
  if (!taken || !matches(taken.limit, filters, offset, limit, locate)) return null;
  return taken.page;
}
