import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { migrate, openDb, userVersion, SCHEMA_VERSION } from '../db.ts';
import { migrations } from './index.ts';
import { tempDir } from '../../test/temp.ts';
import { selectReferenceEdits, upsertReferenceEdit } from '../reference-edits.ts';

const MINE = migrations.findIndex((m) => m.name === '005-reference-edits');

test('005 comes after 004', () => {
  assert.ok(MINE > migrations.findIndex((m) => m.name === '004-sections-search'));
});

test('a library from before 005 gets reference_edits, keeps its reviews, and stores edits as JSON', (t) => {
  const path = join(tempDir(t), 'lib.sqlite');
  const raw = new DatabaseSync(path, { enableForeignKeyConstraints: true });
  migrate(raw, MINE);
  raw.prepare(`INSERT INTO reviews (id, title, kind, lang, year, status, content, created_at, updated_at)
    VALUES ('r', 't', 'report', 'vi', 2025, 'draft', '{}', 'a', 'b')`).run();
  raw.close();
  const db = openDb(path);
  t.after(() => db.close());
  assert.equal(userVersion(db), SCHEMA_VERSION);
  assert.equal((db.prepare('SELECT count(*) AS n FROM reviews').get() as { n: number }).n, 1);
  upsertReferenceEdit(db, { kind: 'chairs', key: '2027', field: 'themeEn', value: 'A', updatedAt: '2026-01-01T00:00:00.000Z' });
  upsertReferenceEdit(db, { kind: 'chairs', key: '2027', field: 'themeEn', value: 'B', updatedAt: '2026-01-02T00:00:00.000Z' });
  upsertReferenceEdit(db, { kind: 'ministries', key: 'x', field: 'successors', value: ['mof', 'moc'], updatedAt: '2026-01-03T00:00:00.000Z' });
  assert.deepEqual(selectReferenceEdits(db).map((e) => [e.key, e.field, e.value]), [['2027', 'themeEn', 'B'], ['x', 'successors', ['mof', 'moc']]]);
  assert.throws(() => db.prepare("INSERT INTO reference_edits VALUES ('chairs', 'k', 'f', 'not json', 'now')").run(), /CHECK/);
});
