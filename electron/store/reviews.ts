// SQL for the reviews table: small named functions, the db first, rows mapped to shared types.
import type { Db } from './db.ts';
import type { DocState } from '../shared/doc.ts';
import type { Lang, Review, ReviewFields, ReviewKind, ReviewMeta, ReviewStatus } from '../shared/review.ts';

export interface ReviewRow {
  id: string;
  title: string;
  kind: string;
  lang: string;
  year: number;
  status: string;
  fields: string;
  translation_of: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

/** The columns of a ReviewMeta (every column but the content). */
export const META_COLUMNS = 'id, title, kind, lang, year, status, fields, translation_of, created_at, updated_at, deleted_at';

export function toMeta(row: ReviewRow): ReviewMeta {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind as ReviewKind,
    lang: row.lang as Lang,
    year: row.year,
    status: row.status as ReviewStatus,
    fields: JSON.parse(row.fields) as ReviewFields,
    translationOf: row.translation_of,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

export function insertReview(db: Db, review: Review): void {
  db.prepare(`INSERT INTO reviews (id, title, kind, lang, year, status, fields, content, translation_of, created_at, updated_at, deleted_at)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    review.id, review.title, review.kind, review.lang, review.year, review.status,
    JSON.stringify(review.fields), JSON.stringify(review.content), review.translationOf,
    review.createdAt, review.updatedAt, review.deletedAt,
  );
}

export function selectReviewMeta(db: Db, id: string): ReviewMeta | undefined {
  const row = db.prepare(`SELECT ${META_COLUMNS} FROM reviews WHERE id = ?`).get(id) as ReviewRow | undefined;
  return row && toMeta(row);
}

export function selectReview(db: Db, id: string): Review | undefined {
  const row = db.prepare(`SELECT ${META_COLUMNS}, content FROM reviews WHERE id = ?`).get(id) as
    | (ReviewRow & { content: string })
    | undefined;
  return row && { ...toMeta(row), content: JSON.parse(row.content) as DocState };
}

/** Live reviews (or the trash), newest year first, then most recently edited. */
export function selectReviewMetas(db: Db, trash: boolean): ReviewMeta[] {
  const where = trash ? 'deleted_at IS NOT NULL' : 'deleted_at IS NULL';
  const order = trash ? 'deleted_at DESC' : 'year DESC, updated_at DESC';
  return (db.prepare(`SELECT ${META_COLUMNS} FROM reviews WHERE ${where} ORDER BY ${order}`).all() as unknown as ReviewRow[]).map(toMeta);
}

export function updateReviewMeta(db: Db, meta: ReviewMeta): void {
  db.prepare(`UPDATE reviews SET title = ?, kind = ?, lang = ?, year = ?, status = ?, fields = ?, translation_of = ?,
              updated_at = ?, deleted_at = ? WHERE id = ?`).run(
    meta.title, meta.kind, meta.lang, meta.year, meta.status, JSON.stringify(meta.fields), meta.translationOf,
    meta.updatedAt, meta.deletedAt, meta.id,
  );
}

/** `content` is the serialized DocState (the caller serializes once for the review and its version). */
export function updateReviewContent(db: Db, id: string, content: string, updatedAt: string): void {
  db.prepare('UPDATE reviews SET content = ?, updated_at = ? WHERE id = ?').run(content, updatedAt, id);
}

/** Deletes the given reviews if they are in the trash; returns the ids actually deleted. */
export function deleteReviewsInTrash(db: Db, ids: readonly string[]): string[] {
  const remove = db.prepare('DELETE FROM reviews WHERE id = ? AND deleted_at IS NOT NULL');
  return ids.filter((id) => Number(remove.run(id).changes) > 0);
}
