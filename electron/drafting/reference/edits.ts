// The user's edits to reference data: turning a typed value into the field's type, refusing values that
// do not fit, and laying the edits over the bundled entries (the user's value wins, and is marked theirs).
import type { UserMessage } from '../../shared/errors.ts';
import { ENTRY_SCHEMAS, type EditValue, type RefKind, type ReferenceEdit, type ReferenceData, type RefEntry } from './schema.ts';
import { describeIssue } from './parse.ts';
import { refMessages as m } from './messages.ts';
import { fieldShape, shapeOf } from './fields.ts';

/** Editable fields of a kind, in schema order (everything but key). */
export function editableFields(kind: RefKind): string[] {
  return Object.keys(ENTRY_SCHEMAS[kind].shape).filter((f) => f !== 'key');
}

export type Coerced = { ok: true; value: EditValue } | { ok: false; reason: UserMessage };

/**
 * A value typed in the CLI or the reference-data screen, as the field's type; the refusal is the bare
 * reason (no field name), for a form that shows it next to the field.
 */
export function coerceFieldValue(kind: RefKind, field: string, raw: string): Coerced {
  const schema = shapeOf(kind)[field];
  if (!schema || field === 'key') return { ok: false, reason: field === 'key' ? m.readOnlyField(field) : m.unknownField(field) };
  const { type, nullable, optional } = fieldShape(schema);
  const text = raw.normalize('NFC').trim();
  // null also stands for "no value" of an optional field (a note cleared): combine() leaves the field out.
  if ((nullable || optional) && (text === '' || text.toLowerCase() === 'null')) return { ok: true, value: null };
  switch (type) {
    case 'number': {
      if (!/^-?\d+$/.test(text)) return { ok: false, reason: field === 'year' ? m.notYear() : m.notNumber() };
      return { ok: true, value: Number(text) };
    }
    case 'boolean': {
      const t = text.toLowerCase();
      if (['true', 'yes', 'có', 'co', '1', 'đúng'].includes(t)) return { ok: true, value: true };
      if (['false', 'no', 'không', 'khong', '0', 'sai'].includes(t)) return { ok: true, value: false };
      return { ok: false, reason: m.notBoolean() };
    }
    case 'array':
      return { ok: true, value: text === '' ? [] : text.split(',').map((s) => s.trim()).filter(Boolean) };
    default:
      return { ok: true, value: text };
  }
}

/** The same, with the field named in the refusal (the CLI's `ref set`). */
export function coerceEditValue(kind: RefKind, field: string, raw: string): Coerced {
  const coerced = coerceFieldValue(kind, field, raw);
  if (coerced.ok || field === 'key' || !(field in shapeOf(kind))) return coerced;
  return { ok: false, reason: m.field(field, coerced.reason) };
}

/** Fields a new user entry gets from its key, so `ref set chairs 2031 chair VN` is enough. */
export function derivedFromKey(kind: RefKind, key: string): Record<string, unknown> {
  if (kind === 'chairs' && /^\d{4}$/.test(key)) return { year: Number(key) };
  if (kind === 'summits' && /^\d+$/.test(key)) return { number: Number(key) };
  return {};
}

export const USER_SOURCE = 'Người dùng nhập / entered by the user';

interface Checked { entry: RefEntry | null; reason: UserMessage | null; missing: string[] }

/** The entry a new user entry starts from: its key, the user as source, confirmed, and what the key gives. */
export function newEntryStart(kind: RefKind, key: string): Record<string, unknown> {
  return { key, source: USER_SOURCE, confirmed: true, ...derivedFromKey(kind, key) };
}

/** Lays values over a start; null for a field that cannot be null (an optional note) means "no value". */
export function mergeValues(kind: RefKind, start: Record<string, unknown>, fields: Record<string, EditValue>): Record<string, unknown> {
  const shape = shapeOf(kind);
  const merged: Record<string, unknown> = { ...start, ...fields };
  for (const [f, v] of Object.entries(fields)) {
    const schema = shape[f];
    if (v === null && schema && !fieldShape(schema).nullable) delete merged[f];
  }
  return merged;
}

/** Lays the fields over an entry (or a new one) and validates the result against its kind's schema. */
function combine(kind: RefKind, key: string, base: RefEntry | undefined, fields: Record<string, EditValue>): Checked {
  const start: Record<string, unknown> = base ? { ...base } : newEntryStart(kind, key);
  delete start.origin;
  const merged = mergeValues(kind, start, fields);
  const parsed = ENTRY_SCHEMAS[kind].safeParse(merged);
  const userFields = [...new Set([...(base?.origin.userFields ?? []), ...Object.keys(fields)])];
  if (parsed.success) {
    return { entry: { ...(parsed.data as object), origin: { bundled: base?.origin.bundled ?? false, userFields } } as RefEntry, reason: null, missing: [] };
  }
  const missing: string[] = [];
  for (const issue of parsed.error.issues) {
    const f = String(issue.path[0] ?? '');
    const value = (merged as Record<string, unknown>)[f];
    if (!base && value === undefined && issue.path.length === 1 && !(f in fields)) { missing.push(f); continue; }
    return { entry: null, reason: describeIssue(issue, merged), missing };
  }
  return { entry: null, reason: m.incomplete(missing), missing };
}

