// The backup service over one library: automatic backups (at start, then daily), manual ones, the list,
// the folder the user chose, and restore (which first backs up the state it replaces).
// The folder setting lives in a small JSON file next to the library, not in it: restoring a backup must
// not move the backup folder back, and a damaged library must still find its backups.
import { existsSync, readFileSync, writeFileSync, renameSync, mkdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Db } from '../store/db.ts';
import { migrate, SCHEMA_VERSION } from '../store/db.ts';
import { AppError } from '../shared/errors.ts';
import { listBackups, pruneBackups, restoreInto, writeBackup, checkDatabaseFile, type BackupInfo, type BackupKind } from './backups.ts';

export const BACKUP_SETTINGS_FILE = 'backup-settings.json';
const DAY_MS = 24 * 60 * 60 * 1000;

export const backupErrors = {
  notFound: (file: string) => new AppError('backup-not-found', {
    vi: `Không tìm thấy bản sao lưu "${file}" trong thư mục sao lưu.`,
    en: `The backup "${file}" is not in the backup folder.`,
  }),
  unreadable: (file: string, detail: string) => new AppError('backup-unreadable', {
    vi: `Bản sao lưu "${file}" bị hỏng hoặc không đọc được (${detail}). Thư viện hiện tại chưa bị thay đổi.`,
    en: `The backup "${file}" is damaged or unreadable (${detail}). The current library has not been changed.`,
  }),
  tooNew: (file: string, found: number) => new AppError('backup-too-new', {
    vi: `Bản sao lưu "${file}" do phiên bản Review Desk mới hơn tạo ra (lược đồ ${found}, bản này hỗ trợ đến ${SCHEMA_VERSION}). Thư viện hiện tại chưa bị thay đổi.`,
    en: `The backup "${file}" was written by a newer Review Desk (schema ${found}; this version supports up to ${SCHEMA_VERSION}). The current library has not been changed.`,
  }),
  failed: (folder: string, detail: string) => new AppError('backup-failed', {
    vi: `Không sao lưu được vào ${folder}: ${detail}. Thư viện vẫn nguyên vẹn; hãy kiểm tra chỗ trống trên đĩa hoặc chọn thư mục sao lưu khác.`,
    en: `Could not write a backup to ${folder}: ${detail}. The library is intact; check the free disk space or choose another backup folder.`,
  }),
};

interface BackupSettingsFile { folder?: string }

export function defaultBackupFolder(dataDir: string): string {
  return join(dataDir, 'backups');
}

/** The backup folder for a data folder, readable without opening the library. */
export function backupFolderFor(dataDir: string): string {
  try {
    const parsed = JSON.parse(readFileSync(join(dataDir, BACKUP_SETTINGS_FILE), 'utf8')) as BackupSettingsFile;
    if (typeof parsed.folder === 'string' && parsed.folder) return parsed.folder;
  } catch { /* missing or unreadable: the default */ }
  return defaultBackupFolder(dataDir);
}

function schemaOf(path: string): number {
  const db = new DatabaseSync(path, { readOnly: true });
  try { return (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version; } finally { db.close(); }
}

export interface BackupStatus { folder: string; backups: BackupInfo[]; lastError: string | null }

export function createBackupService(options: { db: Db; dataDir: string; dbPath: string; now?: () => Date }) {
  const { db, dataDir, dbPath } = options;
  const now = options.now ?? (() => new Date());
  let lastError: string | null = null;
  let running: Promise<BackupInfo> | null = null;

  function folder(): string { return backupFolderFor(dataDir); }

  function setFolder(path: string): string {
    const target = resolve(path);
    mkdirSync(target, { recursive: true });
    const file = join(dataDir, BACKUP_SETTINGS_FILE);
    writeFileSync(`${file}.tmp`, JSON.stringify({ folder: target } satisfies BackupSettingsFile, null, 2));
    renameSync(`${file}.tmp`, file);
    return target;
  }

  function list(): BackupInfo[] { return listBackups(folder()); }

  async function backupNow(kind: BackupKind): Promise<BackupInfo> {
    // One at a time: a daily tick during a manual backup waits for it.
    while (running) await running.catch(() => undefined);
    const target = folder();
    running = writeBackup(db, target, kind, now());
    try {
      const info = await running;
      pruneBackups(target);
      lastError = null;
      return info;
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      lastError = detail;
      throw backupErrors.failed(target, detail);
    } finally {
      running = null;
    }
  }

  /** A daily backup when the newest automatic/manual one is a day old (or there is none). */
  async function runIfDue(): Promise<BackupInfo | null> {
    const newest = list().find((b) => b.kind !== 'before-restore');
    if (newest && now().getTime() - Date.parse(newest.createdAt) < DAY_MS) return null;
    return backupNow('daily');
  }

  /**
   * Restores the backup named file (a name from list(), never a path from the page): checks it, backs up
   * the current state ('before-restore'), replaces the library's content, and brings its schema up to date.
   */
  async function restore(file: string): Promise<{ restored: BackupInfo; safetyCopy: BackupInfo }> {
    const chosen = list().find((b) => b.file === basename(file));
    if (!chosen) throw backupErrors.notFound(file);
    return restorePath(chosen.path, chosen);
  }

  /** The CLI's `restore FILE`: any backup file (e.g. one copied from another machine). */
  async function restorePath(path: string, info?: BackupInfo): Promise<{ restored: BackupInfo; safetyCopy: BackupInfo }> {
    const name = basename(path);
    if (!existsSync(path)) throw backupErrors.notFound(path);
    try { checkDatabaseFile(path); } catch (error) { throw backupErrors.unreadable(name, error instanceof Error ? error.message : String(error)); }
    const found = schemaOf(path);
    if (found > SCHEMA_VERSION) throw backupErrors.tooNew(name, found);
    const safetyCopy = await backupNow('before-restore');
    await restoreInto(dbPath, path);
    migrate(db);
    const restored = info ?? { file: name, path, kind: 'manual' as const, createdAt: new Date().toISOString(), bytes: 0 };
    return { restored, safetyCopy };
  }

  function status(): BackupStatus { return { folder: folder(), backups: list(), lastError }; }

  return { folder, setFolder, list, backupNow, runIfDue, restore, restorePath, status };
}

export type BackupService = ReturnType<typeof createBackupService>;

/** Starts the daily schedule: checks hourly (a laptop asleep at midnight still gets its backup). */
export function startBackupSchedule(service: BackupService, onError: (error: unknown) => void = () => undefined): () => void {
  const tick = () => { service.runIfDue().catch(onError); };
  const timer = setInterval(tick, 60 * 60 * 1000);
  timer.unref?.();
  return () => clearInterval(timer);
}

export function hasLibrary(dataDir: string, dbFile: string): boolean {
  return existsSync(join(dataDir, dbFile));
}
