// SQL of the ministries' contributions (issue 14; migrations 012 and 013): rounds, contributors,
// contribution files and commented returns.
import type { Db } from './db.ts';

export interface RoundRow {
  reviewId: string; deadline: string | null; letterNumber: string;
  circulatedAt: string | null; createdAt: string; updatedAt: string;
}

// meeting_date (migration 012) is no longer read: the meeting date is the review's (migration 016).
const ROUND_COLUMNS = `review_id AS reviewId, deadline, letter_number AS letterNumber,
  circulated_at AS circulatedAt, created_at AS createdAt, updated_at AS updatedAt`;

export function selectRound(db: Db, reviewId: string): RoundRow | null {
  return (db.prepare(`SELECT ${ROUND_COLUMNS} FROM inbox_rounds WHERE review_id = ?`).get(reviewId) as RoundRow | undefined) ?? null;
}

export function insertRound(db: Db, reviewId: string, at: string): void {
  db.prepare('INSERT INTO inbox_rounds (review_id, created_at, updated_at) VALUES (?, ?, ?)').run(reviewId, at, at);
}

export function updateRound(db: Db, reviewId: string, patch: { deadline?: string | null; letterNumber?: string; circulatedAt?: string | null }, at: string): void {
  const current = selectRound(db, reviewId);
  if (!current) return;
  const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  const next = { ...current, ...defined };
  db.prepare('UPDATE inbox_rounds SET deadline = ?, letter_number = ?, circulated_at = ?, updated_at = ? WHERE review_id = ?')
    .run(next.deadline, next.letterNumber, next.circulatedAt, at, reviewId);
}

export interface ContributorDbRow {
  reviewId: string; ministry: string; nameVi: string; nameEn: string; ordinal: number; askedAt: string | null; remindedAt: string | null;
}

export function selectContributors(db: Db, reviewId: string): ContributorDbRow[] {
  return db.prepare(`SELECT review_id AS reviewId, ministry, name_vi AS nameVi, name_en AS nameEn, ordinal, asked_at AS askedAt, reminded_at AS remindedAt
                     FROM inbox_contributors WHERE review_id = ? ORDER BY ordinal`).all(reviewId) as unknown as ContributorDbRow[];
}

export function insertContributor(db: Db, row: Omit<ContributorDbRow, 'ordinal' | 'askedAt' | 'remindedAt'>): void {
  const next = db.prepare('SELECT coalesce(max(ordinal), -1) + 1 AS n FROM inbox_contributors WHERE review_id = ?').get(row.reviewId) as { n: number };
  db.prepare(`INSERT INTO inbox_contributors (review_id, ministry, name_vi, name_en, ordinal) VALUES (?, ?, ?, ?, ?)
              ON CONFLICT (review_id, ministry) DO NOTHING`).run(row.reviewId, row.ministry, row.nameVi, row.nameEn, Number(next.n));
}

export function deleteContributor(db: Db, reviewId: string, ministry: string): number {
  return Number(db.prepare('DELETE FROM inbox_contributors WHERE review_id = ? AND ministry = ?').run(reviewId, ministry).changes);
}

export function markContributors(db: Db, reviewId: string, ministries: readonly string[], column: 'asked_at' | 'reminded_at', at: string): void {
  const statement = db.prepare(`UPDATE inbox_contributors SET ${column} = ? WHERE review_id = ? AND ministry = ?`);
  for (const m of ministries) statement.run(at, reviewId, m);
}

export interface ContributionRow {
  id: string; reviewId: string; ministry: string; detectedBy: string; fileName: string; fileHash: string; docNumber: string;
  docDate: string | null; receivedAt: string; version: number; supersedes: string | null; lang: string; sections: string; words: number;
  blocks: number;
}

const CONTRIBUTION_COLUMNS = `id, review_id AS reviewId, ministry, detected_by AS detectedBy, file_name AS fileName, file_hash AS fileHash,
  doc_number AS docNumber, doc_date AS docDate, received_at AS receivedAt, version, supersedes, lang, sections, words, blocks`;

