// Writing a library archive: the chosen reviews (or all) with every review-scoped table's rows, and the
// library-scoped tables, as one ZIP written atomically (a failed write leaves an earlier file as it was).
import JSZip from 'jszip';
import type { Db } from '../store/db.ts';
import { userVersion } from '../store/db.ts';
import { writeFileAtomic } from '../export/atomic-write.ts';
import { ARCHIVE_TABLES, type ArchiveTable } from './tables.ts';
import { archiveErrors, FORMAT, FORMAT_VERSION, type ArchiveManifest, type TableFile } from './format.ts';
import { tableColumns } from './sql.ts';

function selectRows(db: Db, table: ArchiveTable, columns: string[], reviewIds: string[]): TableFile {
  const list = columns.map((c) => `"${c}"`).join(', ');
  const rows = table.scope === 'review'
    ? db.prepare(`SELECT ${list} FROM "${table.name}" WHERE "${table.reviewColumn}" IN (SELECT value FROM json_each(?))`).all(JSON.stringify(reviewIds))
    : db.prepare(`SELECT ${list} FROM "${table.name}"`).all();
  return { columns, rows: rows.map((row) => columns.map((c) => (row as Record<string, string | number | null>)[c] ?? null)) };
}

/** The archive's bytes for the reviews ids (all reviews, trash included, when ids is empty). */
export async function buildArchive(db: Db, options: { ids?: string[]; appVersion: string; now?: Date }): Promise<{ bytes: Uint8Array; manifest: ArchiveManifest }> {
  const all = db.prepare('SELECT id, title, year, updated_at AS updatedAt FROM reviews ORDER BY year DESC, title').all() as ArchiveManifest['reviews'];
  let reviews = all;
  if (options.ids && options.ids.length > 0) {
    const wanted = new Set(options.ids);
    reviews = all.filter((r) => wanted.has(r.id));
    const missing = options.ids.filter((id) => !all.some((r) => r.id === id));
    if (missing.length) throw archiveErrors.noReviews(missing);
  }
  const ids = reviews.map((r) => r.id);
  const zip = new JSZip();
  const tables: ArchiveManifest['tables'] = {};
  for (const table of ARCHIVE_TABLES) {
    const columns = tableColumns(db, table.name)?.filter((c) => !(table.omit ?? []).includes(c));
    if (!columns) continue; // a table this library does not have yet
    const file = selectRows(db, table, columns, ids);
    tables[table.name] = { rows: file.rows.length };
    zip.file(`tables/${table.name}.json`, JSON.stringify(file));
  }
  const manifest: ArchiveManifest = {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    createdAt: (options.now ?? new Date()).toISOString(),
    appVersion: options.appVersion,
    schemaVersion: userVersion(db),
    reviews,
    tables,
  };
  zip.file('manifest.json', JSON.stringify(manifest, null, 2));
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  return { bytes, manifest };
}

export async function writeArchive(db: Db, path: string, options: { ids?: string[]; appVersion: string }): Promise<ArchiveManifest> {
  const { bytes, manifest } = await buildArchive(db, options);
  writeFileAtomic(path, bytes);
  return manifest;
}
