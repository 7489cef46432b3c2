// library (issue 15): the library list a window at a time — what the library screen asks for on every
// visit instead of every review's metadata (10,000 of them were one 600 ms message and a long task).
import type { Db } from '../store/db.ts';
import type { LibraryListFilter, LibraryPage, LibraryRow, ReviewLink } from '../shared/library-page.ts';
import {
  countLiveReviews, selectListPosition, selectListTitles, selectListWindow, selectTranslationLinks, selectYearCounts,
} from '../store/library-page.ts';

export interface PageRequest {
  filters: LibraryListFilter;
  offset: number;
  limit: number;
  /** A review whose position in the list the caller wants (to focus or scroll to it). */
  locate?: string;
}

export function libraryPage(db: Db, request: PageRequest): LibraryPage {
  const metas = request.limit > 0 ? selectListWindow(db, request.filters, request.offset, request.limit) : [];
  const links = selectTranslationLinks(db, metas.map((m) => m.id));
  const rows: LibraryRow[] = metas.map((meta) => {
    const translations: ReviewLink[] = [];
    for (const other of links) {
      if (other.id === meta.id) continue;
      if (other.translationOf === meta.id || other.id === meta.translationOf) translations.push({ id: other.id, lang: other.lang, title: other.title });
    }
    return { ...meta, translations };
  });
  return {
    total: countLiveReviews(db),
    years: selectYearCounts(db, request.filters),
    offset: request.offset,
    rows,
    located: request.locate ? selectListPosition(db, request.filters, request.locate) : null,
  };
}

/** The live other-language versions of review `id` (either direction), in list order. */
export function translationsOf(db: Db, id: string): ReviewLink[] {
  return selectTranslationLinks(db, [id]).filter((other) => other.id !== id).map(({ id: linked, lang, title }) => ({ id: linked, lang, title }));
}

/** Type-ahead: the first position at or after `from` (wrapping) whose title starts with `prefix`
 *  (case-insensitive, NFC), or null. */
export function findByTitlePrefix(db: Db, filters: LibraryListFilter, prefix: string, from: number): number | null {
  const titles = selectListTitles(db, filters);
  const wanted = prefix.normalize('NFC').toLocaleLowerCase();
  for (let step = 0; step < titles.length; step++) {
    const i = (Math.max(0, from) + step) % titles.length;
    if (titles[i]!.normalize('NFC').toLocaleLowerCase().startsWith(wanted)) return i;
  }
  return null;
}