/** Every contribution filed under a review (all versions), oldest first; without their content. */
export function selectContributions(db: Db, reviewId: string): ContributionRow[] {
  return db.prepare(`SELECT ${CONTRIBUTION_COLUMNS} FROM inbox_contributions WHERE review_id = ? ORDER BY ministry, version`).all(reviewId) as unknown as ContributionRow[];
}

export function selectContribution(db: Db, id: string): ContributionRow | null {
  return (db.prepare(`SELECT ${CONTRIBUTION_COLUMNS} FROM inbox_contributions WHERE id = ?`).get(id) as ContributionRow | undefined) ?? null;
}

export function selectContributionContent(db: Db, id: string): string | null {
  return (db.prepare('SELECT content FROM inbox_contributions WHERE id = ?').get(id) as { content: string } | undefined)?.content ?? null;
}

export function selectContributionByHash(db: Db, reviewId: string, fileHash: string): ContributionRow | null {
  return (db.prepare(`SELECT ${CONTRIBUTION_COLUMNS} FROM inbox_contributions WHERE review_id = ? AND file_hash = ?`).get(reviewId, fileHash) as ContributionRow | undefined) ?? null;
}

export function selectLatestVersion(db: Db, reviewId: string, ministry: string): { id: string; version: number } | null {
  return (db.prepare('SELECT id, version FROM inbox_contributions WHERE review_id = ? AND ministry = ? ORDER BY version DESC LIMIT 1')
    .get(reviewId, ministry) as { id: string; version: number } | undefined) ?? null;
}

export function insertContribution(db: Db, row: ContributionRow & { content: string }): void {
  db.prepare(`INSERT INTO inbox_contributions (id, review_id, ministry, detected_by, file_name, file_hash, doc_number, doc_date, received_at,
                version, supersedes, lang, content, sections, words, blocks) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
    .run(row.id, row.reviewId, row.ministry, row.detectedBy, row.fileName, row.fileHash, row.docNumber, row.docDate, row.receivedAt,
      row.version, row.supersedes, row.lang, row.content, row.sections, row.words, row.blocks);
}

export function deleteContribution(db: Db, id: string): number {
  return Number(db.prepare('DELETE FROM inbox_contributions WHERE id = ?').run(id).changes);
}

/** Blocks of each source used by a draft (reuse_links, rewritten on each save from the blocks' provenance). */
export function selectUsedBlocks(db: Db, draftId: string): Map<string, number> {
  const rows = db.prepare('SELECT source_id AS sourceId, sum(blocks) AS n FROM reuse_links WHERE draft_id = ? GROUP BY source_id').all(draftId) as { sourceId: string; n: number }[];
  return new Map(rows.map((r) => [r.sourceId, Number(r.n)]));
}

export interface ReturnRow {
  id: string; reviewId: string; ministry: string | null; fileName: string; fileHash: string; importedAt: string;
  comments: number; changes: number; unanchored: string;
}

export function selectReturns(db: Db, reviewId: string): ReturnRow[] {
  return db.prepare(`SELECT id, review_id AS reviewId, ministry, file_name AS fileName, file_hash AS fileHash, imported_at AS importedAt,
                            comments, changes, unanchored FROM inbox_returns WHERE review_id = ? ORDER BY imported_at, file_name`).all(reviewId) as unknown as ReturnRow[];
}

export function selectReturnByHash(db: Db, reviewId: string, fileHash: string): ReturnRow | null {
  return (db.prepare(`SELECT id, review_id AS reviewId, ministry, file_name AS fileName, file_hash AS fileHash, imported_at AS importedAt,
                             comments, changes, unanchored FROM inbox_returns WHERE review_id = ? AND file_hash = ?`).get(reviewId, fileHash) as ReturnRow | undefined) ?? null;
}

export function insertReturn(db: Db, row: ReturnRow): void {
  db.prepare(`INSERT INTO inbox_returns (id, review_id, ministry, file_name, file_hash, imported_at, comments, changes, unanchored)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(row.id, row.reviewId, row.ministry, row.fileName, row.fileHash, row.importedAt, row.comments, row.changes, row.unanchored);
}
