// The little SQL the archive needs beyond the registry: a table's columns (null: no such table).
// Table names come only from ARCHIVE_TABLES, never from an archive.
import type { Db } from '../store/db.ts';

export function tableColumns(db: Db, table: string): string[] | null {
  const rows = db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as { name: string }[];
  return rows.length ? rows.map((r) => r.name) : null;
}
