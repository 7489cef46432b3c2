import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { migrate, userVersion } from '../db.ts';
import { migrations } from './index.ts';
import { tempDir } from '../../test/temp.ts';

const MINE = migrations.findIndex((m) => m.name === '011-translation-memory');

function tables(db: DatabaseSync): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
}

test('011 creates the translation memory tables from the state before it; deleting a review cascades', (t) => {
  assert.ok(MINE > 0, '011 is registered');
  const db = new DatabaseSync(join(tempDir(t), 'lib.sqlite'), { enableForeignKeyConstraints: true });
  t.after(() => db.close());
  migrate(db, MINE);
  assert.equal(userVersion(db), MINE);
  assert.ok(!tables(db).includes('tm_units'));
  migrate(db, MINE + 1);
  for (const name of ['tm_pairs', 'tm_units', 'tm_corrections', 'tm_segments']) assert.ok(tables(db).includes(name), name);
  // The fingerprint query reads the covering index, not the reviews' content.
  const plan = (db.prepare(`EXPLAIN QUERY PLAN SELECT count(*), max(updated_at), count(deleted_at), max(deleted_at), count(translation_of),
    total(length(translation_of) * rowid) FROM reviews`).all() as { detail: string }[]).map((r) => r.detail).join(' ');
  assert.match(plan, /COVERING INDEX tm_reviews_fingerprint/);
  const insert = db.prepare(`INSERT INTO reviews (id, title, kind, lang, year, status, content, created_at, updated_at)
    VALUES (?, 't', 'press', ?, 2023, 'final', '{}', 'a', 'b')`);
  insert.run('vi', 'vi');
  insert.run('en', 'en');
  db.prepare("INSERT INTO tm_pairs VALUES ('vi', 'en', 'b', 'b', 'c')").run();
  db.prepare("INSERT INTO tm_units (vi_review_id, en_review_id, ordinal, vi_first, vi_count, en_first, en_count, vi_text, en_text, confidence) VALUES ('vi', 'en', 0, 0, 1, 0, 1, 'Câu.', 'Sentence.', 0.9)").run();
  assert.throws(() => db.prepare("INSERT INTO tm_units (vi_review_id, en_review_id, ordinal, vi_first, vi_count, en_first, en_count, vi_text, en_text, confidence) VALUES ('vi', 'en', 1, 0, 3, 0, 1, 'x', 'y', 1)").run(), /CHECK/);
  db.prepare("INSERT INTO tm_segments (review_id, unit_index, sentence_index, source_text, target_text, kind, score) VALUES ('en', 0, 0, 'Câu.', 'Sentence.', 'exact', 100)").run();
  assert.throws(() => db.prepare("INSERT INTO tm_segments (review_id, unit_index, sentence_index, source_text, target_text, kind, score) VALUES ('en', 0, 1, 'a', 'b', 'maybe', 50)").run(), /CHECK/);
  db.prepare("DELETE FROM reviews WHERE id = 'en'").run();
  for (const name of ['tm_pairs', 'tm_units', 'tm_segments']) {
    assert.equal((db.prepare(`SELECT count(*) AS n FROM ${name}`).get() as { n: number }).n, 0, name);
  }
});
