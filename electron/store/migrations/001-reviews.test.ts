import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { migrate, openDb, userVersion, SCHEMA_VERSION } from '../db.ts';
import { tempDir } from '../../test/temp.ts';

function tables(db: DatabaseSync): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
}

test('001 creates reviews, versions and settings as STRICT tables', (t) => {
  const db = new DatabaseSync(join(tempDir(t), 'a.sqlite'));
  migrate(db, 1);
  assert.equal(userVersion(db), 1);
  for (const name of ['reviews', 'versions', 'settings']) assert.ok(tables(db).includes(name), name);
  // STRICT: a text where an integer belongs is refused.
  assert.throws(() => db.prepare(`INSERT INTO reviews (id, title, kind, lang, year, status, content, created_at, updated_at)
    VALUES ('x', 't', 'report', 'vi', 'not a year', 'draft', '{}', 'a', 'b')`).run());
  assert.throws(() => db.prepare(`INSERT INTO reviews (id, title, kind, lang, year, status, content, created_at, updated_at)
    VALUES ('x', 't', 'report', 'fr', 2025, 'draft', '{}', 'a', 'b')`).run(), /CHECK/);
  db.close();
});

test('versions cascade with their review (foreign keys are on)', (t) => {
  const db = openDb(join(tempDir(t), 'b.sqlite'));
  db.prepare(`INSERT INTO reviews (id, title, kind, lang, year, status, content, created_at, updated_at)
    VALUES ('r', 't', 'report', 'vi', 2025, 'draft', '{}', 'a', 'b')`).run();
  db.prepare(`INSERT INTO versions (review_id, reason, content, words, created_at) VALUES ('r', 'create', '{}', 0, 'a')`).run();
  assert.throws(() => db.prepare(`INSERT INTO versions (review_id, reason, content, words, created_at) VALUES ('nope', 'create', '{}', 0, 'a')`).run(), /FOREIGN KEY/);
  db.prepare("DELETE FROM reviews WHERE id = 'r'").run();
  assert.equal((db.prepare('SELECT count(*) AS n FROM versions').get() as { n: number }).n, 0);
  db.close();
});

test('opening migrates to the latest version once; reopening is a no-op', (t) => {
  const path = join(tempDir(t), 'c.sqlite');
  openDb(path).close();
  const db = openDb(path);
  assert.equal(userVersion(db), SCHEMA_VERSION);
  assert.equal((db.prepare('PRAGMA journal_mode').get() as { journal_mode: string }).journal_mode, 'wal');
  db.close();
});

test('a database from a newer app is refused, untouched', (t) => {
  const path = join(tempDir(t), 'd.sqlite');
  const raw = new DatabaseSync(path);
  raw.exec(`CREATE TABLE future (x) ; PRAGMA user_version = ${SCHEMA_VERSION + 5}`);
  raw.close();
  assert.throws(() => openDb(path), (error: Error & { code?: string }) => error.code === 'db-too-new' && /newer Review Desk/.test(error.message));
  const after = new DatabaseSync(path);
  assert.equal(userVersion(after), SCHEMA_VERSION + 5);
  assert.deepEqual(tables(after), ['future']);
  after.close();
});

test('a file that is not a database gets a clear message', async (t) => {
  const { writeFileSync } = await import('node:fs');
  const path = join(tempDir(t), 'e.sqlite');
  writeFileSync(path, 'this is not sqlite'.repeat(100));
  assert.throws(() => openDb(path), (error: Error & { code?: string }) => error.code === 'db-unreadable' && error.message.includes(path));
});
