import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { createServices } from '../services/index.ts';
import { doc, paragraph } from '../shared/doc-build.ts';
import { tempDir } from '../test/temp.ts';
import { backupFileName, backupsToPrune, CheckNotRunError, checkDatabaseFile, checkDatabaseFileOffThread, checkDatabaseFileSoon, listBackups, parseBackupName, weekKey, type BackupInfo } from './backups.ts';
import { backupFolderFor } from './service.ts';
import { diagnoseLibrary, recoverFromBackup } from './recover.ts';

function info(createdAt: string, kind: BackupInfo['kind'] = 'daily'): BackupInfo {
  const file = backupFileName(new Date(createdAt), kind);
  return { file, path: file, kind, createdAt, bytes: 1 };
}

test('backup names round-trip and ISO weeks are right across a year end', () => {
  const name = backupFileName(new Date('2026-12-01T08:30:05.123Z'), 'start');
  assert.equal(name, 'library-20261201-083005123-start.sqlite');
  assert.deepEqual(parseBackupName(name), { kind: 'start', createdAt: '2026-12-01T08:30:05.123Z' });
  assert.equal(parseBackupName('library-2026.sqlite'), null);
  assert.equal(parseBackupName(`${name}.partial`), null);
  assert.equal(weekKey('2026-01-01T00:00:00Z'), '2026-W01');
  assert.equal(weekKey('2027-01-01T00:00:00Z'), '2026-W53');
  assert.equal(weekKey('2024-12-30T00:00:00Z'), '2025-W01');
});

test('retention keeps the newest of the last 7 days and of the last 4 weeks, and 3 pre-restore copies', () => {
  // Two backups a day for 60 days, newest first.
  const list: BackupInfo[] = [];
  for (let day = 0; day < 60; day++) {
    const date = new Date(Date.UTC(2026, 10, 30) - day * 86_400_000);
    list.push(info(new Date(date.getTime() + 15 * 3600_000).toISOString()));
    list.push(info(new Date(date.getTime() + 8 * 3600_000).toISOString(), 'start'));
  }
  for (let i = 0; i < 5; i++) list.push(info(`2026-11-0${i + 1}T12:00:00.000Z`, 'before-restore'));
  list.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const doomed = new Set(backupsToPrune(list).map((b) => b.file));
  const kept = list.filter((b) => !doomed.has(b.file));
  const daily = kept.filter((b) => b.kind !== 'before-restore');
  const days = new Set(daily.map((b) => b.createdAt.slice(0, 10)));
  // The newest 7 days each keep their newest backup; older ones only as the newest of their week.
  for (let day = 0; day < 7; day++) assert.ok(days.has(new Date(Date.UTC(2026, 10, 30) - day * 86_400_000).toISOString().slice(0, 10)));
  const weeks = new Set(daily.map((b) => weekKey(b.createdAt)));
  assert.equal(weeks.size, 4);
  assert.ok(daily.length <= 7 + 4 && daily.length >= 7);
  assert.equal(kept.filter((b) => b.kind === 'before-restore').length, 3);
  // Each kept one is its day's newest.
  for (const b of daily) assert.ok(!list.some((o) => o.kind !== 'before-restore' && o.createdAt.slice(0, 10) === b.createdAt.slice(0, 10) && o.createdAt > b.createdAt));
});

test('a backup is a consistent copy taken with the online backup API while the library is open, and restore brings it back after backing up the current state', async (t) => {
  const dataDir = tempDir(t);
  const services = createServices({ dataDir, mode: 'cli' });
  t.after(() => services.close());
  const review = services.reviews.create({ title: 'Báo cáo 2026', year: 2026, lang: 'vi', content: doc([paragraph('Bản thứ nhất.')]) });
  const first = await services.backups.backupNow('manual');
  assert.equal(first.kind, 'manual');
  assert.ok(first.path.startsWith(join(dataDir, 'backups')));
  assert.deepEqual(readdirSync(join(dataDir, 'backups')), [first.file]); // no .partial, no -wal left behind
  // The copy is a self-contained database file holding the review.
  const copy = new DatabaseSync(first.path, { readOnly: true });
  assert.equal((copy.prepare('PRAGMA journal_mode').get() as { journal_mode: string }).journal_mode, 'delete');
  assert.equal((copy.prepare('SELECT title FROM reviews').get() as { title: string }).title, 'Báo cáo 2026');
  copy.close();

  services.reviews.save(review.id, doc([paragraph('Bản thứ hai, sau sao lưu.')]), 'manual');
  services.reviews.create({ title: 'Thông cáo', year: 2026, lang: 'vi' });
  const { restored, safetyCopy } = await services.backups.restore(first.file);
  assert.equal(restored.file, first.file);
  assert.equal(safetyCopy.kind, 'before-restore');
  // The live library now holds the backup's content, through the same open connection.
  assert.equal(services.reviews.list().length, 1);
  assert.match(JSON.stringify(services.reviews.get(review.id).content), /Bản thứ nhất/);
  // The searchable index came back with it.
  const hits = services.db.prepare("SELECT count(*) AS n FROM search_blocks WHERE review_id = ?").get(review.id) as { n: number };
  assert.ok(hits.n >= 1);
  // What the restore replaced is in the safety copy.
  const safety = new DatabaseSync(safetyCopy.path, { readOnly: true });
  assert.equal((safety.prepare('SELECT count(*) AS n FROM reviews').get() as { n: number }).n, 2);
  safety.close();
  // The library keeps working after a restore.
  services.reviews.save(review.id, doc([paragraph('Sửa tiếp.')]), 'manual');
  assert.match(JSON.stringify(services.reviews.get(review.id).content), /Sửa tiếp/);

  await assert.rejects(services.backups.restore('../library.sqlite'), { code: 'backup-not-found' });
});

