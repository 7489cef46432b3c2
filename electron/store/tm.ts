// SQL for the translation memory tables (migration 011): small named functions, the db first.
import type { Db } from './db.ts';
import type { AlignedUnit, SegmentKind, SegmentRow, SegmentStatus } from '../shared/tm.ts';

export interface PairKey { viReviewId: string; enReviewId: string }

export interface PairRow extends PairKey { viUpdatedAt: string; enUpdatedAt: string; alignedAt: string }

/** An aligned unit as stored: the shared AlignedUnit of its pair. */
export interface UnitRow extends PairKey, AlignedUnit {}

export interface CorrectionRow extends PairKey { id: number; viSentences: string[]; enSentences: string[]; createdAt: string }

export type { SegmentKind, SegmentStatus, SegmentRow };

export function selectPairs(db: Db): PairRow[] {
  return (db.prepare(`SELECT vi_review_id AS viReviewId, en_review_id AS enReviewId, vi_updated_at AS viUpdatedAt,
                      en_updated_at AS enUpdatedAt, aligned_at AS alignedAt FROM tm_pairs`).all() as unknown as PairRow[]);
}

/** Replaces a pair's alignment (its units) in one go. */
export function replacePairUnits(db: Db, pair: PairRow, units: readonly UnitRow[]): void {
  db.prepare('DELETE FROM tm_pairs WHERE vi_review_id = ? AND en_review_id = ?').run(pair.viReviewId, pair.enReviewId);
  db.prepare('INSERT INTO tm_pairs (vi_review_id, en_review_id, vi_updated_at, en_updated_at, aligned_at) VALUES (?, ?, ?, ?, ?)')
    .run(pair.viReviewId, pair.enReviewId, pair.viUpdatedAt, pair.enUpdatedAt, pair.alignedAt);
  const insert = db.prepare(`INSERT INTO tm_units (vi_review_id, en_review_id, ordinal, vi_first, vi_count, en_first, en_count,
                             vi_text, en_text, confidence, corrected) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  for (const u of units) {
    insert.run(pair.viReviewId, pair.enReviewId, u.ordinal, u.viFirst, u.viCount, u.enFirst, u.enCount, u.viText, u.enText, u.confidence, u.corrected ? 1 : 0);
  }
}

export function countPairUnits(db: Db, key: PairKey): number {
  return (db.prepare('SELECT count(*) AS n FROM tm_units WHERE vi_review_id = ? AND en_review_id = ?').get(key.viReviewId, key.enReviewId) as { n: number }).n;
}

export function deletePair(db: Db, key: PairKey): void {
  db.prepare('DELETE FROM tm_pairs WHERE vi_review_id = ? AND en_review_id = ?').run(key.viReviewId, key.enReviewId);
}

interface UnitDbRow {
  viReviewId: string; enReviewId: string; ordinal: number; viFirst: number; viCount: number; enFirst: number; enCount: number;
  viText: string; enText: string; confidence: number; corrected: number;
}

const UNIT_COLUMNS = `vi_review_id AS viReviewId, en_review_id AS enReviewId, ordinal, vi_first AS viFirst, vi_count AS viCount,
  en_first AS enFirst, en_count AS enCount, vi_text AS viText, en_text AS enText, confidence, corrected`;

function toUnit(row: UnitDbRow): UnitRow {
  return { ...row, corrected: row.corrected === 1 };
}

export function selectPairUnits(db: Db, key: PairKey): UnitRow[] {
  return (db.prepare(`SELECT ${UNIT_COLUMNS} FROM tm_units WHERE vi_review_id = ? AND en_review_id = ? ORDER BY ordinal`)
    .all(key.viReviewId, key.enReviewId) as unknown as UnitDbRow[]).map(toUnit);
}

/** Every unit with text on both sides (what the memory offers), pair by pair. */
export function selectAllTranslatedUnits(db: Db): UnitRow[] {
  return (db.prepare(`SELECT ${UNIT_COLUMNS} FROM tm_units WHERE vi_text != '' AND en_text != '' ORDER BY vi_review_id, en_review_id, ordinal`)
    .all() as unknown as UnitDbRow[]).map(toUnit);
}

export function selectCorrections(db: Db, key: PairKey): CorrectionRow[] {
  const rows = db.prepare(`SELECT id, vi_review_id AS viReviewId, en_review_id AS enReviewId, vi_sentences AS vi, en_sentences AS en,
                           created_at AS createdAt FROM tm_corrections WHERE vi_review_id = ? AND en_review_id = ? ORDER BY id`)
    .all(key.viReviewId, key.enReviewId) as unknown as (PairKey & { id: number; vi: string; en: string; createdAt: string })[];
  return rows.map((r) => ({ id: r.id, viReviewId: r.viReviewId, enReviewId: r.enReviewId, viSentences: JSON.parse(r.vi) as string[], enSentences: JSON.parse(r.en) as string[], createdAt: r.createdAt }));
}

export function insertCorrection(db: Db, key: PairKey, vi: readonly string[], en: readonly string[], at: string): void {
  db.prepare('INSERT INTO tm_corrections (vi_review_id, en_review_id, vi_sentences, en_sentences, created_at) VALUES (?, ?, ?, ?, ?)')
    .run(key.viReviewId, key.enReviewId, JSON.stringify(vi), JSON.stringify(en), at);
}

export function deleteCorrection(db: Db, id: number): void {
  db.prepare('DELETE FROM tm_corrections WHERE id = ?').run(id);
}

export function deleteCorrections(db: Db, key: PairKey): number {
  return Number(db.prepare('DELETE FROM tm_corrections WHERE vi_review_id = ? AND en_review_id = ?').run(key.viReviewId, key.enReviewId).changes);
}

const SEGMENT_COLUMNS = `review_id AS reviewId, unit_index AS unitIndex, sentence_index AS sentenceIndex, source_text AS sourceText,
  target_text AS targetText, kind, score, match_source AS matchSource, match_review_id AS matchReviewId, status`;

export function insertSegments(db: Db, segments: readonly SegmentRow[]): void {
  const insert = db.prepare(`INSERT INTO tm_segments (review_id, unit_index, sentence_index, source_text, target_text, kind, score,
                             match_source, match_review_id, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  for (const s of segments) {
    insert.run(s.reviewId, s.unitIndex, s.sentenceIndex, s.sourceText, s.targetText, s.kind, s.score, s.matchSource, s.matchReviewId, s.status);
  }
}

export function selectSegments(db: Db, reviewId: string): SegmentRow[] {
  return db.prepare(`SELECT ${SEGMENT_COLUMNS} FROM tm_segments WHERE review_id = ? ORDER BY unit_index, sentence_index`)
    .all(reviewId) as unknown as SegmentRow[];
}

/** Records the user's choice for one segment; false when the review has no such segment. */
export function updateSegment(db: Db, reviewId: string, unitIndex: number, sentenceIndex: number,
  patch: { targetText: string; kind: SegmentKind; score: number; matchSource: string | null; matchReviewId: string | null; status: SegmentStatus }): boolean {
  const r = db.prepare(`UPDATE tm_segments SET target_text = ?, kind = ?, score = ?, match_source = ?, match_review_id = ?, status = ?
                        WHERE review_id = ? AND unit_index = ? AND sentence_index = ?`)
    .run(patch.targetText, patch.kind, patch.score, patch.matchSource, patch.matchReviewId, patch.status, reviewId, unitIndex, sentenceIndex);
  return Number(r.changes) > 0;
}

/** Sets or clears a review's translation link without touching its content or updatedAt (an open
 *  editor's autosave must not see a link made elsewhere as a conflicting write). */
export function setTranslationOf(db: Db, reviewId: string, translationOf: string | null): void {
  db.prepare('UPDATE reviews SET translation_of = ? WHERE id = ?').run(translationOf, reviewId);
}

/** A cheap fingerprint of the reviews table: changes when any review is written, trashed or removed. */
export function reviewsFingerprint(db: Db): string {
  const row = db.prepare(`SELECT count(*) AS n, max(updated_at) AS u, count(deleted_at) AS d, max(deleted_at) AS md,
                          count(translation_of) AS t, total(length(translation_of) * rowid) AS tr FROM reviews`).get() as Record<string, unknown>;
  return JSON.stringify(row);
}
