// The search box's filters as the form holds them (text in the year boxes), what they mean for a search
// query, and the same filters applied to the library list when there is no query (year range, language,
// kind: the section filter needs a search, as sections are found in the text).
import type { Lang, ReviewKind, ReviewMeta } from '../../../../electron/shared/review.ts';
import type { SectionKey } from '../../../../electron/shared/sections.ts';
import type { SearchQuery } from '../../../../electron/shared/library.ts';

export interface FilterForm {
  yearFrom: string;
  yearTo: string;
  lang: Lang | '';
  kind: ReviewKind | '';
  section: SectionKey | '';
}

/** The library's search: the query and its filters, kept by the shell while reviews are opened. */
export interface LibrarySearch {
  query: string;
  filters: FilterForm;
}

export const NO_FILTERS: FilterForm = { yearFrom: '', yearTo: '', lang: '', kind: '', section: '' };
export const EMPTY_SEARCH: LibrarySearch = { query: '', filters: NO_FILTERS };

export function yearOrUndefined(value: string): number | undefined {
  const n = Number(value);
  return value.trim() !== '' && Number.isInteger(n) && n >= 1967 && n <= 2200 ? n : undefined;
}

export type SearchFilters = Omit<SearchQuery, 'q' | 'limit'>;

/** The filters a search query carries. */
export function toSearchFilters(form: FilterForm): SearchFilters {
  const yearFrom = yearOrUndefined(form.yearFrom);
  const yearTo = yearOrUndefined(form.yearTo);
  return {
    ...(yearFrom !== undefined && { yearFrom }),
    ...(yearTo !== undefined && { yearTo }),
    ...(form.lang && { lang: form.lang }),
    ...(form.kind && { kind: form.kind }),
    ...(form.section && { section: form.section }),
  };
}

/** The year range when "from" is after "to" (nothing can match: say so instead of "no results"). */
export function reversedRange(form: FilterForm): { from: number; to: number } | null {
  const from = yearOrUndefined(form.yearFrom);
  const to = yearOrUndefined(form.yearTo);
  return from !== undefined && to !== undefined && from > to ? { from, to } : null;
}

/** Whether a filter that applies to the library list (not the section) is set. */
export function hasListFilters(form: FilterForm): boolean {
  const f = toSearchFilters(form);
  return f.yearFrom !== undefined || f.yearTo !== undefined || f.lang !== undefined || f.kind !== undefined;
}

export function hasAnyFilter(form: FilterForm): boolean {
  return hasListFilters(form) || form.section !== '';
}

/** The reviews the list filters let through (year range inclusive, language, kind). */
export function filterReviews<T extends Pick<ReviewMeta, 'year' | 'lang' | 'kind'>>(reviews: readonly T[], form: FilterForm): T[] {
  const f = toSearchFilters(form);
  return reviews.filter((r) => (f.yearFrom === undefined || r.year >= f.yearFrom)
    && (f.yearTo === undefined || r.year <= f.yearTo)
    && (f.lang === undefined || r.lang === f.lang)
    && (f.kind === undefined || r.kind === f.kind));
}
