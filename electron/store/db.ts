// Opening the library database: pragmas, migrations, and the transaction helper.
// node:sqlite (Node >= 22.13). Services never import Electron, so this runs in plain Node too.
import { DatabaseSync } from 'node:sqlite';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { errors } from '../shared/errors.ts';
import { migrations } from './migrations/index.ts';

export type Db = DatabaseSync;

export const SCHEMA_VERSION = migrations.length;

export function openDb(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let db: Db;
  try {
    db = new DatabaseSync(path, { enableForeignKeyConstraints: true });
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = NORMAL');
    db.exec('PRAGMA busy_timeout = 5000');
  } catch (error) {
    throw errors.dbUnreadable(path, error instanceof Error ? error.message : String(error));
  }
  try {
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

export function userVersion(db: Db): number {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number };
  return row.user_version;
}

/** Applies the pending migrations, each in its own transaction; refuses a database from a newer app. */
export function migrate(db: Db, target = migrations.length): void {
  const current = userVersion(db);
  if (current > migrations.length) throw errors.dbTooNew(current, migrations.length);
  for (let version = current; version < target; version++) {
    const migration = migrations[version];
    if (!migration) break;
    withTransaction(db, () => {
      migration.up(db);
      db.exec(`PRAGMA user_version = ${version + 1}`);
    });
  }
}

/** Runs fn inside BEGIN IMMEDIATE … COMMIT; nested calls join the outer transaction. */
export function withTransaction<T>(db: Db, fn: () => T): T {
  if (db.isTransaction) return fn();
  db.exec('BEGIN IMMEDIATE');
  try {
    const value = fn();
    db.exec('COMMIT');
    return value;
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
}
