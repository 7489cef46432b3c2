import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { migrate, userVersion, SCHEMA_VERSION } from '../db.ts';
import { migrations } from './index.ts';
import { SECTION_KEYS_006 } from './006-drafting-section-keys.ts';
import { SECTION_KEYS } from '../../shared/sections.ts';
import { tempDir } from '../../test/temp.ts';
import { createServices, DB_FILE } from '../../services/index.ts';
import { doc, heading, paragraph } from '../../shared/doc-build.ts';
import { listSections } from '../../library/search/service.ts';

const MINE = migrations.findIndex((m) => m.name === '006-drafting-section-keys');

test('006 comes after 005 and lists every section key the app knows', () => {
  assert.ok(MINE > migrations.findIndex((m) => m.name === '005-reference-edits'));
  for (const key of SECTION_KEYS_006) assert.ok((SECTION_KEYS as readonly string[]).includes(key), key);
});

test('a library from before 006 gets section_keys and its reviews re-detected with the new keys at start', (t) => {
  const dir = tempDir(t);
  const raw = new DatabaseSync(join(dir, DB_FILE), { enableForeignKeyConstraints: true });
  migrate(raw, MINE);
  const content = doc([
    heading(1, 'I. TÌNH HÌNH HỢP TÁC ASEAN NĂM 2025'),
    heading(2, '1. Bối cảnh'),
    paragraph('Năm 2025, môi trường quốc tế biến động.'),
    heading(2, '5. Quan hệ đối ngoại của ASEAN'),
    paragraph('ASEAN mở rộng quan hệ với các đối tác.'),
    heading(1, 'IV. KIẾN NGHỊ'),
    paragraph('Đề nghị Thủ tướng chỉ đạo.'),
  ]);
  raw.prepare(`INSERT INTO reviews (id, title, kind, lang, year, status, content, created_at, updated_at)
    VALUES ('old', 'Báo cáo 2025', 'report', 'vi', 2025, 'final', ?, 'a', 'b')`).run(JSON.stringify(content));
  // As indexed by the old detector.
  raw.prepare("INSERT INTO sections VALUES ('old', 0, 'asean-results', 'I.', 0, 7, 0)").run();
  raw.prepare("INSERT INTO library_index VALUES ('old', 1, 'x')").run();
  raw.close();

  const services = createServices({ dataDir: dir, mode: 'cli' });
  t.after(() => services.close());
  assert.equal(userVersion(services.db), SCHEMA_VERSION);
  const keys = (services.db.prepare('SELECT key FROM section_keys WHERE added_in = ? ORDER BY key').all('006') as { key: string }[]).map((r) => r.key);
  assert.deepEqual(keys, ['assessment', 'context', 'external-relations', 'recommendations']);
  assert.deepEqual(listSections(services.db, 'old').map((s) => s.key), ['asean-results', 'context', 'external-relations', 'recommendations']);
});
