// library (issue 15): the library list read a window at a time. The renderer keeps a sparse model (the
// year groups' counts and the rows it has seen); it asks for the rows on screen, never for all of them.
import type { Lang, ReviewKind, ReviewMeta } from './review.ts';

/** The list filters that apply without a search query (the section filter needs a search). */
export interface LibraryListFilter {
  yearFrom?: number;
  yearTo?: number;
  lang?: Lang;
  kind?: ReviewKind;
}

/** Another-language version linked to a review (either direction). */
export type ReviewLink = Pick<ReviewMeta, 'id' | 'lang' | 'title'>;

/** One row of the library: the review and its linked translations, in list order. */
export interface LibraryRow extends ReviewMeta {
  translations: ReviewLink[];
}

export interface YearCount {
  year: number;
  count: number;
}

export interface LibraryPage {
  /** Live reviews in the library, filters aside. */
  total: number;
  /** The filtered list's year groups, newest first (the list order: year, then last edited, then id). */
  years: YearCount[];
  /** Flat position (across the years) of rows[0]. */
  offset: number;
  rows: LibraryRow[];
  /** Position of the review asked for with `locate` in the filtered list, or null (not in it). */
  located: number | null;
}

// library (issue 15, lib2): the trash a page at a time, and the review pickers (New review's "build on",
// the translation panel's "link with") asking for matching reviews instead of every review's metadata.

/** A page of the trash, most recently trashed first. */
export interface TrashPage {
  /** Reviews in the trash. */
  total: number;
  offset: number;
  rows: ReviewMeta[];
}

/** One review offered by a picker. */
export type ReviewChoice = Pick<ReviewMeta, 'id' | 'title' | 'year' | 'lang' | 'kind'>;

export interface ReviewChoices {
  /** Live reviews that match (the picker shows the first `rows.length` of them). */
  total: number;
  /** Newest year first, then by title (Vietnamese collation). */
  rows: ReviewChoice[];
}
