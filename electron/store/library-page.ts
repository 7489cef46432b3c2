// library (issue 15): SQL for the library list read a window at a time, in list order (year DESC,
// updated_at DESC, id), over the live reviews; the partial index reviews_live_order (migration 014)
// serves the order and the year counts.
import type { Db } from './db.ts';
import type { LibraryListFilter, ReviewLink, YearCount } from '../shared/library-page.ts';
import type { Lang, ReviewFields, ReviewKind, ReviewMeta, ReviewStatus } from '../shared/review.ts';

type Param = string | number;

export const LIST_ORDER = 'year DESC, updated_at DESC, id';

/** WHERE clause (live reviews and the filters) and its parameters. */
export function listWhere(filter: LibraryListFilter): { sql: string; params: Param[] } {
  const parts = ['deleted_at IS NULL'];
  const params: Param[] = [];
  if (filter.yearFrom !== undefined) { parts.push('year >= ?'); params.push(filter.yearFrom); }
  if (filter.yearTo !== undefined) { parts.push('year <= ?'); params.push(filter.yearTo); }
  if (filter.lang !== undefined) { parts.push('lang = ?'); params.push(filter.lang); }
  if (filter.kind !== undefined) { parts.push('kind = ?'); params.push(filter.kind); }
  return { sql: parts.join(' AND '), params };
}

export function countLiveReviews(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM reviews WHERE deleted_at IS NULL').get() as { n: number }).n;
}

/** The filtered list's years, newest first, with how many reviews each holds. */
export function selectYearCounts(db: Db, filter: LibraryListFilter): YearCount[] {
  const where = listWhere(filter);
  return db.prepare(`SELECT year, count(*) AS count FROM reviews WHERE ${where.sql} GROUP BY year ORDER BY year DESC`)
    .all(...where.params).map((row) => ({ year: Number(row.year), count: Number(row.count) }));
}

interface MetaRow {
  id: string; title: string; kind: string; lang: string; year: number; status: string; fields: string;
  translation_of: string | null; created_at: string; updated_at: string; deleted_at: string | null;
}

function toMeta(row: MetaRow): ReviewMeta {
  return {
    id: row.id, title: row.title, kind: row.kind as ReviewKind, lang: row.lang as Lang, year: row.year,
    status: row.status as ReviewStatus, fields: JSON.parse(row.fields) as ReviewFields, translationOf: row.translation_of,
    createdAt: row.created_at, updatedAt: row.updated_at, deletedAt: row.deleted_at,
  };
}

/** Rows [offset, offset + limit) of the filtered list. */
export function selectListWindow(db: Db, filter: LibraryListFilter, offset: number, limit: number): ReviewMeta[] {
  const where = listWhere(filter);
  return (db.prepare(`SELECT id, title, kind, lang, year, status, fields, translation_of, created_at, updated_at, deleted_at
                      FROM reviews WHERE ${where.sql} ORDER BY ${LIST_ORDER} LIMIT ? OFFSET ?`)
    .all(...where.params, limit, offset) as unknown as MetaRow[]).map(toMeta);
}

/** Position of review `id` in the filtered list, or null when it is not in it. */
export function selectListPosition(db: Db, filter: LibraryListFilter, id: string): number | null {
  const where = listWhere(filter);
  const row = db.prepare(`SELECT pos FROM (SELECT id, row_number() OVER (ORDER BY ${LIST_ORDER}) - 1 AS pos
                          FROM reviews WHERE ${where.sql}) WHERE id = ?`).get(...where.params, id) as { pos: number } | undefined;
  return row ? row.pos : null;
}

/** The filtered list's titles in list order (type-ahead looks for the next title starting with letters). */
export function selectListTitles(db: Db, filter: LibraryListFilter): string[] {
  const where = listWhere(filter);
  return (db.prepare(`SELECT title FROM reviews WHERE ${where.sql} ORDER BY ${LIST_ORDER}`).all(...where.params) as { title: string }[])
    .map((row) => row.title);
}

/** Live reviews linked by translation to any of `ids` (either direction), in list order, with the link.
 *  Two indexed lookups (translations pointing to the rows; the sources the rows point to), not a scan. */
export function selectTranslationLinks(db: Db, ids: readonly string[]): (ReviewLink & { translationOf: string | null })[] {
  if (ids.length === 0) return [];
  const marks = ids.map(() => '?').join(', ');
  return db.prepare(`SELECT id, lang, title, translation_of AS translationOf, year, updated_at FROM reviews
                       WHERE translation_of IN (${marks}) AND deleted_at IS NULL
                     UNION
                     SELECT id, lang, title, translation_of AS translationOf, year, updated_at FROM reviews
                       WHERE id IN (SELECT translation_of FROM reviews WHERE id IN (${marks}) AND translation_of IS NOT NULL) AND deleted_at IS NULL
                     ORDER BY ${LIST_ORDER}`)
    .all(...ids, ...ids).map((row) => ({ id: String(row.id), lang: row.lang as ReviewLink['lang'], title: String(row.title), translationOf: row.translationOf === null ? null : String(row.translationOf) }));
}
