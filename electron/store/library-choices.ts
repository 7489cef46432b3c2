// library (issue 15, lib2): SQL for the trash read a page at a time (the partial index reviews_trash_order,
// migration 015, serves the order and the count) and for the review pickers' candidates (light columns only).
import type { Db } from './db.ts';
import type { ReviewChoice } from '../shared/library-page.ts';
import type { Lang, ReviewKind, ReviewMeta } from '../shared/review.ts';
import { META_COLUMNS, toMeta, type ReviewRow } from './reviews.ts';

export const TRASH_ORDER = 'deleted_at DESC, id';

export function countTrash(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM reviews WHERE deleted_at IS NOT NULL').get() as { n: number }).n;
}

/** Rows [offset, offset + limit) of the trash, most recently trashed first. */
export function selectTrashWindow(db: Db, offset: number, limit: number): ReviewMeta[] {
  return (db.prepare(`SELECT ${META_COLUMNS} FROM reviews WHERE deleted_at IS NOT NULL ORDER BY ${TRASH_ORDER} LIMIT ? OFFSET ?`)
    .all(limit, offset) as unknown as ReviewRow[]).map(toMeta);
}

/** The live reviews of one year and language (New review's default "build on": last year's review),
 *  through the list-order index instead of every review's metadata. */
export function selectLiveMetasOfYear(db: Db, year: number, lang: Lang): ReviewMeta[] {
  return (db.prepare(`SELECT ${META_COLUMNS} FROM reviews WHERE deleted_at IS NULL AND year = ? AND lang = ? ORDER BY updated_at DESC, id`)
    .all(year, lang) as unknown as ReviewRow[]).map(toMeta);
}

/** Ids of the reviews trashed at or before `upTo` (ISO time): what the user saw when asking to empty the trash. */
export function selectTrashIdsUpTo(db: Db, upTo: string): string[] {
  return (db.prepare('SELECT id FROM reviews WHERE deleted_at IS NOT NULL AND deleted_at <= ?').all(upTo) as { id: string }[]).map((row) => row.id);
}

export interface ChoiceFilter {
  lang?: Lang;
  kind?: ReviewKind;
}

/** Live reviews with the picker's columns only, newest year first (titles are ordered by the caller). */
export function selectChoiceRows(db: Db, filter: ChoiceFilter): ReviewChoice[] {
  const parts = ['deleted_at IS NULL'];
  const params: string[] = [];
  if (filter.lang !== undefined) { parts.push('lang = ?'); params.push(filter.lang); }
  if (filter.kind !== undefined) { parts.push('kind = ?'); params.push(filter.kind); }
  return (db.prepare(`SELECT id, title, year, lang, kind FROM reviews WHERE ${parts.join(' AND ')} ORDER BY year DESC`).all(...params) as unknown as
    { id: string; title: string; year: number; lang: string; kind: string }[])
    .map((row) => ({ id: row.id, title: row.title, year: row.year, lang: row.lang as Lang, kind: row.kind as ReviewKind }));
}
