// Reads a .docx (a ZIP) defensively: the central directory is checked before anything is inflated
// (entry count, paths, ZIP64); each part is inflated only when read, after its declared size and
// ratio are checked against the limits, with an output cap equal to its declared size, so an archive
// that lies about its sizes cannot blow up either. Parts never read (media, macros) are never inflated.
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

/**
 * Lists the entries from the central directory and enforces the limits that need no inflating
 * (entry count, paths, ZIP64). Sizes are checked per part when a part is read (ZipPackage.read): a
 * 1.45 MB preview image compressed 269:1 is never inflated, so it cannot be a bomb.
 */
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
    entries.push(entry);
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return entries;
}

/** The per-part checks made before a part is inflated. */
function checkBeforeInflating(entry: ZipEntryInfo, alreadyRead: number, file: string): void {
  if (alreadyRead + entry.size > MAX_UNZIPPED_BYTES) {
    throw importErrors.zipBomb(file, `${entry.name}: > ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB uncompressed in the parts read`);
  }
  if (entry.size > RATIO_CHECK_FLOOR && entry.size > MAX_ZIP_RATIO * Math.max(1, entry.compressedSize)) {
    throw importErrors.zipBomb(file, `ratio ${Math.round(entry.size / Math.max(1, entry.compressedSize))}:1 in ${entry.name}`);
  }
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
 * An OPC package read on demand: the central directory is checked at once, each part is inflated only
 * when read, with the expansion limits applied to the parts read (their declared sizes, summed, and
 * their ratios). Media are never inflated; they are counted by their stored size. Part names are
 * matched case-insensitively, as OPC requires.
 */
export class ZipPackage {
  readonly file: string;
  private readonly buf: Buffer;
  private readonly byName = new Map<string, ZipEntryInfo>();
  private readBytes = 0;

  constructor(buf: Buffer, file: string) {
    this.buf = buf;
    this.file = file;
    for (const entry of readCentralDirectory(buf, file)) {
      if (!entry.name.endsWith('/')) this.byName.set(entry.name.toLowerCase(), entry);
    }
  }

  names(): string[] {
    return [...this.byName.values()].map((e) => e.name);
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  /** Declared uncompressed size (0 when absent): for budgets decided before anything is inflated. */
  declaredSize(name: string): number {
    return this.byName.get(name.toLowerCase())?.size ?? 0;
  }

  storedSize(name: string): number {
    return this.byName.get(name.toLowerCase())?.compressedSize ?? 0;
  }

  /** The part's bytes, or null when the package has no such part. */
  read(name: string): Buffer | null {
    const entry = this.byName.get(name.toLowerCase());
    if (!entry) return null;
    checkBeforeInflating(entry, this.readBytes, this.file);
    const data = inflateEntry(this.buf, entry, this.file);
    this.readBytes += data.length;
    return data;
  }

  text(name: string): string | null {
    const data = this.read(name);
    return data === null ? null : data.toString('utf8');
  }
}
