import type { DatabaseSync } from 'node:sqlite';

/** One schema step. Migrations are appended, never edited once released. */
export interface Migration {
  name: string;
  up(db: DatabaseSync): void;
}
