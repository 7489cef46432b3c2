import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../shared/errors.ts';
import { tempDir } from '../test/temp.ts';
import { realFs, writeFileAtomic, type WriteFs } from './atomic-write.ts';

const bytes = (s: string) => new TextEncoder().encode(s);
function fsError(code: string): Error {
  return Object.assign(new Error(`${code}: injected`), { code });
}
function assertAppError(code: string, path: string) {
  return (error: unknown) => {
    assert.ok(error instanceof AppError, String(error));
    assert.equal(error.code, code);
    assert.ok(error.userMessage.vi.includes(path) && error.userMessage.en.includes(path), 'both messages name the path');
    return true;
  };
}

test('writes a new file and replaces an earlier one, leaving no temp file', (t) => {
  const dir = tempDir(t);
  const target = join(dir, 'Báo cáo 2025.docx');
  writeFileAtomic(target, bytes('first'));
  writeFileAtomic(target, bytes('second'));
  assert.equal(readFileSync(target, 'utf8'), 'second');
  assert.deepEqual(readdirSync(dir), ['Báo cáo 2025.docx']);
});

test('a missing folder, or a file where a folder should be, is a clear error', (t) => {
  const dir = tempDir(t);
  const missing = join(dir, 'không có', 'a.docx');
  assert.throws(() => writeFileAtomic(missing, bytes('x')), assertAppError('export-missing-folder', missing));
  writeFileSync(join(dir, 'file'), 'x');
  const underFile = join(dir, 'file', 'a.docx');
  assert.throws(() => writeFileAtomic(underFile, bytes('x')), assertAppError('export-missing-folder', underFile));
  assert.deepEqual(readdirSync(dir), ['file']);
});

test('a target that is a folder is refused and the folder kept', (t) => {
  const dir = tempDir(t);
  const target = join(dir, 'out.docx');
  mkdirSync(target);
  writeFileSync(join(target, 'inside.txt'), 'kept');
  assert.throws(() => writeFileAtomic(target, bytes('x')), assertAppError('export-target-is-folder', target));
  assert.equal(readFileSync(join(target, 'inside.txt'), 'utf8'), 'kept');
  assert.deepEqual(readdirSync(dir), ['out.docx']);
});

test('a full disk (ENOSPC while writing) keeps the earlier export and removes the temp file', (t) => {
  const dir = tempDir(t);
  const target = join(dir, 'a.docx');
  writeFileSync(target, 'earlier export');
  let written = 0;
  const fullDisk: WriteFs = { ...realFs, writeSync: (fd, data, offset, length) => {
    if (written > 0) throw fsError('ENOSPC');
    written = realFs.writeSync(fd, data, offset, Math.min(length, 3));
    return written;
  } };
  assert.throws(() => writeFileAtomic(target, bytes('new content that does not fit'), fullDisk), assertAppError('export-disk-full', target));
  assert.equal(readFileSync(target, 'utf8'), 'earlier export');
  assert.deepEqual(readdirSync(dir), ['a.docx']);
});

test('a file open in Word (EBUSY/EPERM on rename) keeps the earlier export', (t) => {
  for (const code of ['EBUSY', 'EPERM', 'EACCES']) {
    const dir = tempDir(t);
    const target = join(dir, 'a.docx');
    writeFileSync(target, 'earlier export');
    const locked: WriteFs = { ...realFs, renameSync: () => { throw fsError(code); } };
    assert.throws(() => writeFileAtomic(target, bytes('new'), locked), assertAppError('export-file-busy', target));
    assert.equal(readFileSync(target, 'utf8'), 'earlier export');
    assert.deepEqual(readdirSync(dir), ['a.docx'], `${code}: temp file removed`);
  }
});

test('a folder without write permission is a clear error', (t) => {
  const dir = tempDir(t);
  const target = join(dir, 'a.docx');
  // Root ignores chmod, so the permission failure is injected at the first write (opening the temp file).
  const denied: WriteFs = { ...realFs, openSync: () => { throw fsError('EACCES'); } };
  assert.throws(() => writeFileAtomic(target, bytes('x'), denied), assertAppError('export-no-permission', target));
  assert.deepEqual(readdirSync(dir), []);
});

test('a read-only folder, for real', { skip: process.getuid?.() === 0 ? 'skipped: running as root, which ignores folder permissions (the injected EACCES test covers the mapping)' : false }, (t) => {
  const dir = tempDir(t);
  const locked = join(dir, 'locked');
  mkdirSync(locked);
  chmodSync(locked, 0o555);
  const target = join(locked, 'a.docx');
  try {
    assert.throws(() => writeFileAtomic(target, bytes('x')), assertAppError('export-no-permission', target));
  } finally {
    chmodSync(locked, 0o755); // before the temp folder is removed
  }
});
