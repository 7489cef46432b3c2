// Faults on a real file system: a full disk during save, export and backup, and a data folder that
// turns read-only, on a small tmpfs mounted for the test (root only; skipped with the reason otherwise).
// Each asserts that nothing already saved is lost and that the user gets a message they can act on.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, writeSync, closeSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices } from '../services/index.ts';
import { doc, paragraph } from '../shared/doc-build.ts';
import { serializeError } from '../shared/errors.ts';
import { checkDatabaseFile } from '../backup/backups.ts';

/** A tmpfs of `size` mounted for this test, or the reason it cannot be. */
function smallDisk(t: TestContext, size: string): string | { skip: string } {
  if (process.platform !== 'linux') return { skip: 'tmpfs mounts are Linux-only' };
  if (process.getuid?.() !== 0) return { skip: 'mounting a tmpfs needs root' };
  const dir = mkdtempSync(join(tmpdir(), 'rd-small-disk-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { encoding: 'utf8' });
  if (mounted.status !== 0) { rmSync(dir, { recursive: true, force: true }); return { skip: `mount -t tmpfs failed: ${mounted.stderr.trim() || mounted.status}` }; }
  t.after(() => { spawnSync('umount', ['-l', dir]); rmSync(dir, { recursive: true, force: true }); });
  return dir;
}

/** Fills the file system at dir until it is full; returns the filler's path. */
function fill(dir: string): string {
  const path = join(dir, 'filler.bin');
  const fd = openSync(path, 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    assert.equal((error as NodeJS.ErrnoException).code, 'ENOSPC');
  } finally {
    closeSync(fd);
  }
  // Then the last few bytes too.
  const small = openSync(join(dir, 'filler-small.bin'), 'w');
  try { for (;;) writeSync(small, Buffer.alloc(512, 1)); } catch { /* full */ } finally { closeSync(small); }
  return path;
}

const big = (label: string) => doc(Array.from({ length: 400 }, (_, i) => paragraph(`${label} ${i}: Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58 đã thông qua Tuyên bố chung về hợp tác khu vực. `.repeat(8))));

test('a full disk during save, export and backup: clear messages, no partial files, everything saved before intact', (t) => {
  const disk = smallDisk(t, '6m');
  if (typeof disk !== 'string') { t.skip(disk.skip); return; }
  const dataDir = join(disk, 'Review Desk');
  const services = createServices({ dataDir, mode: 'cli' });
  const review = services.reviews.create({ title: 'Báo cáo tổng kết 2026', year: 2026, lang: 'vi', content: doc([paragraph('Đã lưu trước khi đĩa đầy.')]) });
  services.reviews.save(review.id, doc([paragraph('Bản đã lưu cuối cùng.')]), 'manual');
  const exportsDir = join(disk, 'exports');
  mkdirSync(exportsDir);
  fill(disk);

  // Save: refused with the disk-full message; the last saved text is what the library holds.
  let saveError: unknown = null;
  try { services.reviews.save(review.id, big('Bản không lưu được'), 'manual'); } catch (error) { saveError = error; }
  assert.ok(saveError, 'the save failed');
  const serialized = serializeError(saveError);
  assert.equal(serialized.code, 'disk-full');
  assert.match(serialized.message.en, /disk holding the library is full[\s\S]*intact/);
  assert.match(serialized.message.vi, /đã đầy/);
  assert.match(JSON.stringify(services.reviews.get(review.id).content), /Bản đã lưu cuối cùng/);

  return (async () => {
    // Export: refused, no temp file left beside the target.
    await assert.rejects(services.export.docx(review.id, services.export.settingsFor(review.id), join(exportsDir, 'bao-cao.docx')), (error: unknown) => serializeError(error).code === 'export-disk-full');
    assert.deepEqual(readdirSync(exportsDir), []);
    // Backup: refused with its message, no partial backup listed or left.
    await assert.rejects(services.backups.backupNow('manual'), { code: 'backup-failed' });
    assert.deepEqual(services.backups.list(), []);
    assert.deepEqual(existsSync(join(dataDir, 'backups')) ? readdirSync(join(dataDir, 'backups')) : [], []);

    // Space comes back: everything saved before is there, and work goes on.
    rmSync(join(disk, 'filler.bin'));
    rmSync(join(disk, 'filler-small.bin'));
    services.close();
    checkDatabaseFile(join(dataDir, 'library.sqlite'));
    const reopened = createServices({ dataDir, mode: 'cli' });
    t.after(() => reopened.close());
    assert.match(JSON.stringify(reopened.reviews.get(review.id).content), /Bản đã lưu cuối cùng/);
    reopened.reviews.save(review.id, big('Lưu được sau khi giải phóng'), 'manual');
    const exported = await reopened.export.docx(review.id, reopened.export.settingsFor(review.id), join(exportsDir, 'bao-cao.docx'));
    assert.equal(readFileSync(exported.path).subarray(0, 2).toString(), 'PK');
    assert.equal((await reopened.backups.backupNow('manual')).kind, 'manual');
  })();
});

test('a read-only data folder: the library opens or says why, saves are refused with a clear message, nothing saved is lost', (t) => {
  const disk = smallDisk(t, '8m');
  if (typeof disk !== 'string') { t.skip(disk.skip); return; }
  const dataDir = join(disk, 'Review Desk');
  const first = createServices({ dataDir, mode: 'cli' });
  const review = first.reviews.create({ title: 'Báo cáo', year: 2026, lang: 'vi', content: doc([paragraph('Đã lưu.')]) });
  first.close();
  const remount = spawnSync('mount', ['-o', 'remount,ro', disk], { encoding: 'utf8' });
  if (remount.status !== 0) { t.skip(`remount read-only failed: ${remount.stderr.trim()}`); return; }
  t.after(() => { spawnSync('mount', ['-o', 'remount,rw', disk]); });
  const before = readFileSync(join(dataDir, 'library.sqlite'));
  let services: ReturnType<typeof createServices> | null = null;
  let openError: unknown = null;
  try { services = createServices({ dataDir, mode: 'cli' }); } catch (error) { openError = error; }
  if (!services) {
    // Refused at open: a message naming the folder, not a crash.
    assert.ok(['db-unreadable', 'library-read-only'].includes(serializeError(openError).code), serializeError(openError).code);
    assert.match(serializeError(openError).message.en, new RegExp(dataDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  } else {
    const open = services;
    t.after(() => open.close());
    assert.match(JSON.stringify(open.reviews.get(review.id).content), /Đã lưu\./);
    let failure: unknown = null;
    try { open.reviews.save(review.id, doc([paragraph('Không lưu được.')]), 'manual'); } catch (error) { failure = error; }
    assert.ok(failure, 'the save failed');
    assert.equal(serializeError(failure).code, 'library-read-only');
    assert.match(serializeError(failure).message.en, /read-only[\s\S]*intact/);
    assert.match(JSON.stringify(open.reviews.get(review.id).content), /Đã lưu\./);
  }
  assert.deepEqual(readFileSync(join(dataDir, 'library.sqlite')), before);
});
