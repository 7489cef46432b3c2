// Files crossing between Chromium's own pickers and the services, for the Chromium app (`npm start`
// where Electron is not installed). A page cannot hand the main side a path, only bytes: what the user
// picked (file input, folder input, drop) is written under <data>/chromium-app/staging and imported
// from there with the same pipeline as the desktop app; an export is written under
// <data>/chromium-app/exports and its bytes are handed back once, to be saved through Chromium's save
// picker. So, as in Electron, the renderer can name only paths this side gave it: it can neither read
// nor overwrite any other file.
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { AppError } from '../shared/errors.ts';
import type { DialogPort, FilesPort } from '../services/ports.ts';
import type { PathGrants } from '../ipc/path-grants.ts';

export const CHROMIUM_APP_DIR = 'chromium-app';
/** Chromium's own profile (settings, permissions, caches) lives with the library it serves. */
export const CHROMIUM_PROFILE_DIR = join(CHROMIUM_APP_DIR, 'profile');

/** One path segment as a file name every OS accepts; '' when nothing usable is left. */
export function safeSegment(segment: string): string {
  const cleaned = segment.normalize('NFC').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (cleaned === '.' || cleaned === '..') return '';
  return cleaned.replace(/^\.+$/, '').slice(0, 200);
}

/** A relative path as the user's file system had it ("2024/Báo cáo.docx"), made safe segment by segment. */
export function safeRelativePath(path: string): string {
  const segments = path.split(/[\\/]+/).map(safeSegment).filter((s) => s !== '');
  if (segments.length === 0) throw new AppError('invalid-file-name', { vi: `Tên tệp không hợp lệ: ${path}`, en: `Invalid file name: ${path}` });
  return segments.join(sep);
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, resolve(path));
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep);
}

const BATCH = /^[A-Za-z0-9-]{1,64}$/;

export interface ChromiumFiles {
  files: FilesPort;
  dialogs: DialogPort;
  /** Removes what earlier sessions staged (imports are in the library by now; exports were handed back). */
  clean(): void;
}

export function chromiumAppFiles(dataDir: string, grants: PathGrants): ChromiumFiles {
  const root = resolve(dataDir, CHROMIUM_APP_DIR);
  const staging = join(root, 'staging');
  const exports = join(root, 'exports');
  /** Export targets handed out and not yet taken back: the only files files:take may read. */
  const pending = new Set<string>();
  const inPage = (what: string) => new AppError('in-page-dialog', {
    vi: `Trong ứng dụng Chromium, ${what === 'confirm' ? 'câu hỏi xác nhận' : 'hộp chọn tệp'} hiện ngay trong cửa sổ.`,
    en: `In the Chromium app the ${what === 'confirm' ? 'confirmation' : 'file picker'} is shown in the window itself.`,
  });
  return {
    clean() {
      rmSync(staging, { recursive: true, force: true });
      rmSync(exports, { recursive: true, force: true });
      mkdirSync(root, { recursive: true });
    },
    files: {
      async stage(batch, relativePath, bytes) {
        if (!BATCH.test(batch)) throw new AppError('invalid-argument', { vi: 'Mã lô nhập không hợp lệ.', en: 'Invalid import batch id.' });
        const path = join(staging, batch, safeRelativePath(relativePath));
        if (!inside(join(staging, batch), path)) throw new AppError('invalid-file-name', { vi: `Tên tệp không hợp lệ: ${relativePath}`, en: `Invalid file name: ${relativePath}` });
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, bytes, { flag: 'wx' }).catch(async (error: NodeJS.ErrnoException) => {
          if (error.code !== 'EEXIST') throw error;
          await writeFile(path, bytes);
        });
        grants.grant([path]);
        return path;
      },
      async take(path) {
        const target = resolve(path);
        if (!pending.has(target) || !inside(exports, target)) {
          throw new AppError('path-not-chosen', { vi: 'Tệp này không phải bản xuất đang chờ lưu.', en: 'This file is not an export waiting to be saved.' });
        }
        pending.delete(target);
        try {
          return { name: basename(target), bytes: await readFile(target) };
        } finally {
          await rm(dirname(target), { recursive: true, force: true });
        }
      },
    },
    dialogs: {
      pickImport: async () => { throw inPage('pick'); },
      // The save picker itself runs in the page (it needs the click); here, only the export's own place.
      async pickExport(defaultName) {
        const path = join(exports, randomUUID(), safeRelativePath(basename(defaultName)));
        await mkdir(dirname(path), { recursive: true });
        pending.add(path);
        return path;
      },
      confirm: async () => { throw inPage('confirm'); },
    },
  };
}
