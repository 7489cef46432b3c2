import { test } from 'node:test';
import assert from 'node:assert/strict';
import { migrations } from './index.ts';
import { databaseBefore, insertReviewRow } from './testing.ts';

test('007 is registered after 005 and creates reuse_links from the state before it', (t) => {
  assert.ok(migrations.findIndex((m) => m.name === '007-reuse-links') > migrations.findIndex((m) => m.name.startsWith('005')));
  const { db, up } = databaseBefore(t, '007-reuse-links');
  insertReviewRow(db, { id: 'd', title: 'Draft' });
  up();
  db.prepare("INSERT INTO reuse_links (draft_id, source_id, source_section, blocks) VALUES ('d', 's', 'orientations', 3)").run();
  assert.throws(() => db.prepare("INSERT INTO reuse_links (draft_id, source_id, source_section, blocks) VALUES ('d', 's', 'x', 0)").run());
  db.prepare("DELETE FROM reviews WHERE id = 'd'").run();
  assert.equal((db.prepare('SELECT count(*) AS n FROM reuse_links').get() as { n: number }).n, 0, 'links go with their draft');
  db.close();
});
