import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { tempDir } from './test/temp.ts';

const CLI = resolve(import.meta.dirname, 'cli.ts');

function cli(dataDir: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args, '--data-dir', dataDir], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

test('new, list, show, delete, restore through the CLI on a real library folder', (t) => {
  const dir = tempDir(t);
  const created = cli(dir, 'new', '--title', 'Báo cáo tổng kết 2026', '--year', '2026', '--lang', 'vi');
  assert.equal(created.code, 0, created.err);
  const id = created.out.trim();
  assert.match(id, /^[0-9a-f-]{36}$/);

  const listed = cli(dir, 'list', '--json');
  const reviews = JSON.parse(listed.out) as { id: string; title: string; year: number }[];
  assert.deepEqual(reviews.map((r) => [r.id, r.title, r.year]), [[id, 'Báo cáo tổng kết 2026', 2026]]);

  assert.match(cli(dir, 'show', id).out, /Báo cáo tổng kết 2026/);
  assert.equal(cli(dir, 'delete', id).code, 0);
  assert.equal(JSON.parse(cli(dir, 'list', '--json').out).length, 0);
  assert.equal(JSON.parse(cli(dir, 'list', '--trash', '--json').out).length, 1);
  assert.equal(cli(dir, 'restore', id).code, 0);
  assert.equal(JSON.parse(cli(dir, 'list', '--json').out).length, 1);
});

test('CLI errors are clear, bilingual, and exit non-zero', (t) => {
  const dir = tempDir(t);
  const bad = cli(dir, 'new', '--title', 'X', '--year', '1800', '--lang', 'vi');
  assert.notEqual(bad.code, 0);
  assert.match(bad.err, /không hợp lệ/);
  assert.match(bad.err, /--year/);
  const missing = cli(dir, 'show', 'nope');
  assert.equal(missing.code, 1);
  assert.match(missing.err, /Không tìm thấy báo cáo/);
  assert.match(missing.err, /Could not find the review/);
  const unknown = cli(dir, 'frobnicate');
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /usage: npm run cli/);
});
