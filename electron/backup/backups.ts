// Backups of the library with SQLite's online backup API (node:sqlite's backup()), never a file copy of
// a live database (a copy taken mid-write, or without the -wal file, is a broken library).
// A backup is written as NAME.partial, checked (quick_check), switched to rollback-journal mode so it is
// one self-contained file, then renamed: a listed backup is always complete.
import { backup, DatabaseSync } from 'node:sqlite';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Db } from '../store/db.ts';

export const BACKUP_KINDS = ['start', 'daily', 'manual', 'before-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export interface BackupInfo {
  file: string;
  path: string;
  kind: BackupKind;
  /** ISO time the backup was taken (from its name, UTC). */
  createdAt: string;
  bytes: number;
}

const NAME = /^library-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(\d{3})-(start|daily|manual|before-restore)\.sqlite$/;

export function backupFileName(when: Date, kind: BackupKind): string {
  const iso = when.toISOString(); // 2026-12-01T08:30:00.123Z
  const stamp = `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}${iso.slice(20, 23)}`;
  return `library-${stamp}-${kind}.sqlite`;
}

export function parseBackupName(file: string): { kind: BackupKind; createdAt: string } | null {
  const m = NAME.exec(file);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, ms, kind] = m;
  return { kind: kind as BackupKind, createdAt: `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z` };
}

/** Backups in folder, newest first. A missing folder has none. */
export function listBackups(folder: string): BackupInfo[] {
  let names: string[];
  try { names = readdirSync(folder); } catch { return []; }
  const found: BackupInfo[] = [];
  for (const file of names) {
    const parsed = parseBackupName(file);
    if (!parsed) continue;
    const path = join(folder, file);
    try { found.push({ file, path, ...parsed, bytes: statSync(path).size }); } catch { /* removed meanwhile */ }
  }
  return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.file.localeCompare(a.file));
}

/** Throws unless path is a readable, consistent SQLite database. */
export function checkDatabaseFile(path: string): void {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    const row = db.prepare('PRAGMA quick_check(1)').get() as { quick_check: string } | undefined;
    if (row?.quick_check !== 'ok') throw new Error(`quick_check: ${row?.quick_check ?? 'no answer'}`);
  } finally {
    db.close();
  }
}

// checkDatabaseFile in a worker thread, as code (no separate file for the packaged app to ship and
// resolve). quick_check reads the whole file: 160-250 ms for a 120 MB library on the development machine
// (1,000 reviews of 20 pages make about 400 MB). Run on the main process after every start and every
// day, it held up every IPC answer for that long, the library's first rows at start included.
const CHECK_IN_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { DatabaseSync } = require('node:sqlite');
let error = null;
try {
  const db = new DatabaseSync(workerData.path, { readOnly: true });
  try {
    const row = db.prepare('PRAGMA quick_check(1)').get();
    if (!row || row.quick_check !== 'ok') error = 'quick_check: ' + (row ? row.quick_check : 'no answer');
  } finally { db.close(); }
} catch (e) { error = e instanceof Error ? e.message : String(e); }
parentPort.postMessage(error);
`;

/** The worker that runs the check could not start or stopped before answering (not a verdict on the file). */
export class CheckNotRunError extends Error {}

/** checkDatabaseFile, off the main thread: resolves when the file is a sound database, rejects with
 *  the same kind of message otherwise, or with CheckNotRunError when the worker gave no verdict. */
export function checkDatabaseFileOffThread(path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(CHECK_IN_WORKER, { eval: true, workerData: { path } });
    } catch (error) {
      reject(new CheckNotRunError(`the check could not start: ${error instanceof Error ? error.message : String(error)}`));
      return;
    }
    let answered = false;
    worker.once('message', (error: string | null) => {
      answered = true;
      if (error === null) resolve(); else reject(new Error(error));
    });
    worker.once('error', (error) => { answered = true; reject(new CheckNotRunError(`the check failed to run: ${error instanceof Error ? error.message : String(error)}`)); });
    worker.once('exit', (code) => { if (!answered) reject(new CheckNotRunError(`the check stopped (exit code ${code})`)); });
  });
}

/**
 * The check off the main thread, or on it when a worker cannot run here: a worker that failed to start
 * says nothing about the file, and taking it for a damaged file would turn a sound library away.
 */
export async function checkDatabaseFileSoon(path: string, offThread = checkDatabaseFileOffThread): Promise<void> {
  try {
    await offThread(path);
  } catch (error) {
    if (!(error instanceof CheckNotRunError)) throw error;
    checkDatabaseFile(path);
  }
}

/** Writes a backup of db into folder; returns it. The library stays usable throughout. */
export async function writeBackup(db: Db, folder: string, kind: BackupKind, now = new Date()): Promise<BackupInfo> {
  mkdirSync(folder, { recursive: true });
  const file = backupFileName(now, kind);
  const path = join(folder, file);
  const partial = `${path}.partial`;
  rmSync(partial, { force: true });
  try {
    await backup(db, partial);
    const copy = new DatabaseSync(partial);
    try { copy.exec('PRAGMA journal_mode = DELETE'); } finally { copy.close(); }
    await checkDatabaseFileSoon(partial);
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    rmSync(`${partial}-wal`, { force: true });
    rmSync(`${partial}-shm`, { force: true });
    rmSync(`${partial}-journal`, { force: true });
    throw error;
  }
  return { file, path, kind, createdAt: now.toISOString(), bytes: statSync(path).size };
}

/** ISO 8601 week key (year-Www) of a UTC time. */
function weekKey(iso: string): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day); // the week's Thursday decides its year
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export const RETENTION = { daily: 7, weekly: 4, beforeRestore: 3 } as const;

/**
 * Which backups to delete: kept are the newest backup of each of the last 7 days that have one, the
 * newest of each of the last 4 weeks that have one, and the 3 newest taken before a restore (the
 * state a restore replaced). Everything else goes. Pure: list is newest first.
 */
export function backupsToPrune(list: readonly BackupInfo[], retention = RETENTION): BackupInfo[] {
  const keep = new Set<string>();
  const days = new Set<string>();
  const weeks = new Set<string>();
  let beforeRestore = 0;
  for (const b of list) {
    if (b.kind === 'before-restore') {
      if (beforeRestore++ < retention.beforeRestore) keep.add(b.file);
      continue;
    }
    const day = b.createdAt.slice(0, 10);
    if (!days.has(day) && days.size < retention.daily) { days.add(day); keep.add(b.file); }
    const week = weekKey(b.createdAt);
    if (!weeks.has(week) && weeks.size < retention.weekly) { weeks.add(week); keep.add(b.file); }
  }
  return list.filter((b) => !keep.has(b.file));
}

export function pruneBackups(folder: string): BackupInfo[] {
  const doomed = backupsToPrune(listBackups(folder));
  for (const b of doomed) rmSync(b.path, { force: true });
  return doomed;
}

/**
 * Replaces the content of the open library db with the backup at path, through the backup API (the
 * live connection sees the restored pages as one write). The caller backs up the current state first.
 */
export async function restoreInto(livePath: string, backupPath: string): Promise<void> {
  checkDatabaseFile(backupPath);
  const source = new DatabaseSync(backupPath, { readOnly: true });
  try {
    await backup(source, livePath);
  } finally {
    source.close();
  }
}

export { weekKey };
