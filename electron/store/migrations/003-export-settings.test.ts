import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openDb } from '../db.ts';
import { tempDir } from '../../test/temp.ts';
import { selectExportSettings, selectLatestExportSettings, upsertExportSettings } from '../export-settings.ts';
import { SAMPLE_SETTINGS } from '../../docx/testing/sample-review.ts';

function insertReview(db: ReturnType<typeof openDb>, id: string) {
  db.prepare(`INSERT INTO reviews (id, title, kind, lang, year, status, content, created_at, updated_at)
    VALUES (?, 't', 'report', 'vi', 2025, 'draft', '{}', 'a', 'b')`).run(id);
}

test('003 keeps export settings per review, newest first, and drops them with their review', (t) => {
  const db = openDb(join(tempDir(t), 'x.sqlite'));
  t.after(() => db.close());
  const columns = (db.prepare('PRAGMA table_info(export_settings)').all() as { name: string }[]).map((c) => c.name);
  assert.deepEqual(columns, ['review_id', 'settings', 'updated_at']);
  insertReview(db, 'a');
  insertReview(db, 'b');
  assert.equal(selectLatestExportSettings(db, 'decree30'), undefined);
  upsertExportSettings(db, 'a', { ...SAMPLE_SETTINGS, agency: 'Vụ A' }, '2026-01-01T00:00:00.000Z');
  upsertExportSettings(db, 'b', { ...SAMPLE_SETTINGS, agency: 'Vụ B' }, '2026-01-02T00:00:00.000Z');
  upsertExportSettings(db, 'a', { ...SAMPLE_SETTINGS, agency: 'Vụ A2' }, '2026-01-03T00:00:00.000Z');
  assert.equal(selectExportSettings(db, 'a')?.agency, 'Vụ A2');
  assert.equal(selectLatestExportSettings(db, 'decree30')?.agency, 'Vụ A2');
  assert.throws(() => upsertExportSettings(db, 'nope', SAMPLE_SETTINGS, 'x'), /FOREIGN KEY/);
  db.prepare("DELETE FROM reviews WHERE id = 'a'").run();
  assert.equal(selectExportSettings(db, 'a'), undefined);
  assert.equal(selectLatestExportSettings(db, 'decree30')?.agency, 'Vụ B');
  // The latest of each profile: an English export does not inherit a Vietnamese one's values.
  assert.equal(selectLatestExportSettings(db, 'international'), undefined);
  upsertExportSettings(db, 'b', { ...SAMPLE_SETTINGS, profile: 'international', agency: 'ASEAN Department' }, '2026-01-04T00:00:00.000Z');
  assert.equal(selectLatestExportSettings(db, 'international')?.agency, 'ASEAN Department');
});
