// drafting (issue 10). What the toolbar's "Insert field" menu offers: the draft's own fields first (an
// inserted chip takes the value the others have), then the other known fields (inserted empty, to fill
// in the Fields panel). Pure.
import { FIELD_DEFS, fieldDef } from '../../../../electron/shared/fields.ts';
import type { FieldInfo } from './fields.ts';

export interface FieldMenuEntry {
  name: string;
  label: { vi: string; en: string };
  /** The value a new chip gets ('' = empty: the chip shows its label). */
  value: string;
  confirmed: boolean;
  inDraft: boolean;
}

export function fieldMenuEntries(draft: readonly FieldInfo[]): { inDraft: FieldMenuEntry[]; others: FieldMenuEntry[] } {
  const inDraft = draft.map((f) => ({ name: f.name, label: fieldDef(f.name).label, value: f.value, confirmed: f.state === 'filled', inDraft: true }));
  const present = new Set(draft.map((f) => f.name));
  const others = FIELD_DEFS.filter((d) => !present.has(d.name)).map((d) => ({ name: d.name, label: d.label, value: '', confirmed: false, inDraft: false }));
  return { inDraft, others };
}
