// A whole entry from the reference-data screen's form: every field typed at once, checked together, and
// either all written or none (a refusal per field, so the form can show each next to its field).
// Pure: the Node side (load.ts) writes what this returns inside one transaction.
import type { UserMessage } from '../../shared/errors.ts';
import { ENTRY_SCHEMAS, type EditValue, type RefEntry, type RefKind, type ReferenceData } from './schema.ts';
import { coerceFieldValue, crossRefusal, editableFields, mergeValues, newEntryStart } from './edits.ts';
import { KEY_FROM } from './fields.ts';
import { issueReason } from './parse.ts';
import { refMessages as m } from './messages.ts';

/** 'add': a new entry (its key must be free); 'edit': an entry that exists. */
export type EntryMode = 'add' | 'edit';

export interface FieldRefusal {
  /** A field of the kind, or 'key'. */
  field: string;
  reason: UserMessage;
}

/** What reference:setEntry answers: the entry as it now reads, or why nothing was saved. */
export type EntrySave =
  | { ok: true; key: string; entry: RefEntry; written: string[] }
  | { ok: false; refusals: FieldRefusal[] };

export type EntryCheck =
  | { ok: true; key: string; write: Record<string, EditValue>; entry: RefEntry }
  | { ok: false; refusals: FieldRefusal[] };

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Checks a whole entry. `values` are the form's texts by field; for 'add' an empty text is no value (the
 * field's default, or a "required" refusal), for 'edit' only values that differ from the entry are written.
 * `pendingFor(key)`: the user's stored values of an entry not yet complete (saved by `ref set`), which the
 * stored entry will combine with.
 */
export function checkEntry(
  data: ReferenceData, kind: RefKind, mode: EntryMode, rawKey: string, values: Readonly<Record<string, string>>,
  pendingFor: (key: string) => Record<string, EditValue> = () => ({}),
): EntryCheck {
  const refusals: FieldRefusal[] = [];
  const refuse = (field: string, reason: UserMessage) => {
    if (!refusals.some((r) => r.field === field)) refusals.push({ field, reason });
  };
  const editable = new Set(editableFields(kind));
  const coerced: Record<string, EditValue> = {};
  for (const [field, raw] of Object.entries(values)) {
    if (!editable.has(field)) { refuse(field, field === 'key' ? m.readOnlyField(field) : m.unknownField(field)); continue; }
    if (mode === 'add' && raw.trim() === '') continue;
    const c = coerceFieldValue(kind, field, raw);
    if (c.ok) coerced[field] = c.value; else refuse(field, c.reason);
  }

  const list = data[kind] as RefEntry[];
  const keyFrom = KEY_FROM[kind] ?? null;
  // Where a key problem is shown: on the field the key is made from, when there is one.
  const keyField = keyFrom ?? 'key';
  let key = rawKey.normalize('NFC').trim();
  if (mode === 'add' && key === '' && keyFrom !== null && coerced[keyFrom] !== undefined) key = String(coerced[keyFrom]);
  // A missing or taken key is refused, and the other fields are still checked: every refusal shows at once.
  if (key === '') refuse(keyField, m.required());
  const existing = list.find((e) => e.key === key);
  if (mode === 'add' && existing) refuse(keyField, m.exists(key));
  if (mode === 'edit' && !existing) return { ok: false, refusals: [{ field: 'key', reason: m.noEntry(key) }] };
  const base = mode === 'edit' ? existing : undefined;

  let start: Record<string, unknown>;
  let write: Record<string, EditValue>;
  let laid: Record<string, EditValue>;
  if (base) {
    start = { ...base };
    delete start.origin;
    // Only what changed is written, so a field retyped as it was does not become the user's.
    write = Object.fromEntries(Object.entries(coerced).filter(([f, v]) => !same(v, (base as unknown as Record<string, unknown>)[f])));
    laid = write;
  } else {
    start = newEntryStart(kind, key);
    write = coerced;
    // Values already stored for this key (an entry begun with `ref set`) combine with these when loaded.
    laid = { ...pendingFor(key), ...coerced };
  }
  const merged = mergeValues(kind, start, laid);
  const parsed = ENTRY_SCHEMAS[kind].safeParse(merged);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const first = String(issue.path[0] ?? 'key');
      const field = first === 'key' ? keyField : first;
      if (!refusals.some((r) => r.field === field)) refuse(field, issueReason(issue, merged));
    }
    return { ok: false, refusals };
  }
  if (refusals.length > 0) return { ok: false, refusals };
  const userFields = [...new Set([...(base?.origin.userFields ?? []), ...Object.keys(laid)])];
  const entry = { ...(parsed.data as object), origin: { bundled: base?.origin.bundled ?? false, userFields } } as RefEntry;
  const cross = crossRefusal(data, kind, entry);
  if (cross) return { ok: false, refusals: [cross] };
  return { ok: true, key, write, entry };
}
