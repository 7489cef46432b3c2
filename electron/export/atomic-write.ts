// Writing an export atomically: a temp file beside the target, fsync, rename over the target.
// A failure at any step removes the temp file and leaves an earlier export as it was.
import * as fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../shared/errors.ts';
import { exportErrors } from './errors.ts';

/** The file system calls the writer makes: tests inject failures (ENOSPC) here. */
export interface WriteFs {
  openSync: typeof fs.openSync;
  writeSync: (fd: number, data: Uint8Array, offset: number, length: number) => number;
  fsyncSync: typeof fs.fsyncSync;
  closeSync: typeof fs.closeSync;
  renameSync: typeof fs.renameSync;
  rmSync: typeof fs.rmSync;
  statSync: typeof fs.statSync;
}

export const realFs: WriteFs = {
  openSync: fs.openSync,
  writeSync: (fd, data, offset, length) => fs.writeSync(fd, data, offset, length),
  fsyncSync: fs.fsyncSync,
  closeSync: fs.closeSync,
  renameSync: fs.renameSync,
  rmSync: fs.rmSync,
  statSync: fs.statSync,
};

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

/** Maps a file system error to the user's message; `stage` tells a folder problem from a target problem. */
export function writeError(path: string, error: unknown, stage: 'temp' | 'rename'): AppError {
  if (error instanceof AppError) return error;
  switch (errorCode(error)) {
    case 'ENOENT': case 'ENOTDIR': return exportErrors.missingFolder(path);
    case 'ENOSPC': case 'EDQUOT': return exportErrors.diskFull(path);
    case 'EISDIR': return exportErrors.targetIsFolder(path);
    case 'EBUSY': return exportErrors.fileBusy(path);
    case 'EACCES': case 'EPERM': case 'EROFS':
      return stage === 'temp' ? exportErrors.noPermission(path) : exportErrors.fileBusy(path);
    default: return exportErrors.writeFailed(path, error instanceof Error ? error.message : String(error));
  }
}

/** Cleanup after a failure must not hide the failure itself. */
function removeQuietly(io: WriteFs, temp: string): void {
  try { io.rmSync(temp, { force: true }); } catch { /* the folder itself is the problem */ }
}

export function writeFileAtomic(path: string, data: Uint8Array, io: WriteFs = realFs): void {
  // Refuse a folder as the target before touching anything (rename would replace an empty one on POSIX).
  try {
    if (io.statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw exportErrors.targetIsFolder(path);
  } catch (error) {
    throw writeError(path, error, 'temp');
  }
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | null = null;
  try {
    fd = io.openSync(temp, 'wx', 0o644);
    let offset = 0;
    while (offset < data.length) offset += io.writeSync(fd, data, offset, data.length - offset);
    io.fsyncSync(fd);
    io.closeSync(fd);
    fd = null;
  } catch (error) {
    if (fd !== null) try { io.closeSync(fd); } catch { /* already failing */ }
    removeQuietly(io, temp);
    throw writeError(path, error, 'temp');
  }
  try {
    io.renameSync(temp, path);
  } catch (error) {
    removeQuietly(io, temp);
    throw writeError(path, error, 'rename');
  }
}
