import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { migrations } from './index.ts';
import { tempDir } from '../../test/temp.ts';

const MINE = migrations.findIndex((m) => m.name === '007-reuse-links');

test('007 is registered after 005 and creates reuse_links from the state before it', (t) => {
  assert.ok(MINE > migrations.findIndex((m) => m.name.startsWith('005')));
  const db = new DatabaseSync(join(tempDir(t), 'lib.sqlite'));
  db.exec('PRAGMA foreign_keys = ON');
  for (const m of migrations.slice(0, MINE)) m.up(db);
  db.prepare(`INSERT INTO reviews (id, title, kind, lang, year, status, fields, content, translation_of, created_at, updated_at, deleted_at)
              VALUES ('d', 'Draft', 'report', 'vi', 2026, 'draft', '{}', '{}', NULL, 'x', 'x', NULL)`).run();
  migrations[MINE]!.up(db);
  db.prepare("INSERT INTO reuse_links (draft_id, source_id, source_section, blocks) VALUES ('d', 's', 'orientations', 3)").run();
  assert.throws(() => db.prepare("INSERT INTO reuse_links (draft_id, source_id, source_section, blocks) VALUES ('d', 's', 'x', 0)").run());
  db.prepare("DELETE FROM reviews WHERE id = 'd'").run();
  assert.equal((db.prepare('SELECT count(*) AS n FROM reuse_links').get() as { n: number }).n, 0, 'links go with their draft');
  db.close();
});
