// SQL for the versions table.
import type { Db } from './db.ts';
import type { DocState } from '../shared/doc.ts';
import type { Version, VersionMeta, VersionReason } from '../shared/review.ts';

interface VersionRow {
  id: number;
  review_id: string;
  reason: string;
  words: number;
  created_at: string;
}

function toMeta(row: VersionRow): VersionMeta {
  return { id: row.id, reviewId: row.review_id, reason: row.reason as VersionReason, words: row.words, createdAt: row.created_at };
}

/** `content` is the serialized DocState. */
export function insertVersion(db: Db, reviewId: string, reason: VersionReason, content: string, words: number, createdAt: string): number {
  const info = db.prepare('INSERT INTO versions (review_id, reason, content, words, created_at) VALUES (?, ?, ?, ?, ?)')
    .run(reviewId, reason, content, words, createdAt);
  return Number(info.lastInsertRowid);
}

export function selectVersionMetas(db: Db, reviewId: string): VersionMeta[] {
  return (db.prepare('SELECT id, review_id, reason, words, created_at FROM versions WHERE review_id = ? ORDER BY id DESC')
    .all(reviewId) as unknown as VersionRow[]).map(toMeta);
}

export function selectVersion(db: Db, id: number): Version | undefined {
  const row = db.prepare('SELECT id, review_id, reason, words, created_at, content FROM versions WHERE id = ?').get(id) as
    | (VersionRow & { content: string })
    | undefined;
  return row && { ...toMeta(row), content: JSON.parse(row.content) as DocState };
}

export function selectLatestVersionTime(db: Db, reviewId: string): string | undefined {
  const row = db.prepare('SELECT created_at FROM versions WHERE review_id = ? ORDER BY id DESC LIMIT 1').get(reviewId) as
    | { created_at: string }
    | undefined;
  return row?.created_at;
}

/**
 * Thins autosave versions: keeps the newest `keepLast`, plus the newest autosave of each day (the user's
 * local day: in Viet Nam a UTC day would turn over at 07:00).
 * Other reasons (manual, pre-restore, create, import, restore) are always kept.
 */
export function thinAutosaves(db: Db, reviewId: string, keepLast: number): number {
  const info = db.prepare(`
    DELETE FROM versions WHERE review_id = :review AND reason = 'autosave' AND id NOT IN (
      SELECT id FROM versions WHERE review_id = :review AND reason = 'autosave' ORDER BY id DESC LIMIT :keep
    ) AND id NOT IN (
      SELECT max(id) FROM versions WHERE review_id = :review AND reason = 'autosave' GROUP BY date(created_at, 'localtime')
    )`).run({ review: reviewId, keep: keepLast });
  return Number(info.changes);
}
