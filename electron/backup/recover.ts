// A library file that is garbage or truncated: the app says so at start, offers the newest backup, and
// never overwrites the damaged file (it is moved aside under a dated name, for the IT staff or a recovery
// tool). Runs before the services open the library, so it needs only the data folder.
import { backup, DatabaseSync } from 'node:sqlite';
import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { checkDatabaseFile, checkDatabaseFileSoon, listBackups, type BackupInfo } from './backups.ts';
import { backupFolderFor } from './service.ts';

export type LibraryDiagnosis =
  | { state: 'missing' }
  | { state: 'ok' }
  | { state: 'damaged'; path: string; detail: string; backups: BackupInfo[] };

/**
 * Checks the library file (quick_check) without writing to it, in a worker thread: the desktop app starts
 * this as its main process starts, so reading the whole file (about 250 ms per 115 MB) runs while
 * Electron gets ready instead of after it, in front of the window.
 */
export async function diagnoseLibrary(dataDir: string, dbFile: string): Promise<LibraryDiagnosis> {
  const path = join(dataDir, dbFile);
  if (!existsSync(path)) return { state: 'missing' };
  try {
    await checkDatabaseFileSoon(path);
    return { state: 'ok' };
  } catch (error) {
    return damagedDiagnosis(dataDir, path, error);
  }
}

function damagedDiagnosis(dataDir: string, path: string, error: unknown): LibraryDiagnosis {
  const detail = error instanceof Error ? error.message : String(error);
  // Only backups that are themselves readable are offered.
  const backups = listBackups(backupFolderFor(dataDir)).filter((b) => {
    try { checkDatabaseFile(b.path); return true; } catch { return false; }
  });
  return { state: 'damaged', path, detail, backups };
}

/** Where the damaged file is moved: library.damaged-<UTC stamp>.sqlite (never an existing name). */
export function damagedName(dbFile: string, when: Date): string {
  const stamp = when.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
  return dbFile.replace(/\.sqlite$/, '') + `.damaged-${stamp}.sqlite`;
}

/** Moves the damaged library (and its -wal/-shm) aside, under a name no file has; returns it. */
export function moveDamagedAside(dataDir: string, dbFile: string, when = new Date()): string {
  const live = join(dataDir, dbFile);
  let aside = join(dataDir, damagedName(dbFile, when));
  for (let n = 2; existsSync(aside); n++) aside = join(dataDir, damagedName(dbFile, when).replace(/\.sqlite$/, `-${n}.sqlite`));
  for (const suffix of ['-wal', '-shm']) if (existsSync(live + suffix)) renameSync(live + suffix, aside + suffix);
  if (existsSync(live)) renameSync(live, aside);
  return aside;
}

/** Moves the damaged library aside and puts the backup in its place. */
export async function recoverFromBackup(dataDir: string, dbFile: string, backupPath: string, when = new Date()): Promise<{ movedTo: string }> {
  checkDatabaseFile(backupPath);
  const live = join(dataDir, dbFile);
  const aside = moveDamagedAside(dataDir, dbFile, when);
  const source = new DatabaseSync(backupPath, { readOnly: true });
  try { await backup(source, live); } finally { source.close(); }
  return { movedTo: aside };
}

export type DamagedDiagnosis = Extract<LibraryDiagnosis, { state: 'damaged' }>;
export type RecoveryChoice = 'restore' | 'empty' | 'quit';

/** What the user is asked about a damaged library, in both languages (its settings, the UI language
 *  included, are in the file that cannot be read): the desktop app's message box, the Chromium app's page. */
export interface DamagedLibraryQuestion {
  message: { vi: string; en: string };
  detail: string;
  /** In order; the first is the default, 'quit' is what closing the question means. */
  choices: { choice: RecoveryChoice; label: string }[];
}

export function damagedLibraryQuestion(diagnosis: DamagedDiagnosis): DamagedLibraryQuestion {
  const newest = diagnosis.backups[0];
  return {
    message: {
      vi: `Tệp thư viện bị hỏng hoặc không đọc được:\n${diagnosis.path}\n(${diagnosis.detail})\n\nTệp này sẽ không bị ghi đè.`,
      en: `The library file is damaged or unreadable:\n${diagnosis.path}\n(${diagnosis.detail})\n\nThis file will not be overwritten.`,
    },
    detail: newest
      ? `Bản sao lưu gần nhất / Newest backup: ${newest.createdAt} (${newest.file})`
      : 'Không có bản sao lưu đọc được. / No readable backup was found.',
    choices: [
      ...(newest ? [{ choice: 'restore' as const, label: 'Khôi phục bản sao lưu gần nhất / Restore the newest backup' }] : []),
      { choice: 'empty', label: 'Bắt đầu thư viện trống (giữ tệp hỏng) / Start an empty library (keep the damaged file)' },
      { choice: 'quit', label: 'Thoát / Quit' },
    ],
  };
}

/** Carries out the user's answer: true when the library can now be opened, false to quit. The damaged
 *  file is moved aside in both other cases, never written over. */
export async function applyRecoveryChoice(dataDir: string, dbFile: string, diagnosis: DamagedDiagnosis, choice: RecoveryChoice, log: (line: string) => void): Promise<boolean> {
  const newest = diagnosis.backups[0];
  if (choice === 'empty') {
    const movedTo = moveDamagedAside(dataDir, dbFile);
    log(`starting an empty library; the damaged file was kept as ${movedTo}`);
    return true;
  }
  if (choice !== 'restore' || !newest) return false;
  const { movedTo } = await recoverFromBackup(dataDir, dbFile, newest.path);
  log(`library restored from ${newest.file}; the damaged file was kept as ${movedTo}`);
  return true;
}
