import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { migrate, openDb, userVersion, SCHEMA_VERSION } from '../db.ts';
import { migrations } from './index.ts';
import { tempDir } from '../../test/temp.ts';
import { createServices, DB_FILE } from '../../services/index.ts';
import { doc, paragraph } from '../../shared/doc-build.ts';
import { searchLibrary } from '../../library/search/service.ts';
import { listSections } from '../../library/search/service.ts';

const MINE = migrations.findIndex((m) => m.name === '004-sections-search');

function names(db: DatabaseSync): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger') ORDER BY name").all() as { name: string }[]).map((r) => r.name);
}

test('004 is registered after 002 and 003', () => {
  assert.ok(MINE >= 0);
  assert.ok(migrations.findIndex((m) => m.name.startsWith('003')) < MINE);
  assert.ok(migrations.findIndex((m) => m.name.startsWith('002')) < MINE);
});

test('a fresh library migrates to the latest version with the sections and search tables; reopening is a no-op', (t) => {
  const path = join(tempDir(t), 'fresh.sqlite');
  const db = openDb(path);
  assert.equal(userVersion(db), SCHEMA_VERSION);
  for (const name of ['sections', 'search_blocks', 'search_fts', 'library_index', 'search_blocks_unindex']) assert.ok(names(db).includes(name), name);
  const before = names(db);
  db.close();
  const again = openDb(path);
  assert.equal(userVersion(again), SCHEMA_VERSION);
  assert.deepEqual(names(again), before);
  // STRICT + CHECK: a corrected flag must be 0 or 1.
  again.prepare(`INSERT INTO reviews (id, title, kind, lang, year, status, content, created_at, updated_at)
    VALUES ('r', 't', 'report', 'vi', 2025, 'draft', '{}', 'a', 'b')`).run();
  assert.throws(() => again.prepare("INSERT INTO sections VALUES ('r', 0, 'meeting', 't', 0, 1, 2)").run(), /CHECK/);
  again.close();
});

test('a library from before 004, with reviews, gets the tables and its reviews indexed at start', (t) => {
  const dir = tempDir(t);
  const raw = new DatabaseSync(join(dir, DB_FILE), { enableForeignKeyConstraints: true });
  migrate(raw, MINE);
  assert.equal(userVersion(raw), MINE);
  const content = doc([
    paragraph('Ngày 9/12, Thứ trưởng Đặng Hoàng Giang đã chủ trì cuộc họp liên ngành.'),
    paragraph('Trao đổi về các định hướng tham gia hợp tác ASEAN năm 2026, các bộ, ngành nhất trí.'),
  ]);
  raw.prepare(`INSERT INTO reviews (id, title, kind, lang, year, status, content, created_at, updated_at)
    VALUES ('old', 'Báo cáo cũ', 'report', 'vi', 2025, 'final', ?, '2025-12-10T00:00:00.000Z', '2025-12-10T00:00:00.000Z')`).run(JSON.stringify(content));
  raw.close();

  const services = createServices({ dataDir: dir, mode: 'cli' });
  t.after(() => services.close());
  assert.equal(userVersion(services.db), SCHEMA_VERSION);
  const hits = searchLibrary(services.db, { q: 'dang hoang giang' });
  assert.deepEqual(hits.map((h) => [h.reviewId, h.blockIndex]), [['old', 0]]);
  assert.deepEqual(listSections(services.db, 'old').map((s) => s.key), ['meeting', 'orientations']);
  // Opening again does not index twice.
  const rows = (services.db.prepare('SELECT count(*) AS n FROM search_blocks').get() as { n: number }).n;
  services.close();
  const reopened = createServices({ dataDir: dir, mode: 'cli' });
  t.after(() => reopened.close());
  assert.equal((reopened.db.prepare('SELECT count(*) AS n FROM search_blocks').get() as { n: number }).n, rows);
});
