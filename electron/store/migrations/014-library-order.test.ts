import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { migrations } from './index.ts';
import { tempDir } from '../../test/temp.ts';
import { databaseBefore, insertReviewRow } from './testing.ts';
import { LIST_ORDER } from '../library-page.ts';

const MINE = migrations.findIndex((m) => m.name === '014-library-order');

function insert(db: DatabaseSync, id: string, year: number, updatedAt: string, deletedAt: string | null = null): void {
  insertReviewRow(db, { id, year, updatedAt, deletedAt });
}

test('014 is registered after 001 and indexes the live reviews in list order', (t) => {
  assert.ok(MINE > migrations.findIndex((m) => m.name === '001-reviews'));
  const { db, up } = databaseBefore(t, '014-library-order');
  insert(db, 'a', 2024, '2024-05-01T00:00:00.000Z');
  insert(db, 'b', 2025, '2025-01-01T00:00:00.000Z', '2025-02-01T00:00:00.000Z');
  up();
  up(); // safe to run again (a development library whose migration count shifted)

  const index = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'reviews_live_order'").get() as { sql: string } | undefined;
  assert.ok(index, 'the index exists');
  assert.match(index.sql, /WHERE deleted_at IS NULL/);

  // The list's page query reads the index in order: no sort of all the rows per page.
  const plan = (db.prepare(`EXPLAIN QUERY PLAN SELECT id FROM reviews WHERE deleted_at IS NULL ORDER BY ${LIST_ORDER} LIMIT 50 OFFSET 100`)
    .all() as { detail: string }[]).map((row) => row.detail).join('\n');
  assert.match(plan, /reviews_live_order/);
  assert.doesNotMatch(plan, /TEMP B-TREE/);
  const counts = (db.prepare('EXPLAIN QUERY PLAN SELECT year, count(*) FROM reviews WHERE deleted_at IS NULL GROUP BY year ORDER BY year DESC')
    .all() as { detail: string }[]).map((row) => row.detail).join('\n');
  assert.match(counts, /reviews_live_order/);

  // Rows written before the migration are in it; trashed ones are not.
  const live = db.prepare(`SELECT id FROM reviews INDEXED BY reviews_live_order WHERE deleted_at IS NULL ORDER BY ${LIST_ORDER}`).all() as { id: string }[];
  assert.deepEqual(live.map((r) => r.id), ['a']);
  db.close();
});

test('014: a page\'s translations are found through the translation_of index, not a scan', (t) => {
  const db = new DatabaseSync(join(tempDir(t), 'lib.sqlite'));
  for (const m of migrations.slice(0, MINE + 1)) m.up(db);
  const plan = (db.prepare(`EXPLAIN QUERY PLAN SELECT id FROM reviews WHERE translation_of IN (?, ?) AND deleted_at IS NULL`)
    .all('a', 'b') as { detail: string }[]).map((row) => row.detail).join('\n');
  assert.match(plan, /reviews_by_translation_of/);
  assert.doesNotMatch(plan, /^SCAN reviews$/m);
  db.close();
});
