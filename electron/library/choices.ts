// library (issue 15, lib2): the trash a page at a time, and the review pickers' candidates. At 10,000
// reviews, loading every review's metadata (reviews:list) for these cost ~75 ms in main and a 2.5 MB
// message each time the trash, the New review dialog or the translation panel opened.
import type { Db } from '../store/db.ts';
import type { ReviewChoice, ReviewChoices, TrashPage } from '../shared/library-page.ts';
import type { Lang, ReviewKind } from '../shared/review.ts';
import { countTrash, selectChoiceRows, selectTrashIdsUpTo, selectTrashWindow } from '../store/library-choices.ts';
import { translationsOf } from './page.ts';
import { fold } from './fold.ts';

export function trashPage(db: Db, offset: number, limit: number): TrashPage {
  return { total: countTrash(db), offset, rows: selectTrashWindow(db, offset, limit) };
}

/** The trash's reviews that were there at `upTo` (the newest trashing the user saw): emptying the trash
 *  never deletes a review trashed after the user looked. */
export function trashIdsUpTo(db: Db, upTo: string): string[] {
  return selectTrashIdsUpTo(db, upTo);
}

export interface ChoiceRequest {
  lang?: Lang;
  kind?: ReviewKind;
  /** Leave out this review and its linked translations (the translation panel's "link with"). */
  notLinkedTo?: string;
  /** Words that must all occur in "year title" (case and marks ignored: the search's fold). */
  query?: string;
  limit: number;
}

const collator = new Intl.Collator('vi');

export function reviewChoices(db: Db, request: ChoiceRequest): ReviewChoices {
  let rows = selectChoiceRows(db, { ...(request.lang && { lang: request.lang }), ...(request.kind && { kind: request.kind }) });
  if (request.notLinkedTo !== undefined) {
    const skip = new Set([request.notLinkedTo, ...translationsOf(db, request.notLinkedTo).map((link) => link.id)]);
    rows = rows.filter((row) => !skip.has(row.id));
  }
  const words = fold(request.query ?? '').split(/\s+/).filter(Boolean);
  if (words.length > 0) {
    rows = rows.filter((row) => {
      const text = fold(`${row.year} ${row.title}`);
      return words.every((word) => text.includes(word));
    });
  }
  // Rows come newest year first; only the shown ones need their titles in order: sort year by year until
  // the limit is reached (at 10,000 reviews a full collation of every title was most of the cost).
  const shown: ReviewChoice[] = [];
  for (let start = 0; start < rows.length && shown.length < request.limit;) {
    let end = start;
    while (end < rows.length && rows[end]!.year === rows[start]!.year) end++;
    shown.push(...rows.slice(start, end).sort((a, b) => collator.compare(a.title, b.title)));
    start = end;
  }
  return { total: rows.length, rows: shown.slice(0, request.limit) };
}
