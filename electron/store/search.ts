// SQL for the search index: search_blocks (original text, section) + search_fts (folded text, contentless).
import type { StatementSync } from 'node:sqlite';
import type { Db } from './db.ts';
import type { Lang, ReviewKind } from '../shared/review.ts';
import type { SectionKey } from '../shared/sections.ts';

// Re-indexing a 3,000-paragraph review touches thousands of rows: prepare each statement once per db.
const statements = new WeakMap<Db, Map<string, StatementSync>>();
function stmt(db: Db, sql: string): StatementSync {
  let byDb = statements.get(db);
  if (!byDb) statements.set(db, (byDb = new Map()));
  let statement = byDb.get(sql);
  if (!statement) byDb.set(sql, (statement = db.prepare(sql)));
  return statement;
}

export interface IndexedBlock { id: number; blockIndex: number; section: string | null; text: string }

export function selectIndexedBlocks(db: Db, reviewId: string): IndexedBlock[] {
  return stmt(db, 'SELECT id, block_index AS blockIndex, section, text FROM search_blocks WHERE review_id = ?')
    .all(reviewId) as unknown as IndexedBlock[];
}

/** Returns the new row's id. */
export function insertIndexedBlock(db: Db, reviewId: string, blockIndex: number, section: string | null, text: string, folded: string): number {
  const { lastInsertRowid } = stmt(db, 'INSERT INTO search_blocks (review_id, block_index, section, text) VALUES (?, ?, ?, ?)')
    .run(reviewId, blockIndex, section, text);
  stmt(db, 'INSERT INTO search_fts (rowid, folded) VALUES (?, ?)').run(lastInsertRowid, folded);
  return Number(lastInsertRowid);
}

export function moveIndexedBlock(db: Db, id: number, blockIndex: number, section: string | null): void {
  stmt(db, 'UPDATE search_blocks SET block_index = ?, section = ? WHERE id = ?').run(blockIndex, section, id);
}

/** The trigger search_blocks_unindex removes the FTS entry. */
export function deleteIndexedBlock(db: Db, id: number): void {
  stmt(db, 'DELETE FROM search_blocks WHERE id = ?').run(id);
}

/** Also stamps the review's index anew: a copy of its rows kept elsewhere (index-review.ts) is stale. */
export function setSectionOfBlocks(db: Db, reviewId: string, blockStart: number, blockEnd: number, section: SectionKey): void {
  db.prepare('UPDATE search_blocks SET section = ? WHERE review_id = ? AND block_index >= ? AND block_index < ?')
    .run(section, reviewId, blockStart, blockEnd);
  stmt(db, 'UPDATE library_index SET indexed_at = ? WHERE review_id = ?').run(`${new Date().toISOString()} section`, reviewId);
}

export function deleteReviewIndex(db: Db, reviewId: string): void {
  db.prepare('DELETE FROM search_blocks WHERE review_id = ?').run(reviewId);
  db.prepare('DELETE FROM sections WHERE review_id = ?').run(reviewId);
  db.prepare('DELETE FROM library_index WHERE review_id = ?').run(reviewId);
}

/** `stamp`: the indexing's own mark (index-review.ts: its time and a random part), kept in indexed_at. */
export function markIndexed(db: Db, reviewId: string, detector: number, stamp: string): void {
  db.prepare(`INSERT INTO library_index (review_id, detector, indexed_at) VALUES (?, ?, ?)
              ON CONFLICT (review_id) DO UPDATE SET detector = excluded.detector, indexed_at = excluded.indexed_at`)
    .run(reviewId, detector, stamp);
}

/** The stamp the review's index was last written with (markIndexed's, or setSectionOfBlocks'), or null
 *  if it never was. */
export function selectIndexedAt(db: Db, reviewId: string): string | null {
  const row = stmt(db, 'SELECT indexed_at AS at FROM library_index WHERE review_id = ?').get(reviewId) as { at: string } | undefined;
  return row?.at ?? null;
}

/** Reviews never indexed, or indexed by an older section detector. */
export function selectUnindexedReviewIds(db: Db, detector: number): string[] {
  return (db.prepare(`SELECT r.id FROM reviews r LEFT JOIN library_index i ON i.review_id = r.id
                      WHERE i.review_id IS NULL OR i.detector < ?`).all(detector) as { id: string }[]).map((r) => r.id);
}

export interface SearchFilters {
  yearFrom?: number;
  yearTo?: number;
  lang?: Lang;
  kind?: ReviewKind;
  section?: SectionKey;
}

/** An indexed block of a review with its review's title, year, language and kind. */
export interface BlockRow {
  reviewId: string;
  blockIndex: number;
  section: string | null;
  text: string;
  title: string;
  year: number;
  lang: string;
  kind: string;
}

export interface SearchRow extends BlockRow {
  rank: number;
}

/** In how many blocks a folded term occurs (or, for a prefix, terms starting with it: an upper bound). */
export function selectTermDocCount(db: Db, term: string, prefix: boolean): number {
  const row = prefix
    ? stmt(db, 'SELECT coalesce(sum(doc), 0) AS n FROM search_vocab WHERE term >= ? AND term < ?').get(term, `${term}\uffff`)
    : stmt(db, 'SELECT coalesce(max(doc), 0) AS n FROM search_vocab WHERE term = ?').get(term);
  return Number((row as { n: number }).n);
}

/**
 * Paragraphs for a MATCH expression (already escaped by library/search/query.ts), live reviews only.
 * Filters are fixed SQL fragments with bound values. order 'rank': the best `limit` by bm25 over all
 * matches; 'recent': the first `limit` matches from the most recently indexed blocks (FTS5 walks its
 * doclist backwards and stops early), for terms too common to rank every match in time.
 */
export function selectSearchRows(db: Db, match: string, filters: SearchFilters, limit: number, order: 'rank' | 'recent' = 'rank'): SearchRow[] {
  const where: string[] = ['search_fts MATCH ?', 'r.deleted_at IS NULL'];
  const params: (string | number)[] = [match];
  if (filters.yearFrom !== undefined) { where.push('r.year >= ?'); params.push(filters.yearFrom); }
  if (filters.yearTo !== undefined) { where.push('r.year <= ?'); params.push(filters.yearTo); }
  if (filters.lang) { where.push('r.lang = ?'); params.push(filters.lang); }
  if (filters.kind) { where.push('r.kind = ?'); params.push(filters.kind); }
  if (filters.section) { where.push('b.section = ?'); params.push(filters.section); }
  params.push(limit);
  return db.prepare(`
    SELECT b.review_id AS reviewId, b.block_index AS blockIndex, b.section, b.text,
           r.title, r.year, r.lang, r.kind, bm25(search_fts) AS rank
    FROM search_fts
    JOIN search_blocks b ON b.id = search_fts.rowid
    JOIN reviews r ON r.id = b.review_id
    WHERE ${where.join(' AND ')}
    ORDER BY ${order === 'rank' ? 'rank' : 'search_fts.rowid DESC'}
    LIMIT ?`).all(...params) as unknown as SearchRow[];
}
