import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DatabaseSync } from 'node:sqlite';
import { migrations } from './index.ts';
import { databaseBefore, insertReviewRow } from './testing.ts';

function insert(db: DatabaseSync, id: string, version: number, hash: string, supersedes: string | null) {
  db.prepare(`INSERT INTO inbox_contributions (id, review_id, ministry, detected_by, file_name, file_hash, received_at, version, supersedes, lang, content, words, blocks)
              VALUES (?, 'd', 'moet', 'header', 'f.docx', ?, 'x', ?, ?, 'vi', '{}', 1, 1)`).run(id, hash, version, supersedes);
}

test('013 files contributions with versions under a review, refuses the same bytes twice, and purges with the review', (t) => {
  assert.ok(migrations.findIndex((m) => m.name === '013-inbox-contributions') > migrations.findIndex((m) => m.name === '012-inbox-contributors'));
  const { db, up } = databaseBefore(t, '013-inbox-contributions');
  insertReviewRow(db, { id: 'd', title: 'Draft' });
  up();
  insert(db, 'c1', 1, 'h1', null);
  insert(db, 'c2', 2, 'h2', 'c1');
  assert.throws(() => insert(db, 'c3', 3, 'h1', 'c2'), /UNIQUE/, 'the same file twice');
  assert.throws(() => insert(db, 'c3', 2, 'h3', 'c2'), /UNIQUE/, 'two second versions');
  assert.throws(() => db.prepare(`INSERT INTO inbox_contributions (id, review_id, ministry, detected_by, file_name, file_hash, received_at, version, lang, content, words, blocks)
              VALUES ('c9', 'd', 'x', 'guess', 'f', 'h9', 'x', 1, 'vi', '{}', 1, 1)`).run(), /CHECK/);
  db.prepare("DELETE FROM inbox_contributions WHERE id = 'c1'").run();
  assert.equal((db.prepare("SELECT supersedes FROM inbox_contributions WHERE id = 'c2'").get() as { supersedes: string | null }).supersedes, null);
  db.prepare("INSERT INTO inbox_returns (id, review_id, file_name, file_hash, imported_at) VALUES ('r', 'd', 'back.docx', 'h', 'x')").run();
  db.prepare("DELETE FROM reviews WHERE id = 'd'").run();
  assert.equal((db.prepare('SELECT count(*) AS n FROM inbox_contributions').get() as { n: number }).n, 0);
  assert.equal((db.prepare('SELECT count(*) AS n FROM inbox_returns').get() as { n: number }).n, 0);
  db.close();
});