test('the backup folder can be changed and is remembered outside the library; a daily backup runs when the last is a day old', async (t) => {
  const dataDir = tempDir(t);
  const elsewhere = join(tempDir(t), 'Sao lưu [USB] 100%');
  let clock = new Date('2026-12-01T08:00:00.000Z');
  const services = createServices({ dataDir, mode: 'cli' });
  t.after(() => services.close());
  const { createBackupService } = await import('./service.ts');
  const backups = createBackupService({ db: services.db, dataDir, dbPath: join(dataDir, 'library.sqlite'), now: () => clock });
  assert.equal(backups.setFolder(elsewhere), elsewhere);
  assert.equal(backupFolderFor(dataDir), elsewhere);
  assert.match(readFileSync(join(dataDir, 'backup-settings.json'), 'utf8'), /USB/);
  assert.ok(await backups.runIfDue());
  clock = new Date('2026-12-01T20:00:00.000Z');
  assert.equal(await backups.runIfDue(), null);
  clock = new Date('2026-12-02T09:00:00.000Z');
  assert.equal((await backups.runIfDue())?.kind, 'daily');
  assert.equal(listBackups(elsewhere).length, 2);
});

test('a library replaced by garbage or truncated is diagnosed, never overwritten, and recovered from the newest backup', async (t) => {
  for (const damage of ['garbage', 'truncated'] as const) {
    const dataDir = tempDir(t);
    const services = createServices({ dataDir, mode: 'cli' });
    services.reviews.create({ title: 'Đã sao lưu', year: 2025, lang: 'vi', content: doc([paragraph('Nội dung '.repeat(2000))]) });
    const saved = await services.backups.backupNow('start');
    for (let i = 0; i < 30; i++) services.reviews.create({ title: `Sau sao lưu ${i}`, year: 2026, lang: 'vi', content: doc([paragraph('x '.repeat(3000))]) });
    services.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    services.close();
    const live = join(dataDir, 'library.sqlite');
    const bytes = readFileSync(live);
    const damaged = damage === 'garbage' ? Buffer.from('not a database '.repeat(500)) : bytes.subarray(0, Math.floor(bytes.length / 3));
    writeFileSync(live, damaged);

    const diagnosis = await diagnoseLibrary(dataDir, 'library.sqlite');
    assert.equal(diagnosis.state, 'damaged', damage);
    if (diagnosis.state !== 'damaged') continue;
    assert.equal(diagnosis.backups[0]?.file, saved.file);
    assert.deepEqual(readFileSync(live), damaged, 'diagnosis does not write');

    const { movedTo } = await recoverFromBackup(dataDir, 'library.sqlite', diagnosis.backups[0]!.path);
    assert.deepEqual(readFileSync(movedTo), damaged, 'the damaged file is kept as it was');
    assert.equal((await diagnoseLibrary(dataDir, 'library.sqlite')).state, 'ok');
    const reopened = createServices({ dataDir, mode: 'cli' });
    assert.deepEqual(reopened.reviews.list().map((r) => r.title), ['Đã sao lưu']);
    reopened.close();
    assert.ok(existsSync(saved.path), 'the backup itself stays');
  }
});

/** A small, sound SQLite file in dir. */
function soundDatabase(dir: string): string {
  const path = join(dir, 'sound.sqlite');
  const db = new DatabaseSync(path);
  db.exec('CREATE TABLE t (x TEXT); INSERT INTO t VALUES (\'Hội nghị\');');
  db.close();
  return path;
}

test('the check a backup gets runs off the main thread and tells a sound file from a damaged one, as the one at start does', async (t) => {
  const dir = tempDir(t);
  const sound = soundDatabase(dir);
  await checkDatabaseFileOffThread(sound);
  const bytes = readFileSync(sound);
  const damaged: [string, Buffer][] = [
    ['garbage', Buffer.from('not a database '.repeat(500))],
    ['truncated', bytes.subarray(0, Math.floor(bytes.length / 3))],
  ];
  for (const [name, content] of damaged) {
    const path = join(dir, `${name}.sqlite`);
    writeFileSync(path, content);
    assert.throws(() => checkDatabaseFile(path), Error, `${name}: the check at start`);
    await assert.rejects(checkDatabaseFileOffThread(path), (error: Error) => error.message.length > 0, `${name}: the check in a worker`);
  }
  await assert.rejects(checkDatabaseFileOffThread(join(dir, 'missing', 'none.sqlite')));
});

test('a check whose worker cannot run falls back to checking on the main thread, so a sound library is never turned away', async (t) => {
  const dir = tempDir(t);
  const sound = soundDatabase(dir);
  const garbage = join(dir, 'garbage.sqlite');
  writeFileSync(garbage, 'not a database '.repeat(500));
  const noWorker = () => Promise.reject(new CheckNotRunError('no worker here'));
  await checkDatabaseFileSoon(sound, noWorker);
  await assert.rejects(checkDatabaseFileSoon(garbage, noWorker), (error: Error) => !(error instanceof CheckNotRunError), 'the fallback still finds the damage');
  // A verdict from the worker is final: no second check.
  await assert.rejects(checkDatabaseFileSoon(sound, () => Promise.reject(new Error('quick_check: page 3 is never used'))), /page 3/);
  // And a missing library is "missing", never "damaged".
  assert.equal((await diagnoseLibrary(dir, 'none.sqlite')).state, 'missing');
});
