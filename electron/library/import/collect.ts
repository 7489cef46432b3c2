// Expanding what the user picked (files and folders) into the list of files to import.
// Folders are walked recursively, keeping supported extensions; hidden files and folders, Word's "~$"
// lock files and unsupported kinds are skipped, and each skip is listed with its reason (never
// silently). Links are followed once (a loop is walked once). Files named explicitly are kept as
// given, so an unsupported or missing one is reported as an error. A folder that cannot be read is
// reported and the rest of the batch goes on.
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { ImportOutcome } from '../../shared/library.ts';
import { importErrors } from './errors.ts';
import { formatOf } from './formats.ts';

export interface Collected {
  files: string[];
  /** Folders that could not be read (errors) and what the walk left out (skipped, with the reason). */
  problems: ImportOutcome[];
}

const SKIP_REASONS = {
  lock: { vi: 'Tệp khoá tạm của Word (“~$…”), không phải tài liệu.', en: 'A Word lock file (“~$…”), not a document.' },
  hidden: { vi: 'Tệp hoặc thư mục ẩn.', en: 'A hidden file or folder.' },
  unsupported: {
    vi: 'Loại tệp không nhập được (chỉ nhập .docx, .docm, .dotx, .dotm, .doc, .rtf, .odt, .txt, .md, .html và các định dạng LibreOffice mở được).',
    en: 'Not a kind that can be imported (.docx, .docm, .dotx, .dotm, .doc, .rtf, .odt, .txt, .md, .html and formats LibreOffice opens).',
  },
  notFile: { vi: 'Không phải tệp thường (liên kết hỏng hoặc thiết bị).', en: 'Not a regular file (a broken link or a device).' },
} as const;

function skipped(path: string, reason: keyof typeof SKIP_REASONS): ImportOutcome {
  return { file: path, status: 'skipped', reason: { ...SKIP_REASONS[reason] } };
}

function problem(path: string, error: unknown): ImportOutcome {
  const reason = (error as NodeJS.ErrnoException).code ?? String(error);
  const appError = importErrors.folderUnreadable(basename(path), reason);
  return { file: path, status: 'error', code: appError.code, message: appError.userMessage };
}

async function walk(dir: string, out: Collected, seen: Set<string>): Promise<void> {
  let real: string;
  let entries;
  try {
    real = await realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    out.problems.push(problem(dir, error));
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.name.startsWith('~$')) { out.problems.push(skipped(path, 'lock')); continue; }
    if (entry.name.startsWith('.')) { out.problems.push(skipped(path, 'hidden')); continue; }
    // A link's own entry is neither file nor folder: look at what it points to.
    const target = entry.isSymbolicLink() ? await stat(path).catch(() => null) : entry;
    if (target?.isDirectory()) await walk(path, out, seen);
    else if (!target?.isFile()) out.problems.push(skipped(path, 'notFile'));
    else if (formatOf(entry.name)) out.files.push(path);
    else out.problems.push(skipped(path, 'unsupported'));
  }
}

export async function collectImport(paths: readonly string[]): Promise<Collected> {
  const out: Collected = { files: [], problems: [] };
  const seen = new Set<string>();
  for (const given of paths) {
    const path = resolve(given);
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) await walk(path, out, seen);
    else out.files.push(path);
  }
  return { files: [...new Set(out.files)], problems: out.problems };
}

/** The files alone, for callers that pick folders they made themselves (samples, tests). */
export async function collectFiles(paths: readonly string[]): Promise<string[]> {
  return (await collectImport(paths)).files;
}
