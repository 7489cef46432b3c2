// Reads a .docx (a ZIP) defensively: the central directory is checked before anything is inflated
// (entry count, declared sizes, ratios, paths), then each entry is inflated with an output cap equal
// to its declared size, so an archive that lies about its sizes cannot blow up either.
import { inflateRawSync } from 'node:zlib';
import { importErrors } from './errors.ts';
import { MAX_UNZIPPED_BYTES, MAX_ZIP_ENTRIES, MAX_ZIP_RATIO, RATIO_CHECK_FLOOR } from './limits.ts';

const EOCD_SIG = 0x06054b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const ZIP64_MARK = 0xffffffff;

export interface ZipEntryInfo {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function findEndOfCentralDirectory(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let at = buf.length - 22; at >= stop; at--) if (buf.readUInt32LE(at) === EOCD_SIG) return at;
  return -1;
}

/** True when a name would escape the extraction folder ("../x", "/etc/x", "C:\x"). */
export function isUnsafeEntryName(name: string): boolean {
  const unified = name.replace(/\\/g, '/');
  return unified.startsWith('/') || /^[a-zA-Z]:/.test(unified) || unified.split('/').includes('..');
}

/** Lists the entries from the central directory and enforces every limit that needs no inflating. */
export function readCentralDirectory(buf: Buffer, file: string): ZipEntryInfo[] {
  if (buf.length < 22) throw importErrors.truncated(file, 'too short for a ZIP archive');
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) throw importErrors.truncated(file, 'no end-of-archive record');
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === ZIP64_MARK) throw importErrors.zipBomb(file, 'ZIP64');
  if (count > MAX_ZIP_ENTRIES) throw importErrors.zipBomb(file, `${count} entries`);
  if (cdOffset + cdSize > eocd) throw importErrors.truncated(file, 'central directory out of range');
  const entries: ZipEntryInfo[] = [];
  let total = 0;
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || buf.readUInt32LE(at) !== CENTRAL_SIG) throw importErrors.truncated(file, 'central directory damaged');
    const nameLength = buf.readUInt16LE(at + 28);
    const entry: ZipEntryInfo = {
      flags: buf.readUInt16LE(at + 8),
      method: buf.readUInt16LE(at + 10),
      compressedSize: buf.readUInt32LE(at + 20),
      size: buf.readUInt32LE(at + 24),
      localOffset: buf.readUInt32LE(at + 42),
      name: buf.toString('utf8', at + 46, at + 46 + nameLength),
    };
    if (isUnsafeEntryName(entry.name)) throw importErrors.unsafePath(file, entry.name);
    if (entry.size === ZIP64_MARK || entry.compressedSize === ZIP64_MARK) throw importErrors.zipBomb(file, 'ZIP64');
    total += entry.size;
    if (total > MAX_UNZIPPED_BYTES) throw importErrors.zipBomb(file, `> ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB uncompressed`);
    if (entry.size > RATIO_CHECK_FLOOR && entry.size > MAX_ZIP_RATIO * Math.max(1, entry.compressedSize)) {
      throw importErrors.zipBomb(file, `ratio ${Math.round(entry.size / Math.max(1, entry.compressedSize))}:1 in ${entry.name}`);
    }
    entries.push(entry);
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return entries;
}

/** Inflates one entry, never producing more than its declared size. */
export function inflateEntry(buf: Buffer, entry: ZipEntryInfo, file: string): Buffer {
  const local = entry.localOffset;
  if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL_SIG) throw importErrors.truncated(file, `entry ${entry.name}`);
  if (entry.flags & 1) throw importErrors.encrypted(file);
  const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
  const end = start + entry.compressedSize;
  if (end > buf.length) throw importErrors.truncated(file, `entry ${entry.name} cut short`);
  const data = buf.subarray(start, end);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw importErrors.truncated(file, `compression method ${entry.method}`);
  try {
    // maxOutputLength: a lying size header makes inflation stop here instead of filling memory.
    return inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw importErrors.zipBomb(file, `${entry.name} inflates past its declared size`);
    }
    throw importErrors.truncated(file, `entry ${entry.name} cannot be inflated`);
  }
}

/**
 * Checks the whole archive, then inflates the entries `wanted` accepts (the XML parts; media are
 * never inflated, as images are dropped). Throws an AppError naming the file on any problem.
 */
export function readZipSafely(buf: Buffer, file: string, wanted: (name: string) => boolean = () => true): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const entry of readCentralDirectory(buf, file)) {
    if (entry.name.endsWith('/') || !wanted(entry.name)) continue;
    out.set(entry.name, inflateEntry(buf, entry, file));
  }
  return out;
}
