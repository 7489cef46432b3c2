// For the migration tests: a library file with the migrations before one applied, and review rows as
// the store writes them (the reviews table as of 001 and the columns later migrations add).
import type { TestContext } from 'node:test';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { migrations } from './index.ts';
import { tempDir } from '../../test/temp.ts';

/** A new library file (foreign keys on) with every migration before `name` applied; `up` applies `name`. */
export function databaseBefore(t: TestContext, name: string): { db: DatabaseSync; index: number; up(): void } {
  const index = migrations.findIndex((m) => m.name === name);
  if (index < 0) throw new Error(`no migration ${name}`);
  const db = new DatabaseSync(join(tempDir(t), 'lib.sqlite'));
  db.exec('PRAGMA foreign_keys = ON');
  for (const m of migrations.slice(0, index)) m.up(db);
  return { db, index, up: () => migrations[index]!.up(db) };
}

export interface ReviewRow { id: string; title?: string; year?: number; createdAt?: string; updatedAt?: string; deletedAt?: string | null }

/** One review row (a draft report in Vietnamese, empty content unless said). */
export function insertReviewRow(db: DatabaseSync, row: ReviewRow): void {
  const at = row.updatedAt ?? 'x';
  db.prepare(`INSERT INTO reviews (id, title, kind, lang, year, status, fields, content, translation_of, created_at, updated_at, deleted_at)
              VALUES (?, ?, 'report', 'vi', ?, 'draft', '{}', '{}', NULL, ?, ?, ?)`)
    .run(row.id, row.title ?? `Review ${row.id}`, row.year ?? 2026, row.createdAt ?? at, at, row.deletedAt ?? null);
}
