// Start-up self-check of the SQLite the app runs on (Node's or Electron's bundled node:sqlite): its
// version, and that FTS5 works with every feature the search index uses (migration 004: a contentless
// table with contentless_delete, the unicode61 tokenizer without diacritic folding, fts5vocab, bm25).
// An Electron whose SQLite lacks one of them would otherwise fail on the first migration or search with
// a cryptic error, or show a blank window.
import { DatabaseSync } from 'node:sqlite';

/** contentless_delete arrived in SQLite 3.43.0. */
export const MIN_SQLITE = '3.43.0';

export interface SqliteSelfCheck {
  ok: boolean;
  version: string;
  /** Each failed feature with SQLite's own message. */
  problems: string[];
}

function versionAtLeast(version: string, min: string): boolean {
  const a = version.split('.').map(Number);
  const b = min.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

const FEATURES: { name: string; sql: (db: DatabaseSync) => void }[] = [
  { name: 'fts5 contentless_delete + unicode61', sql: (db) => db.exec(`CREATE VIRTUAL TABLE f USING fts5(folded, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0')`) },
  { name: 'fts5vocab', sql: (db) => db.exec(`CREATE VIRTUAL TABLE v USING fts5vocab(f, 'row')`) },
  {
    name: 'fts5 insert, delete, MATCH and bm25',
    sql: (db) => {
      db.prepare('INSERT INTO f (rowid, folded) VALUES (?, ?)').run(1, 'hop tac asean');
      db.prepare('INSERT INTO f (rowid, folded) VALUES (?, ?)').run(2, 'hội nghị cấp cao');
      db.prepare('DELETE FROM f WHERE rowid = 2').run();
      const rows = db.prepare("SELECT rowid AS id, bm25(f) AS rank FROM f WHERE f MATCH 'asean' ORDER BY rank").all() as { id: number }[];
      if (rows.length !== 1 || rows[0]!.id !== 1) throw new Error(`MATCH returned ${JSON.stringify(rows)}`);
      const vocab = db.prepare("SELECT doc FROM v WHERE term = 'asean'").get() as { doc: number } | undefined;
      if (vocab?.doc !== 1) throw new Error(`fts5vocab returned ${JSON.stringify(vocab)}`);
    },
  },
  { name: 'STRICT tables', sql: (db) => db.exec('CREATE TABLE s (x INTEGER) STRICT') },
];

export function sqliteSelfCheck(): SqliteSelfCheck {
  const problems: string[] = [];
  let version = 'unknown';
  let db: DatabaseSync | null = null;
  try {
    db = new DatabaseSync(':memory:');
    version = (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
    if (!versionAtLeast(version, MIN_SQLITE)) problems.push(`SQLite ${version} is older than ${MIN_SQLITE}`);
    for (const feature of FEATURES) {
      try { feature.sql(db); } catch (error) { problems.push(`${feature.name}: ${error instanceof Error ? error.message : String(error)}`); }
    }
  } catch (error) {
    problems.push(`node:sqlite: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    db?.close();
  }
  return { ok: problems.length === 0, version, problems };
}

/** The message shown (in both languages) when the check fails, instead of a blank window. */
export function selfCheckMessage(check: SqliteSelfCheck): { vi: string; en: string } {
  const detail = check.problems.join('\n');
  return {
    vi: `Review Desk không chạy được trên bản SQLite đi kèm (${check.version}): thiếu tính năng tìm kiếm toàn văn (FTS5) mà thư viện cần. Thư viện chưa bị thay đổi. Hãy cài bản Review Desk chính thức.\n\n${detail}`,
    en: `Review Desk cannot run on its bundled SQLite (${check.version}): the full-text search (FTS5) features the library needs are missing. Your library has not been touched. Install an official Review Desk build.\n\n${detail}`,
  };
}

export { versionAtLeast };
