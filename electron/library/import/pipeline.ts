// Importing one file into the library: size and format checks before reading, parsing, duplicate
// detection by file hash and by normalized-text hash, then one transaction that creates the review
// (through the reviews service, so the sections/search hooks run), records its source and links a
// translation. A failure anywhere leaves the library as it was.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Services } from '../../services/index.ts';
import type { ImportOutcome } from '../../shared/library.ts';
import { AppError } from '../../shared/errors.ts';
import { withTransaction } from '../../store/db.ts';
import { insertSource, selectSourceByHashes } from '../../store/sources.ts';
import { nowIso } from '../../services/clock.ts';
import { importErrors, importNotes } from './errors.ts';
import { formatOf } from './formats.ts';
import { MAX_FILE_BYTES } from './limits.ts';
import { sha256 } from './parse.ts';
import { parseOffThread } from './parse-off-thread.ts';
import { findTranslationOf } from './translations.ts';

function errorOutcome(file: string, error: unknown): ImportOutcome {
  const appError = error instanceof AppError
    ? error
    : importErrors.unreadable(basename(file), error instanceof Error ? error.message : String(error));
  return { file, status: 'error', code: appError.code, message: appError.userMessage };
}

/** The same file or text is already in the library (perhaps in the trash, where the user can restore it). */
function duplicateOutcome(services: Services, file: string, reviewId: string): ImportOutcome {
  const meta = services.reviews.getMeta(reviewId);
  return { file, status: 'duplicate', existingId: reviewId, title: meta.title, inTrash: meta.deletedAt !== null };
}

async function readChecked(path: string, name: string): Promise<{ buf: Buffer; mtimeYear: number }> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw importErrors.unreadable(name, (error as NodeJS.ErrnoException).code ?? String(error));
  }
  if (!info.isFile()) throw importErrors.unreadable(name, 'not a file / không phải tệp');
  if (info.size === 0) throw importErrors.empty(name);
  // By size alone, before reading: a 200 MB file never reaches memory.
  if (info.size > MAX_FILE_BYTES) throw importErrors.tooLarge(name, info.size, MAX_FILE_BYTES);
  return { buf: await readFile(path), mtimeYear: info.mtime.getFullYear() };
}

export async function importFile(services: Services, path: string): Promise<ImportOutcome> {
  const name = basename(path);
  try {
    const format = formatOf(path);
    if (!format) throw importErrors.unsupported(name);
    const { buf, mtimeYear } = await readChecked(path, name);
    const fileHash = sha256(buf);
    const sameBytes = selectSourceByHashes(services.db, fileHash, '');
    if (sameBytes) return duplicateOutcome(services, path, sameBytes.reviewId);
    const parsed = await parseOffThread(buf, format, name, mtimeYear);
    return withTransaction(services.db, (): ImportOutcome => {
      // Checked again inside the transaction: another import may have committed meanwhile.
      const existing = selectSourceByHashes(services.db, fileHash, parsed.textHash);
      if (existing) return duplicateOutcome(services, path, existing.reviewId);
      const translationOf = findTranslationOf(parsed.meta, services.reviews.list());
      const created = services.reviews.create({
        title: parsed.meta.title,
        year: parsed.meta.year,
        lang: parsed.meta.lang,
        kind: parsed.meta.kind,
        status: 'final',
        fields: { ...parsed.meta.fields, source: name },
        content: parsed.content,
        translationOf: translationOf?.id ?? null,
      }, 'import');
      insertSource(services.db, { reviewId: created.id, fileName: name, fileHash, textHash: parsed.textHash, importedAt: nowIso() });
      const notes = translationOf ? [...parsed.notes, importNotes.translationLinked(translationOf.title)] : parsed.notes;
      return { file: path, status: 'imported', reviewId: created.id, title: created.title, notes };
    });
  } catch (error) {
    return errorOutcome(path, error);
  }
}
