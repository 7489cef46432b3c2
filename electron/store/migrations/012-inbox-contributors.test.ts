import { test } from 'node:test';
import assert from 'node:assert/strict';
import { migrations } from './index.ts';
import { databaseBefore, insertReviewRow } from './testing.ts';

test('012 creates rounds and contributors from the state before it; they go with their review', (t) => {
  assert.ok(migrations.findIndex((m) => m.name === '012-inbox-contributors') > migrations.findIndex((m) => m.name === '001-reviews'));
  const { db, up } = databaseBefore(t, '012-inbox-contributors');
  insertReviewRow(db, { id: 'd', title: 'Draft' });
  up();
  up(); // IF NOT EXISTS: a library that has the tables already
  db.prepare("INSERT INTO inbox_rounds (review_id, deadline, created_at, updated_at) VALUES ('d', '2026-11-25', 'x', 'x')").run();
  db.prepare("INSERT INTO inbox_contributors (review_id, ministry, name_vi, name_en, ordinal) VALUES ('d', 'moit', 'Bộ Công Thương', 'Ministry of Industry and Trade', 0)").run();
  assert.throws(() => db.prepare("INSERT INTO inbox_contributors (review_id, ministry, name_vi, name_en, ordinal) VALUES ('d', 'moit', 'x', 'x', 1)").run(), /UNIQUE/);
  db.prepare("DELETE FROM reviews WHERE id = 'd'").run();
  assert.equal((db.prepare('SELECT count(*) AS n FROM inbox_contributors').get() as { n: number }).n, 0);
  assert.equal((db.prepare('SELECT count(*) AS n FROM inbox_rounds').get() as { n: number }).n, 0);
  db.close();
});
