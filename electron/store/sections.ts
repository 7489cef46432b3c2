// SQL for the sections table: a review's keyed block ranges, queryable without the editor state.
import type { Db } from './db.ts';
import type { Section, SectionKey } from '../shared/sections.ts';

interface SectionRow {
  review_id: string;
  ordinal: number;
  key: string;
  title: string;
  block_start: number;
  block_end: number;
  corrected: number;
}

function toSection(row: SectionRow): Section {
  return {
    reviewId: row.review_id,
    ordinal: row.ordinal,
    key: row.key as SectionKey,
    title: row.title,
    blockStart: row.block_start,
    blockEnd: row.block_end,
    corrected: row.corrected === 1,
  };
}

export function selectSections(db: Db, reviewId: string): Section[] {
  return (db.prepare(`SELECT review_id, ordinal, key, title, block_start, block_end, corrected
                      FROM sections WHERE review_id = ? ORDER BY ordinal`).all(reviewId) as unknown as SectionRow[]).map(toSection);
}

export function replaceSections(db: Db, reviewId: string, sections: readonly Section[]): void {
  db.prepare('DELETE FROM sections WHERE review_id = ?').run(reviewId);
  const insert = db.prepare(`INSERT INTO sections (review_id, ordinal, key, title, block_start, block_end, corrected)
                             VALUES (?, ?, ?, ?, ?, ?, ?)`);
  for (const s of sections) insert.run(reviewId, s.ordinal, s.key, s.title, s.blockStart, s.blockEnd, s.corrected ? 1 : 0);
}

/** Sets a section's key by hand; returns false when the review has no such section. */
export function updateSectionKey(db: Db, reviewId: string, ordinal: number, key: SectionKey): boolean {
  const result = db.prepare('UPDATE sections SET key = ?, corrected = 1 WHERE review_id = ? AND ordinal = ?').run(key, reviewId, ordinal);
  return Number(result.changes) > 0;
}
