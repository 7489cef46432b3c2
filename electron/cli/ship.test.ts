import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { tempDir } from '../test/temp.ts';

const CLI = resolve(import.meta.dirname, '..', 'cli.ts');

function cli(dataDir: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args, '--data-dir', dataDir], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

test('CLI: backup, backups, restore FILE (after a safety copy), archive export/import with conflicts', (t) => {
  const a = tempDir(t);
  const id = cli(a, 'new', '--title', 'Báo cáo ASEAN 2026', '--year', '2026', '--lang', 'vi').out.trim();
  const backup = cli(a, 'backup');
  assert.equal(backup.code, 0, backup.err);
  const file = backup.out.trim();
  assert.match(file, /library-\d{8}-\d{9}-manual\.sqlite$/);
  cli(a, 'new', '--title', 'Thông cáo', '--year', '2026', '--lang', 'vi');
  const listed = JSON.parse(cli(a, 'backups', '--json').out) as { folder: string; backups: { path: string }[] };
  assert.equal(listed.folder, join(a, 'backups'));
  assert.deepEqual(listed.backups.map((b) => b.path), [file]);
  const restored = cli(a, 'restore', file);
  assert.equal(restored.code, 0, restored.err);
  assert.match(restored.out, /previous state backed up to: .*before-restore\.sqlite/);
  assert.deepEqual(cli(a, 'list').out.trim().split('\n').map((l) => l.split('\t')[5]), ['Báo cáo ASEAN 2026']);
  // `restore ID` (not a file) still restores a review from the trash: see cli.test.ts.

  const archive = join(tempDir(t), 'thư viện.rdlib');
  assert.equal(cli(a, 'archive', 'export', archive, id).code, 0);
  const b = tempDir(t);
  const imported = cli(b, 'archive', 'import', archive);
  assert.equal(imported.code, 0, imported.err);
  assert.match(imported.out, /^new\t/m);
  assert.match(cli(b, 'list').out, /Báo cáo ASEAN 2026/);

  // Changed on both sides: exit 3 and nothing imported until --on-conflict says what to do.
  const { DatabaseSync } = process.getBuiltinModule('node:sqlite');
  for (const [dir, text] of [[a, 'Bản A'], [b, 'Bản B']] as const) {
    const db = new DatabaseSync(join(dir, 'library.sqlite'));
    const content = { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }], direction: null, format: '', indent: 0, version: 1 }], direction: null, format: '', indent: 0, version: 1 } };
    db.prepare('UPDATE reviews SET content = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(content), new Date().toISOString(), id);
    db.close();
  }
  assert.equal(cli(a, 'archive', 'export', archive).code, 0);
  const refused = cli(b, 'archive', 'import', archive);
  assert.equal(refused.code, 3);
  assert.match(refused.err, /--on-conflict/);
  assert.match(refused.out, /^conflict\t/m);
  assert.equal(cli(b, 'archive', 'import', archive, '--on-conflict', 'both').code, 0);
  assert.equal(cli(b, 'list').out.trim().split('\n').length, 2);
});
