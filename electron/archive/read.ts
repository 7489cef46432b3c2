// Reading an archive, assuming it is hostile: a size cap on the file and on every inflated entry (a ZIP
// bomb stops at the cap, it is never inflated whole), only the entries the format names (a path such as
// ../../x is refused, and nothing is ever written to disk from an entry), the format version checked,
// and every table file checked for shape. Nothing touches the library here.
import JSZip from 'jszip';
import { readFileSync, statSync } from 'node:fs';
import { archiveTable } from './tables.ts';
import { archiveErrors, FORMAT, FORMAT_VERSION, LIMITS, type ArchiveManifest, type TableFile } from './format.ts';

export interface ReadArchive {
  manifest: ArchiveManifest;
  /** Rows as objects, per table the registry knows. */
  tables: Map<string, Record<string, string | number | null>[]>;
}

interface InflateStream {
  on(event: 'data', fn: (chunk: Uint8Array) => void): InflateStream;
  on(event: 'error', fn: (error: Error) => void): InflateStream;
  on(event: 'end', fn: () => void): InflateStream;
  pause(): InflateStream;
  resume(): InflateStream;
}

const ENTRY = /^(manifest\.json|tables\/([a-z0-9_]{1,64})\.json)$/;

async function inflate(file: JSZip.JSZipObject, limit: number, budget: { left: number }, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    // internalStream is jszip's public streaming API (documented, missing from its typings).
    const stream = (file as unknown as { internalStream(type: 'uint8array'): InflateStream }).internalStream('uint8array');
    stream.on('data', (chunk: Uint8Array) => {
      size += chunk.length;
      budget.left -= chunk.length;
      if (size > limit || budget.left < 0) {
        stream.pause();
        reject(archiveErrors.tooLarge(path));
        return;
      }
      chunks.push(chunk);
    });
    stream.on('error', (error: Error) => reject(archiveErrors.notArchive(path, error.message)));
    stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    stream.resume();
  });
}

function isCell(value: unknown): value is string | number | null {
  return value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

function checkTableFile(value: unknown, name: string, path: string): TableFile {
  const file = value as Partial<TableFile> | null;
  if (!file || !Array.isArray(file.columns) || !Array.isArray(file.rows) || !file.columns.every((c) => typeof c === 'string' && /^[a-z0-9_]{1,64}$/.test(c))) {
    throw archiveErrors.notArchive(path, `tables/${name}.json is malformed`);
  }
  for (const row of file.rows) {
    if (!Array.isArray(row) || row.length !== file.columns.length || !row.every(isCell)) throw archiveErrors.notArchive(path, `tables/${name}.json has a malformed row`);
  }
  return file as TableFile;
}

export async function readArchive(path: string, limits: { [K in keyof typeof LIMITS]: number } = LIMITS): Promise<ReadArchive> {
  let bytes: Buffer;
  try {
    if (statSync(path).size > limits.archiveBytes) throw archiveErrors.tooLarge(path);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'archive-too-large') throw error;
    throw archiveErrors.notArchive(path, error instanceof Error ? error.message : String(error));
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  } catch (error) {
    throw archiveErrors.notArchive(path, error instanceof Error ? error.message : String(error));
  }
  const entries = Object.values(zip.files).filter((f) => !f.dir);
  if (entries.length > limits.entries) throw archiveErrors.notArchive(path, `${entries.length} entries`);
  const stray = entries.find((f) => !ENTRY.test(f.name));
  if (stray) throw archiveErrors.notArchive(path, `unexpected entry "${stray.name}"`);
  const budget = { left: limits.totalBytes };
  const manifestFile = zip.file('manifest.json');
  if (!manifestFile) throw archiveErrors.notArchive(path, 'no manifest.json');
  let manifest: ArchiveManifest;
  try {
    manifest = JSON.parse(await inflate(manifestFile, limits.entryBytes, budget, path)) as ArchiveManifest;
  } catch (error) {
    if (error instanceof Error && 'code' in error) throw error;
    throw archiveErrors.notArchive(path, 'manifest.json is not JSON');
  }
  if (manifest?.format !== FORMAT || typeof manifest.formatVersion !== 'number') throw archiveErrors.notArchive(path, 'not a Review Desk archive');
  if (manifest.formatVersion > FORMAT_VERSION) throw archiveErrors.tooNew(path, manifest.formatVersion);
  if (!Array.isArray(manifest.reviews) || typeof manifest.tables !== 'object' || manifest.tables === null) throw archiveErrors.notArchive(path, 'manifest.json is malformed');

  const tables = new Map<string, Record<string, string | number | null>[]>();
  for (const entry of entries) {
    const name = ENTRY.exec(entry.name)?.[2];
    if (!name) continue;
    let file: TableFile;
    try {
      file = checkTableFile(JSON.parse(await inflate(entry, limits.entryBytes, budget, path)), name, path);
    } catch (error) {
      if (error instanceof Error && 'code' in error) throw error;
      throw archiveErrors.notArchive(path, `tables/${name}.json is not JSON`);
    }
    if (!archiveTable(name)) {
      // A table this version does not know: harmless when empty, otherwise this app would drop data.
      if (file.rows.length > 0) throw archiveErrors.tooNew(path, manifest.formatVersion);
      continue;
    }
    tables.set(name, file.rows.map((row) => Object.fromEntries(file.columns.map((c, i) => [c, row[i] ?? null]))));
  }
  if (!tables.has('reviews')) throw archiveErrors.notArchive(path, 'no reviews table');
  return { manifest, tables };
}
