// SQL for export_settings: one JSON row of export dialog values per review.
import type { Db } from './db.ts';
import type { ExportSettings } from '../shared/export.ts';

export function selectExportSettings(db: Db, reviewId: string): Partial<ExportSettings> | undefined {
  const row = db.prepare('SELECT settings FROM export_settings WHERE review_id = ?').get(reviewId) as
    { settings: string } | undefined;
  return row ? (JSON.parse(row.settings) as Partial<ExportSettings>) : undefined;
}

/** The values of the most recent export in `profile` of any review: defaults for a review never exported
 *  (an English export does not inherit a Vietnamese one's agency and signature, nor the reverse). */
export function selectLatestExportSettings(db: Db, profile: ExportSettings['profile']): Partial<ExportSettings> | undefined {
  const row = db.prepare(`SELECT settings FROM export_settings WHERE json_extract(settings, '$.profile') = ?
    ORDER BY updated_at DESC, rowid DESC LIMIT 1`).get(profile) as { settings: string } | undefined;
  return row ? (JSON.parse(row.settings) as Partial<ExportSettings>) : undefined;
}

export function upsertExportSettings(db: Db, reviewId: string, settings: ExportSettings, at: string): void {
  db.prepare(`INSERT INTO export_settings (review_id, settings, updated_at) VALUES (?, ?, ?)
    ON CONFLICT(review_id) DO UPDATE SET settings = excluded.settings, updated_at = excluded.updated_at`)
    .run(reviewId, JSON.stringify(settings), at);
}
