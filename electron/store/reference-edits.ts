// SQL for reference_edits: the user's values for reference data fields (migration 005).
import type { Db } from './db.ts';
import { isRefKind, type EditValue, type ReferenceEdit } from '../drafting/reference/schema.ts';

interface EditRow { kind: string; entry_key: string; field: string; value: string; updated_at: string }

export function selectReferenceEdits(db: Db): ReferenceEdit[] {
  const rows = db.prepare('SELECT kind, entry_key, field, value, updated_at FROM reference_edits ORDER BY updated_at, rowid').all() as unknown as EditRow[];
  const out: ReferenceEdit[] = [];
  for (const r of rows) {
    if (!isRefKind(r.kind)) continue; // a kind a newer app added: left alone
    out.push({ kind: r.kind, key: r.entry_key, field: r.field, value: JSON.parse(r.value) as EditValue, updatedAt: r.updated_at });
  }
  return out;
}

export function upsertReferenceEdit(db: Db, edit: ReferenceEdit): void {
  db.prepare(`INSERT INTO reference_edits (kind, entry_key, field, value, updated_at) VALUES (?, ?, ?, ?, ?)
              ON CONFLICT (kind, entry_key, field) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`)
    .run(edit.kind, edit.key, edit.field, JSON.stringify(edit.value), edit.updatedAt);
}

/** Removes every stored value of one entry; returns them (for Undo). */
export function deleteReferenceEntryEdits(db: Db, kind: string, key: string): ReferenceEdit[] {
  const removed = selectReferenceEdits(db).filter((e) => e.kind === kind && e.key === key);
  db.prepare('DELETE FROM reference_edits WHERE kind = ? AND entry_key = ?').run(kind, key);
  return removed;
}

/** Removes the user's value for one field (the bundled value shows again); returns whether there was one. */
export function deleteReferenceEdit(db: Db, kind: string, key: string, field: string): boolean {
  return Number(db.prepare('DELETE FROM reference_edits WHERE kind = ? AND entry_key = ? AND field = ?').run(kind, key, field).changes) > 0;
}
