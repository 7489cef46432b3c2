// Node side of the reference data: reads the bundled files and the user's stored edits, and saves edits.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../../store/db.ts';
import { withTransaction } from '../../store/db.ts';
import { AppError } from '../../shared/errors.ts';
import { selectReferenceEdits, upsertReferenceEdit, deleteReferenceEdit, deleteReferenceEntryEdits } from '../../store/reference-edits.ts';
import { buildReference, type Reference, type SourceFile } from './build.ts';
import { checkEdit } from './edits.ts';
import { checkEntry, type EntryMode, type EntrySave } from './entry.ts';
import { refMessages } from './messages.ts';
import { isRefKind, type EditValue, type ReferenceEdit, type RefEntry } from './schema.ts';

/** data/reference under the app's resources (the repo root in development). */
export function referenceDir(resourcesDir: string): string {
  return join(resourcesDir, 'data', 'reference');
}

/** The .yaml/.yml/.json files of a folder; an unreadable file becomes a problem, not an exception. */
export function readReferenceFiles(dir: string, origin: 'bundled' | 'user' = 'bundled'): { files: SourceFile[]; unreadable: Reference['problems'] } {
  const files: SourceFile[] = [];
  const unreadable: Reference['problems'] = [];
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((n) => /\.(ya?ml|json)$/i.test(n)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') unreadable.push({ file: dir, origin, line: null, reason: refMessages.unreadable(String(error)) });
    return { files, unreadable };
  }
  for (const name of names) {
    try {
      files.push({ file: name, text: readFileSync(join(dir, name), 'utf8'), origin });
    } catch (error) {
      unreadable.push({ file: name, origin, line: null, reason: refMessages.unreadable(error instanceof Error ? error.message : String(error)) });
    }
  }
  return { files, unreadable };
}

/** The reference as the app uses it: bundled files, then the user's edits from the library. */
export function loadReference(options: { resourcesDir: string; db?: Db | null }): Reference {
  const { files, unreadable } = readReferenceFiles(referenceDir(options.resourcesDir));
  const edits = options.db ? selectReferenceEdits(options.db) : [];
  const ref = buildReference(files, edits);
  return { ...ref, problems: [...unreadable, ...ref.problems] };
}

/**
 * Validates and stores one user edit (`ref set KIND KEY FIELD VALUE`). Throws AppError with a clear
 * message when the kind is unknown or the value does not fit; the library is unchanged then.
 * Returns the entry as it now reads (null while a new entry still lacks required fields).
 */
export function setReferenceValue(db: Db, resourcesDir: string, kind: string, key: string, field: string, raw: string, now = new Date()): RefEntry | null {
  if (!isRefKind(kind)) throw new AppError('reference-kind', refMessages.unknownKind(kind));
  return withTransaction(db, () => {
    const ref = loadReference({ resourcesDir, db });
    const pending = Object.fromEntries(selectReferenceEdits(db).filter((e) => e.kind === kind && e.key === key).map((e) => [e.field, e.value]));
    const checked = checkEdit(ref.data, kind, key.normalize('NFC').trim(), field, raw, pending);
    if (!checked.ok) throw new AppError('reference-value', checked.reason);
    upsertReferenceEdit(db, { kind, key: key.normalize('NFC').trim(), field, value: checked.value, updatedAt: now.toISOString() });
    return checked.entry;
  });
}

/**
 * Validates and stores a whole entry from the reference-data screen: every field is checked first (with the
 * entry as it will read), and only then are the fields written, in one transaction, so a refusal leaves the
 * library as it was. Refusals come back field by field as a value (they are the user's to fix, not faults).
 */
export function setReferenceEntry(db: Db, resourcesDir: string, kind: string, mode: EntryMode, key: string, values: Readonly<Record<string, string>>, now = new Date()): EntrySave {
  if (!isRefKind(kind)) throw new AppError('reference-kind', refMessages.unknownKind(kind));
  return withTransaction(db, () => {
    const ref = loadReference({ resourcesDir, db });
    const stored = selectReferenceEdits(db).filter((e) => e.kind === kind);
    const pendingFor = (k: string): Record<string, EditValue> => Object.fromEntries(stored.filter((e) => e.key === k).map((e) => [e.field, e.value]));
    const checked = checkEntry(ref.data, kind, mode, key, values, pendingFor);
    if (!checked.ok) return checked;
    const updatedAt = now.toISOString();
    for (const [field, value] of Object.entries(checked.write)) upsertReferenceEdit(db, { kind, key: checked.key, field, value, updatedAt });
    // Read back as the app will: the entry must be there with none of its values ignored, or nothing is kept.
    const after = loadReference({ resourcesDir, db });
    const entry = (after.data[kind] as RefEntry[]).find((e) => e.key === checked.key);
    if (!entry || after.editProblems.some((p) => p.edit.kind === kind && p.edit.key === checked.key && p.edit.field in checked.write)) {
      throw new AppError('reference-value', refMessages.notApplied(checked.key));
    }
    return { ok: true, key: checked.key, entry, written: Object.keys(checked.write) };
  });
}

/** Drops the user's value for one field, so the bundled value shows again. */
export function resetReferenceValue(db: Db, kind: string, key: string, field: string): boolean {
  return deleteReferenceEdit(db, kind, key, field);
}

/**
 * Removes an entry the user added (every value stored for it), in one transaction; returns what was stored,
 * so Undo can put it back. A bundled entry is refused: it belongs to the data files (its values are reset
 * one by one instead).
 */
export function removeUserEntry(db: Db, resourcesDir: string, kind: string, key: string): ReferenceEdit[] {
  if (!isRefKind(kind)) throw new AppError('reference-kind', refMessages.unknownKind(kind));
  return withTransaction(db, () => {
    const entry = (loadReference({ resourcesDir, db }).data[kind] as RefEntry[]).find((e) => e.key === key);
    const stored = selectReferenceEdits(db).some((e) => e.kind === kind && e.key === key);
    if (entry?.origin.bundled) throw new AppError('reference-bundled', refMessages.bundledEntry(key));
    if (!entry && !stored) throw new AppError('reference-no-entry', refMessages.noEntry(key));
    return deleteReferenceEntryEdits(db, kind, key);
  });
}

/** Puts back values removed by removeUserEntry (Undo), as they were. */
export function restoreReferenceEdits(db: Db, edits: readonly ReferenceEdit[]): void {
  withTransaction(db, () => { for (const e of edits) upsertReferenceEdit(db, e); });
}
