// Importing an archive in two steps: planImport says, review by review (and row by row for library
// tables), what would happen; applyImport does it with the user's choice for every conflict, in one
// transaction (a failure imports nothing). Never a silent overwrite:
// - new: not in this library → added;
// - same: identical here → nothing to do;
// - theirs-newer: this library's current text is one of the archive's versions (only the archive moved
//   on) → the archive's side is taken, and the text it replaces is kept as a version;
// - mine-newer: the archive's text is one of this library's versions → kept as is;
// - conflict: changed on both sides → the user chooses: mine (keep), theirs (take the archive's, the
//   current text kept as a version), both (the archive's review added as a copy).
import { randomUUID } from 'node:crypto';
import type { Db } from '../store/db.ts';
import { SCHEMA_VERSION, withTransaction } from '../store/db.ts';
import { selectReview } from '../store/reviews.ts';
import { insertVersion } from '../store/versions.ts';
import { wordCount } from '../shared/doc-build.ts';
import type { DocState } from '../shared/doc.ts';
import type { ReviewHooks } from '../services/hooks.ts';
import { ARCHIVE_TABLES, type ArchiveTable } from './tables.ts';
import { archiveErrors } from './format.ts';
import type { ReadArchive } from './read.ts';
import { tableColumns } from './sql.ts';

type Row = Record<string, string | number | null>;
export type ReviewImportStatus = 'new' | 'same' | 'theirs-newer' | 'mine-newer' | 'conflict';
export type Resolution = 'mine' | 'theirs' | 'both';

export interface ReviewPlanItem {
  id: string;
  title: string;
  year: number;
  status: ReviewImportStatus;
  archiveUpdatedAt: string;
  localTitle?: string;
  localUpdatedAt?: string;
}

export interface LibraryPlanItem { table: string; key: string; status: 'new' | 'same' | 'conflict' }

export interface ImportPlan {
  createdAt: string;
  appVersion: string;
  reviews: ReviewPlanItem[];
  library: LibraryPlanItem[];
  conflicts: number;
}

export interface ImportResult {
  added: number;
  updated: number;
  copies: number;
  kept: number;
  libraryRows: number;
}

const META = ['title', 'kind', 'lang', 'year', 'status', 'fields', 'translation_of', 'deleted_at'] as const;

function rowsOf(archive: ReadArchive, table: ArchiveTable, reviewId?: string): Row[] {
  const rows = archive.tables.get(table.name) ?? [];
  return reviewId === undefined ? rows : rows.filter((r) => r[table.reviewColumn!] === reviewId);
}

function keyOf(row: Row, columns: readonly string[]): string {
  return JSON.stringify(columns.map((c) => row[c] ?? null));
}

function localRow(db: Db, table: ArchiveTable, row: Row): Row | undefined {
  const where = table.key.map((c) => `"${c}" IS ?`).join(' AND ');
  return db.prepare(`SELECT * FROM "${table.name}" WHERE ${where}`).get(...table.key.map((c) => row[c] ?? null)) as Row | undefined;
}

function sameValues(a: Row, b: Row, columns: readonly string[]): boolean {
  return columns.every((c) => (a[c] ?? null) === (b[c] ?? null));
}

/** The columns of row this library can store; a value in a column it lacks means a newer app wrote it. */
function writableColumns(db: Db, table: ArchiveTable, row: Row): string[] {
  const local = tableColumns(db, table.name) ?? [];
  const omit = new Set(table.omit ?? []);
  for (const [column, value] of Object.entries(row)) {
    if (!local.includes(column) && value !== null) throw archiveErrors.tooNew(`${table.name}.${column}`, SCHEMA_VERSION + 1);
  }
  return local.filter((c) => !omit.has(c) && Object.hasOwn(row, c));
}

