// SQL for the sources table: which file each imported review came from, for duplicate detection.
import type { Db } from './db.ts';

export interface SourceRecord {
  reviewId: string;
  fileName: string;
  fileHash: string;
  textHash: string;
  importedAt: string;
}

interface SourceRow {
  review_id: string;
  file_name: string;
  file_hash: string;
  text_hash: string;
  imported_at: string;
}

function toRecord(row: SourceRow): SourceRecord {
  return { reviewId: row.review_id, fileName: row.file_name, fileHash: row.file_hash, textHash: row.text_hash, importedAt: row.imported_at };
}

export function insertSource(db: Db, source: SourceRecord): void {
  db.prepare('INSERT INTO sources (review_id, file_name, file_hash, text_hash, imported_at) VALUES (?, ?, ?, ?, ?)')
    .run(source.reviewId, source.fileName, source.fileHash, source.textHash, source.importedAt);
}

/** The earliest source with the same bytes or the same normalized text, if any. */
export function selectSourceByHashes(db: Db, fileHash: string, textHash: string): SourceRecord | undefined {
  const row = db.prepare(`SELECT review_id, file_name, file_hash, text_hash, imported_at FROM sources
                          WHERE file_hash = ? OR text_hash = ? ORDER BY id LIMIT 1`).get(fileHash, textHash) as SourceRow | undefined;
  return row ? toRecord(row) : undefined;
}

export function selectSourcesOfReview(db: Db, reviewId: string): SourceRecord[] {
  const rows = db.prepare(`SELECT review_id, file_name, file_hash, text_hash, imported_at FROM sources
                           WHERE review_id = ? ORDER BY id`).all(reviewId) as unknown as SourceRow[];
  return rows.map(toRecord);
}
