import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DatabaseSync } from 'node:sqlite';
import { migrations } from './index.ts';
import { databaseBefore, insertReviewRow } from './testing.ts';
import { TRASH_ORDER } from '../library-choices.ts';

function insert(db: DatabaseSync, id: string, deletedAt: string | null): void {
  insertReviewRow(db, { id, year: 2024, updatedAt: '2024-01-01T00:00:00.000Z', deletedAt });
}

test('015 is registered after 001 and serves the trash page and count from a partial index', (t) => {
  assert.ok(migrations.findIndex((m) => m.name === '015-trash-order') > migrations.findIndex((m) => m.name === '001-reviews'));
  const { db, up } = databaseBefore(t, '015-trash-order');
  insert(db, 'a', null);
  insert(db, 'b', '2025-02-01T00:00:00.000Z');
  insert(db, 'c', '2025-03-01T00:00:00.000Z');
  up();
  up(); // safe to run again

  const index = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'reviews_trash_order'").get() as { sql: string } | undefined;
  assert.ok(index, 'the index exists');
  assert.match(index.sql, /WHERE deleted_at IS NOT NULL/);
  const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((row) => row.detail).join('\n');
  const page = plan(`SELECT id FROM reviews WHERE deleted_at IS NOT NULL ORDER BY ${TRASH_ORDER} LIMIT 50 OFFSET 100`);
  assert.match(page, /reviews_trash_order/);
  assert.doesNotMatch(page, /TEMP B-TREE/);
  assert.match(plan('SELECT count(*) FROM reviews WHERE deleted_at IS NOT NULL'), /reviews_trash_order/);
  // Rows trashed before the migration are in it, in order; live ones are not.
  const rows = db.prepare(`SELECT id FROM reviews INDEXED BY reviews_trash_order WHERE deleted_at IS NOT NULL ORDER BY ${TRASH_ORDER}`).all() as { id: string }[];
  assert.deepEqual(rows.map((r) => r.id), ['c', 'b']);
  db.close();
});
