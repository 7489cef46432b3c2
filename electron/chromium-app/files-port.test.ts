import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { chromiumAppFiles, safeRelativePath } from './files-port.ts';
import { createPathGrants } from '../ipc/path-grants.ts';
import { tempDir } from '../test/temp.ts';

test('relative paths keep the names the user knew and never climb out', () => {
  assert.equal(safeRelativePath('Báo cáo cũ/2023/Tổng kết.docx'), ['Báo cáo cũ', '2023', 'Tổng kết.docx'].join(sep));
  assert.equal(safeRelativePath('../../etc/passwd'), ['etc', 'passwd'].join(sep));
  assert.equal(safeRelativePath('a\\..\\b:c?.txt'), ['a', 'b c .txt'].join(sep));
  assert.throws(() => safeRelativePath('../..'), /Invalid file name/);
});

test('staged files are granted for import; only exports this side placed can be taken back, once', async (t) => {
  const dir = tempDir(t);
  const grants = createPathGrants();
  const port = chromiumAppFiles(dir, grants);
  port.clean();
  const staged = await port.files.stage('batch-1', 'Hồ sơ/Báo cáo.docx', new TextEncoder().encode('xin chào'));
  assert.ok(staged.startsWith(join(dir, 'chromium-app', 'staging', 'batch-1')));
  assert.ok(staged.endsWith(join('Hồ sơ', 'Báo cáo.docx')));
  assert.equal(readFileSync(staged, 'utf8'), 'xin chào');
  assert.equal(grants.allows(staged), true);
  assert.equal(grants.allows(join(dir, 'library.sqlite')), false);
  await assert.rejects(port.files.stage('../x', 'a.txt', new Uint8Array([1])), /batch/);

  const target = (await port.dialogs.pickExport('Báo cáo.docx', 'docx'))!;
  await assert.rejects(port.files.take(join(dir, 'library.sqlite')), /not an export/);
  await assert.rejects(port.files.take(staged), /not an export/);
  writeFileSync(target, 'PK');
  const taken = await port.files.take(target);
  assert.equal(taken.name, 'Báo cáo.docx');
  assert.equal(taken.bytes.toString(), 'PK');
  assert.equal(existsSync(target), false);
  await assert.rejects(port.files.take(target), /not an export/);
  await assert.rejects(port.dialogs.confirm('?'), /shown in the window/);
  port.clean();
  assert.equal(existsSync(staged), false);
});
