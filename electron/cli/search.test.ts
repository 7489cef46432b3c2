import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { tempDir } from '../test/temp.ts';
import { createServices } from '../services/index.ts';
import { seedDoc } from '../library/sections/testing/seed-docs.ts';
import type { SearchHit } from '../shared/library.ts';

const CLI = resolve(import.meta.dirname, '..', 'cli.ts');

function cli(dataDir: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args, '--data-dir', dataDir], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

test('search from the CLI: folding, filters, --json, text output with marked hits', (t) => {
  const dir = tempDir(t);
  const services = createServices({ dataDir: dir, mode: 'cli' });
  const vi = services.reviews.create({ title: 'Tổng kết 2025', year: 2025, lang: 'vi', content: seedDoc('002') }).id;
  const en = services.reviews.create({ title: 'Review 2023', year: 2023, lang: 'en', content: seedDoc('003') }).id;
  services.close();

  const json = cli(dir, 'search', 'dang hoang giang', '--json');
  assert.equal(json.code, 0, json.err);
  const hits = JSON.parse(json.out) as SearchHit[];
  assert.ok(hits.length > 0 && hits.every((h) => h.reviewId === vi));

  const text = cli(dir, 'search', 'dang', 'hoang', 'giang');
  assert.match(text.out, /\[Đặng Hoàng Giang\]|\[Đặng\] \[Hoàng\] \[Giang\]/);

  const byYear = JSON.parse(cli(dir, 'search', 'asean', '--year', '2023', '--json').out) as SearchHit[];
  assert.ok(byYear.length > 0 && byYear.every((h) => h.reviewId === en));
  const byRange = JSON.parse(cli(dir, 'search', 'asean', '--year', '2020-2030', '--limit', '500', '--json').out) as SearchHit[];
  assert.deepEqual(new Set(byRange.map((h) => h.reviewId)), new Set([vi, en]));
  const byLang = JSON.parse(cli(dir, 'search', 'asean', '--lang', 'vi', '--json').out) as SearchHit[];
  assert.ok(byLang.every((h) => h.lang === 'vi'));
  const bySection = JSON.parse(cli(dir, 'search', 'asean', '--section', 'orientations', '--json').out) as SearchHit[];
  assert.ok(bySection.length > 0 && bySection.every((h) => h.section === 'orientations'));

  assert.match(cli(dir, 'search', 'khongcotu').out, /Không tìm thấy/);
  assert.equal(cli(dir, 'search', '"', 'AND', '(').code, 0);
  const bad = cli(dir, 'search', 'asean', '--year', 'abc');
  assert.equal(bad.code, 1);
  assert.match(bad.err, /Năm không hợp lệ/);
  assert.equal(cli(dir, 'search', 'asean', '--section', 'nope').code, 1);
});
