import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { migrate, openDb, userVersion, SCHEMA_VERSION } from '../db.ts';
import { tempDir } from '../../test/temp.ts';
import { insertSource, selectSourceByHashes } from '../sources.ts';

function columns(db: DatabaseSync, table: string): string[] {
  return (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((r) => r.name);
}

test('002 creates the sources table on a fresh database', (t) => {
  const db = new DatabaseSync(join(tempDir(t), 'a.sqlite'), { enableForeignKeyConstraints: true });
  migrate(db, 2);
  assert.equal(userVersion(db), 2);
  assert.deepEqual(columns(db, 'sources'), ['id', 'review_id', 'file_name', 'file_hash', 'text_hash', 'imported_at']);
  // A source must belong to a review.
  assert.throws(() => insertSource(db, { reviewId: 'nope', fileName: 'a.txt', fileHash: 'f', textHash: 't', importedAt: 'x' }), /FOREIGN KEY/);
  db.close();
});

test('002 on a library that already has reviews; sources go with their review', (t) => {
  const path = join(tempDir(t), 'b.sqlite');
  const old = new DatabaseSync(path, { enableForeignKeyConstraints: true });
  migrate(old, 1);
  old.prepare(`INSERT INTO reviews (id, title, kind, lang, year, status, content, created_at, updated_at)
    VALUES ('r', 't', 'report', 'vi', 2025, 'draft', '{}', 'a', 'b')`).run();
  old.close();
  const db = openDb(path);
  assert.equal(userVersion(db), SCHEMA_VERSION);
  insertSource(db, { reviewId: 'r', fileName: 'a.txt', fileHash: 'f1', textHash: 't1', importedAt: 'x' });
  assert.equal(selectSourceByHashes(db, 'f1', '')?.reviewId, 'r');
  assert.equal(selectSourceByHashes(db, 'other', 't1')?.reviewId, 'r');
  assert.equal(selectSourceByHashes(db, 'other', 'other'), undefined);
  db.prepare("DELETE FROM reviews WHERE id = 'r'").run();
  assert.equal(selectSourceByHashes(db, 'f1', 't1'), undefined);
  db.close();
});

test('a second open is a no-op: version and rows unchanged', (t) => {
  const path = join(tempDir(t), 'c.sqlite');
  const first = openDb(path);
  first.prepare(`INSERT INTO reviews (id, title, kind, lang, year, status, content, created_at, updated_at)
    VALUES ('r', 't', 'report', 'vi', 2025, 'draft', '{}', 'a', 'b')`).run();
  insertSource(first, { reviewId: 'r', fileName: 'a.txt', fileHash: 'f', textHash: 't', importedAt: 'x' });
  first.close();
  const second = openDb(path);
  assert.equal(userVersion(second), SCHEMA_VERSION);
  assert.equal((second.prepare('SELECT count(*) AS n FROM sources').get() as { n: number }).n, 1);
  second.close();
});
