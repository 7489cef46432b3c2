// `npm run cli -- import PATH... [--json]`: one line per file, exit code 1 when any file failed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempDir } from '../test/temp.ts';

const CLI = resolve(import.meta.dirname, '..', 'cli.ts');

function cli(args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
}

test('import prints one line per file and exits 1 when a file failed, 0 otherwise', (t) => {
  const data = tempDir(t);
  const dir = tempDir(t);
  writeFileSync(join(dir, 'a.txt'), 'Hội nghị tổng kết hợp tác ASEAN năm 2020 đã diễn ra tại Hà Nội.');
  writeFileSync(join(dir, 'empty.txt'), '');
  const first = cli(['import', join(dir, 'a.txt'), join(dir, 'empty.txt'), '--data-dir', data]);
  assert.equal(first.status, 1, first.stderr);
  const lines = first.stdout.trim().split('\n');
  assert.equal(lines.length, 2);
  assert.match(lines[0]!, /^imported\t[0-9a-f-]{36}\t.*a\.txt\t/);
  assert.match(lines[1]!, /^error\timport-empty\t.*empty\.txt\tempty\.txt: Tệp rỗng .* \/ empty\.txt: The file is empty/);
  const again = cli(['import', join(dir, 'a.txt'), '--json', '--data-dir', data]);
  assert.equal(again.status, 0, again.stderr);
  const [outcome] = JSON.parse(again.stdout) as { status: string }[];
  assert.equal(outcome?.status, 'duplicate');
});

test('a big batch reports progress on stderr, stdout stays one line per file', (t) => {
  const data = tempDir(t);
  const dir = tempDir(t);
  for (let i = 0; i < 10; i++) writeFileSync(join(dir, `r${i}.txt`), `Báo cáo số ${i} về hợp tác ASEAN năm 2020.`);
  const run = cli(['import', dir, '--data-dir', data]);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout.trim().split('\n').length, 10);
  assert.match(run.stderr, /^\[1\/10\] imported /m);
  assert.match(run.stderr, /^\[10\/10\] imported /m);
});

test('--json lists every file of a folder with its outcome and notes, skipped ones with the reason', async (t) => {
  const data = tempDir(t);
  const dir = tempDir(t);
  writeFileSync(join(dir, 'a.txt'), 'Hội nghị tổng kết hợp tác ASEAN năm 2021 đã diễn ra tại Hà Nội.');
  // TCVN3 bytes: converted, with a note naming the encoding.
  writeFileSync(join(dir, 'cu.txt'), Buffer.from('Héi nghÞ tæng kÕt t×nh h×nh hîp t¸c ASEAN n¨m 2019 t¹i Hµ Néi.', 'latin1'));
  writeFileSync(join(dir, 'hong.docx'), 'PK\u0003\u0004 not really a zip');
  writeFileSync(join(dir, 'anh.png'), Buffer.from('89504e470d0a1a0a', 'hex'));
  const run = cli(['import', dir, '--json', '--data-dir', data]);
  assert.equal(run.status, 1, run.stderr);
  const outcomes = JSON.parse(run.stdout) as { file: string; status: string; notes?: { en: string }[]; reason?: { en: string }; message?: { detail?: string } }[];
  const byName = new Map(outcomes.map((o) => [o.file.split(/[\\/]/u).pop(), o]));
  assert.deepEqual([...byName.keys()].sort(), ['a.txt', 'anh.png', 'cu.txt', 'hong.docx']);
  assert.equal(byName.get('a.txt')?.status, 'imported');
  assert.equal(byName.get('cu.txt')?.status, 'imported');
  assert.ok(byName.get('cu.txt')?.notes?.some((n) => /TCVN3/u.test(n.en)), JSON.stringify(byName.get('cu.txt')));
  assert.equal(byName.get('anh.png')?.status, 'skipped');
  assert.match(byName.get('anh.png')?.reason?.en ?? '', /Not a kind that can be imported/u);
  assert.equal(byName.get('hong.docx')?.status, 'error');
  assert.ok(byName.get('hong.docx')?.message?.detail, 'technical detail in its own field');
});