/** The field and reason when a reference between kinds does not hold (a Chair is a member state; successors exist). */
export function crossRefusal(data: ReferenceData, kind: RefKind, entry: RefEntry): { field: string; reason: UserMessage } | null {
  if (kind === 'chairs') {
    const code = (entry as RefEntry<'chairs'>).chair;
    if (!data.members.some((x) => x.key === code)) return { field: 'chair', reason: m.notMember(code) };
  }
  if (kind === 'policy-docs') {
    const s = (entry as RefEntry<'policy-docs'>).successor;
    if (s !== null && !data['policy-docs'].some((x) => x.key === s)) return { field: 'successor', reason: m.unknownRef('policy-docs', s) };
  }
  if (kind === 'ministries') {
    for (const s of (entry as RefEntry<'ministries'>).successors) {
      if (!data.ministries.some((x) => x.key === s)) return { field: 'successors', reason: m.unknownRef('ministries', s) };
    }
  }
  return null;
}

/** Checks that references between kinds hold, as one message naming the field. */
export function crossCheck(data: ReferenceData, kind: RefKind, entry: RefEntry): UserMessage | null {
  const refusal = crossRefusal(data, kind, entry);
  return refusal ? m.field(refusal.field, refusal.reason) : null;
}

export type EditCheck = { ok: true; value: EditValue; entry: RefEntry | null } | { ok: false; reason: UserMessage };

/**
 * Validates one edit against the current data before it is stored: the value must fit its field and the
 * entry must still be valid with it. A new entry may be incomplete (its other required fields come in
 * later edits); it appears once complete.
 */
export function checkEdit(data: ReferenceData, kind: RefKind, key: string, field: string, raw: string, pending: Record<string, EditValue> = {}): EditCheck {
  const coerced = coerceEditValue(kind, field, raw);
  if (!coerced.ok) return { ok: false, reason: m.refused(kind, key, field, coerced.reason) };
  const existing = (data[kind] as RefEntry[]).find((e) => e.key === key);
  const combined = combine(kind, key, existing, { ...pending, [field]: coerced.value });
  if (combined.entry === null && combined.missing.length === 0) return { ok: false, reason: m.refused(kind, key, field, combined.reason ?? m.invalid('?')) };
  if (combined.entry) {
    const cross = crossCheck(data, kind, combined.entry);
    if (cross) return { ok: false, reason: m.refused(kind, key, field, cross) };
  } else if (field === 'chair' && kind === 'chairs' && typeof coerced.value === 'string' && !data.members.some((x) => x.key === coerced.value)) {
    return { ok: false, reason: m.refused(kind, key, field, m.field('chair', m.notMember(coerced.value))) };
  }
  return { ok: true, value: coerced.value, entry: combined.entry };
}

export interface EditProblem { edit: ReferenceEdit; reason: UserMessage }

/** Lays the stored edits over the data (in place of a copy). Edits that no longer fit are reported and skipped. */
export function applyEdits(data: ReferenceData, edits: readonly ReferenceEdit[]): { data: ReferenceData; problems: EditProblem[] } {
  const out = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, [...v]])) as ReferenceData;
  const problems: EditProblem[] = [];
  const groups = new Map<string, ReferenceEdit[]>();
  for (const e of edits) {
    const id = `${e.kind}\u0000${e.key}`;
    groups.set(id, [...(groups.get(id) ?? []), e]);
  }
  // Members first, so user-added members can chair.
  const ordered = [...groups.values()].sort((a, b) => Number(b[0]!.kind === 'members') - Number(a[0]!.kind === 'members'));
  for (const group of ordered) {
    const { kind, key } = group[0]!;
    const list = out[kind] as RefEntry[];
    const index = list.findIndex((x) => x.key === key);
    const fields = Object.fromEntries(group.map((e) => [e.field, e.value]));
    const combined = combine(kind, key, index >= 0 ? list[index] : undefined, fields);
    if (!combined.entry) {
      if (combined.missing.length === 0 || index >= 0) for (const e of group) problems.push({ edit: e, reason: combined.reason ?? m.invalid('?') });
      continue; // an incomplete new entry waits for its other fields
    }
    const cross = crossCheck(out, kind, combined.entry);
    if (cross) { for (const e of group) problems.push({ edit: e, reason: cross }); continue; }
    if (index >= 0) list[index] = combined.entry; else list.push(combined.entry);
  }
  return { data: out, problems };
}