function insertRow(db: Db, table: ArchiveTable, row: Row): void {
  const columns = writableColumns(db, table, row);
  db.prepare(`INSERT INTO "${table.name}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
    .run(...columns.map((c) => row[c] ?? null));
}

function reviewStatus(db: Db, archive: ReadArchive, row: Row): ReviewImportStatus {
  const local = db.prepare('SELECT * FROM reviews WHERE id = ?').get(row.id ?? null) as Row | undefined;
  if (!local) return 'new';
  if (local.content === row.content && sameValues(local, row, META)) return 'same';
  const versions = ARCHIVE_TABLES.find((t) => t.name === 'versions')!;
  const theirVersions = new Set(rowsOf(archive, versions, String(row.id)).map((v) => v.content));
  if (theirVersions.has(local.content ?? null) && String(row.updated_at) >= String(local.updated_at)) return 'theirs-newer';
  const mine = db.prepare('SELECT 1 FROM versions WHERE review_id = ? AND content = ? LIMIT 1').get(row.id ?? null, row.content ?? null);
  if ((mine || local.content === row.content) && String(local.updated_at) >= String(row.updated_at)) return 'mine-newer';
  return 'conflict';
}

export function planImport(db: Db, archive: ReadArchive): ImportPlan {
  const reviews = (archive.tables.get('reviews') ?? []).map((row): ReviewPlanItem => {
    const local = db.prepare('SELECT title, updated_at FROM reviews WHERE id = ?').get(row.id ?? null) as { title: string; updated_at: string } | undefined;
    return {
      id: String(row.id),
      title: String(row.title),
      year: Number(row.year),
      status: reviewStatus(db, archive, row),
      archiveUpdatedAt: String(row.updated_at),
      ...(local && { localTitle: local.title, localUpdatedAt: local.updated_at }),
    };
  });
  const library: LibraryPlanItem[] = [];
  for (const table of ARCHIVE_TABLES.filter((t) => t.scope === 'library')) {
    const columns = tableColumns(db, table.name);
    if (!columns) continue;
    for (const row of rowsOf(archive, table)) {
      const local = localRow(db, table, row);
      const status = !local ? 'new' : sameValues(local, row, columns.filter((c) => !(table.omit ?? []).includes(c))) ? 'same' : 'conflict';
      library.push({ table: table.name, key: keyOf(row, table.key), status });
    }
  }
  const conflicts = reviews.filter((r) => r.status === 'conflict').length + library.filter((r) => r.status === 'conflict').length;
  return { createdAt: archive.manifest.createdAt, appVersion: archive.manifest.appVersion, reviews, library, conflicts };
}

export interface Resolutions {
  /** Per review id in conflict. */
  reviews?: Record<string, Resolution>;
  /** Per `${table} ${key}` of a library row in conflict ('both' is not offered there). */
  library?: Record<string, 'mine' | 'theirs'>;
  /** Applied to every conflict without its own choice (the CLI's --on-conflict). */
  all?: Resolution;
}

function reviewTables(): ArchiveTable[] {
  return ARCHIVE_TABLES.filter((t) => t.scope === 'review' && t.name !== 'reviews');
}

/** Inserts the archive's review (under newId) with its rows; translation_of kept only if it resolves. */
function addReview(db: Db, archive: ReadArchive, row: Row, newId: string, titleSuffix = ''): void {
  const reviewsTable = ARCHIVE_TABLES.find((t) => t.name === 'reviews')!;
  const target = row.translation_of;
  const resolves = target !== null && target !== undefined && !!db.prepare('SELECT 1 FROM reviews WHERE id = ?').get(target);
  insertRow(db, reviewsTable, { ...row, id: newId, title: `${row.title}${titleSuffix}`, translation_of: resolves ? target : null });
  for (const table of reviewTables()) {
    if (table.name === 'sections') continue; // after indexing, see applyImport
    for (const child of rowsOf(archive, table, String(row.id))) insertRow(db, table, { ...child, [table.reviewColumn!]: newId });
  }
}

/** Takes the archive's side of an existing review; the current text stays as a version. */
function takeTheirs(db: Db, archive: ReadArchive, row: Row): void {
  const id = String(row.id);
  const local = db.prepare('SELECT content FROM reviews WHERE id = ?').get(id) as { content: string };
  insertVersion(db, id, 'pre-restore', local.content, wordCount(JSON.parse(local.content) as DocState), new Date().toISOString());
  const target = row.translation_of;
  const resolves = target !== null && target !== undefined && target !== id && !!db.prepare('SELECT 1 FROM reviews WHERE id = ?').get(target);
  const columns = [...META, 'content', 'updated_at'].filter((c) => c !== 'translation_of');
  db.prepare(`UPDATE reviews SET ${columns.map((c) => `"${c}" = ?`).join(', ')}, translation_of = ? WHERE id = ?`)
    .run(...columns.map((c) => row[c] ?? null), resolves ? target : null, id);
  for (const table of reviewTables()) {
    if (table.name === 'sections') continue;
    const rows = rowsOf(archive, table, id);
    if (table.onTake === 'replace') {
      db.prepare(`DELETE FROM "${table.name}" WHERE "${table.reviewColumn}" = ?`).run(id);
      for (const child of rows) insertRow(db, table, child);
    } else {
      for (const child of rows) {
        const where = [table.reviewColumn!, ...table.key].map((c) => `"${c}" IS ?`).join(' AND ');
        const exists = db.prepare(`SELECT 1 FROM "${table.name}" WHERE ${where}`).get(id, ...table.key.map((c) => child[c] ?? null));
        if (!exists) insertRow(db, table, child);
      }
    }
  }
}

export function applyImport(db: Db, hooks: ReviewHooks, archive: ReadArchive, plan: ImportPlan, resolutions: Resolutions = {}): ImportResult {
  const choice = (id: string) => resolutions.reviews?.[id] ?? resolutions.all;
  const unresolved = plan.reviews.filter((r) => r.status === 'conflict' && !choice(r.id)).map((r) => `${r.title} (${r.year})`);
  const libraryChoice = (item: LibraryPlanItem) => resolutions.library?.[`${item.table} ${item.key}`] ?? (resolutions.all === 'both' ? undefined : resolutions.all);
  unresolved.push(...plan.library.filter((i) => i.status === 'conflict' && !libraryChoice(i)).map((i) => `${i.table} ${i.key}`));
  if (unresolved.length) throw archiveErrors.unresolved(unresolved);

  const result: ImportResult = { added: 0, updated: 0, copies: 0, kept: 0, libraryRows: 0 };
  const sections = ARCHIVE_TABLES.find((t) => t.name === 'sections')!;
  const reviewsRows = new Map((archive.tables.get('reviews') ?? []).map((r) => [String(r.id), r]));
  withTransaction(db, () => {
    const touched: { id: string; from: string }[] = [];
    // New reviews first (in archive order), so a translation_of between two new reviews resolves.
    const ordered = [...plan.reviews].sort((a, b) => Number(b.status === 'new') - Number(a.status === 'new'));
    for (const item of ordered) {
      const row = reviewsRows.get(item.id)!;
      const decided = item.status === 'conflict' ? choice(item.id)! : item.status === 'theirs-newer' ? 'theirs' : item.status === 'new' ? 'new' : 'mine';
      if (decided === 'new') { addReview(db, archive, row, item.id); touched.push({ id: item.id, from: item.id }); result.added++; }
      else if (decided === 'theirs') { takeTheirs(db, archive, row); touched.push({ id: item.id, from: item.id }); result.updated++; }
      else if (decided === 'both') {
        const copy = randomUUID();
        addReview(db, archive, row, copy, ' (từ tệp lưu trữ)');
        touched.push({ id: copy, from: item.id });
        result.copies++;
      } else result.kept++;
    }
    // Sections and the search index follow the content; then the archive's section rows (with the user's
    // corrections) replace the detected ones.
    for (const { id, from } of touched) {
      const review = selectReview(db, id);
      if (review) for (const listener of hooks.changed) listener(review);
      const carried = rowsOf(archive, sections, from);
      if (carried.length && tableColumns(db, sections.name)) {
        db.prepare('DELETE FROM sections WHERE review_id = ?').run(id);
        for (const row of carried) insertRow(db, sections, { ...row, review_id: id });
      }
    }
    for (const table of ARCHIVE_TABLES.filter((t) => t.scope === 'library')) {
      if (!tableColumns(db, table.name)) continue;
      for (const row of rowsOf(archive, table)) {
        const item = plan.library.find((i) => i.table === table.name && i.key === keyOf(row, table.key));
        if (!item || item.status === 'same') continue;
        if (item.status === 'conflict') {
          if (libraryChoice(item) !== 'theirs') continue;
          const where = table.key.map((c) => `"${c}" IS ?`).join(' AND ');
          db.prepare(`DELETE FROM "${table.name}" WHERE ${where}`).run(...table.key.map((c) => row[c] ?? null));
        }
        insertRow(db, table, row);
        result.libraryRows++;
      }
    }
  });
  return result;
}
