// SQL for the reuse panel (issue 11): the library's paragraphs for the similarity index, phrase lookup
// over the search index, sections by key, and the reuse_links table (migration 007).
import type { Db } from './db.ts';
import type { BlockRow } from './search.ts';

/** A paragraph of the library: the same shape as a search row, without its rank. */
export type LibraryParagraphRow = BlockRow;

const PARAGRAPH_COLUMNS = `b.review_id AS reviewId, b.block_index AS blockIndex, b.section, b.text, r.title, r.year, r.lang, r.kind`;

/** Every indexed block of the live library (or of one review, live or not: an empty list if trashed). */
export function selectLibraryParagraphs(db: Db, reviewId?: string): LibraryParagraphRow[] {
  const where = reviewId === undefined ? 'r.deleted_at IS NULL' : 'r.deleted_at IS NULL AND b.review_id = ?';
  const sql = `SELECT ${PARAGRAPH_COLUMNS} FROM search_blocks b JOIN reviews r ON r.id = b.review_id WHERE ${where}`;
  const statement = db.prepare(sql);
  return (reviewId === undefined ? statement.all() : statement.all(reviewId)) as unknown as LibraryParagraphRow[];
}

/**
 * Blocks whose folded text matches a MATCH expression (phrase), live reviews only, newest year first.
 * order 'recent' reads the most recently indexed matches first and stops at `limit` (for very common
 * phrases, where sorting every match by year would cost too much); the caller sorts those by year.
 */
export function selectPhraseBlocks(db: Db, match: string, limit: number, order: 'year' | 'recent', lang?: string): LibraryParagraphRow[] {
  const langWhere = lang ? 'AND r.lang = ?' : '';
  const params: (string | number)[] = [match, ...(lang ? [lang] : []), limit];
  return db.prepare(`SELECT ${PARAGRAPH_COLUMNS} FROM search_fts JOIN search_blocks b ON b.id = search_fts.rowid
                     JOIN reviews r ON r.id = b.review_id
                     WHERE search_fts MATCH ? AND r.deleted_at IS NULL ${langWhere}
                     ORDER BY ${order === 'year' ? 'r.year DESC, b.review_id, b.block_index' : 'search_fts.rowid DESC'} LIMIT ?`)
    .all(...params) as unknown as LibraryParagraphRow[];
}

export interface SectionRow {
  reviewId: string; title: string; year: number; lang: string; kind: string; key: string;
  sectionTitle: string; blockStart: number; blockEnd: number;
}

/** Sections with a key in live reviews other than `exceptId`, newest year first. */
/** The section `key` of every other live review: those in the draft's language first (a Vietnamese
 *  report reuses Vietnamese text; the English articles come after), newest first within each. */
export function selectSectionsByKey(db: Db, key: string, exceptId: string, limit: number): SectionRow[] {
  return db.prepare(`SELECT s.review_id AS reviewId, r.title, r.year, r.lang, r.kind, s.key, s.title AS sectionTitle,
                            s.block_start AS blockStart, s.block_end AS blockEnd
                     FROM sections s JOIN reviews r ON r.id = s.review_id
                     WHERE s.key = ? AND s.review_id <> ? AND r.deleted_at IS NULL
                     ORDER BY r.lang IS NOT (SELECT lang FROM reviews WHERE id = ?), r.year DESC, r.updated_at DESC, s.ordinal
                     LIMIT ?`).all(key, exceptId, exceptId, limit) as unknown as SectionRow[];
}

/** The indexed texts of blocks [start, end) of a review, by block index. */
export function selectBlockTexts(db: Db, reviewId: string, start: number, end: number): { blockIndex: number; text: string }[] {
  return db.prepare(`SELECT block_index AS blockIndex, text FROM search_blocks WHERE review_id = ? AND block_index >= ? AND block_index < ?
                     ORDER BY block_index`).all(reviewId, start, end) as unknown as { blockIndex: number; text: string }[];
}

export interface ReuseLinkRow { draftId: string; sourceId: string; sourceSection: string; blocks: number }

export function replaceReuseLinks(db: Db, draftId: string, links: readonly Omit<ReuseLinkRow, 'draftId'>[]): void {
  db.prepare('DELETE FROM reuse_links WHERE draft_id = ?').run(draftId);
  const insert = db.prepare('INSERT INTO reuse_links (draft_id, source_id, source_section, blocks) VALUES (?, ?, ?, ?)');
  for (const l of links) insert.run(draftId, l.sourceId, l.sourceSection, l.blocks);
}

/** Which live drafts reused a review (optionally one section of it). */
export function selectReuseOf(db: Db, sourceId: string): (ReuseLinkRow & { title: string; year: number })[] {
  return db.prepare(`SELECT l.draft_id AS draftId, l.source_id AS sourceId, l.source_section AS sourceSection, l.blocks, r.title, r.year
                     FROM reuse_links l JOIN reviews r ON r.id = l.draft_id
                     WHERE l.source_id = ? AND r.deleted_at IS NULL ORDER BY r.year DESC`).all(sourceId) as unknown as (ReuseLinkRow & { title: string; year: number })[];
}

/** For the library list: how many live drafts reused each review. */
export function selectReuseCounts(db: Db): Map<string, number> {
  const rows = db.prepare(`SELECT l.source_id AS sourceId, count(DISTINCT l.draft_id) AS n FROM reuse_links l
                           JOIN reviews r ON r.id = l.draft_id WHERE r.deleted_at IS NULL GROUP BY l.source_id`).all() as { sourceId: string; n: number }[];
  return new Map(rows.map((r) => [r.sourceId, Number(r.n)]));
}
