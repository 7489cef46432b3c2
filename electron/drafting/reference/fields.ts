// What the reference-data screen needs to draw a whole-entry form: each editable field of a kind with the
// input it takes, read off the kind's zod schema so the form and the validation cannot drift apart.
// Pure: zod only.
import type { z } from 'zod';
import { ENTRY_SCHEMAS, REF_KINDS, type RefKind } from './schema.ts';

/** How a field is typed in: text, a whole number, yes/no, a partial date, a member state, another entry, a list. */
export type RefInput = 'text' | 'number' | 'boolean' | 'date' | 'member' | 'ref' | 'list';

export interface RefFieldSpec {
  name: string;
  input: RefInput;
  /** The entry is refused without a value (a checkbox always has one). */
  required: boolean;
  /** The kind whose keys the value names (input 'member', 'ref' and some lists). */
  refKind?: RefKind;
}

export interface RefKindForm {
  /** The field a new entry's key is made from (chairs: year, summits: number), or null: the user types the key. */
  keyFrom: string | null;
  fields: RefFieldSpec[];
}

export type RefForms = Record<RefKind, RefKindForm>;

/** Fields whose values are keys of another kind (checked by crossCheck in edits.ts). */
export const REFERS_TO: Partial<Record<RefKind, Record<string, RefKind>>> = {
  chairs: { chair: 'members' },
  'policy-docs': { successor: 'policy-docs' },
  ministries: { successors: 'ministries' },
};

/** The field a kind's key equals (the schemas refuse any other key: key-year, key-number). */
export const KEY_FROM: Partial<Record<RefKind, string>> = { chairs: 'year', summits: 'number' };

/** Fields the form leaves out: `unconfirmed` names fields of the data file, and the user's own values count as confirmed. */
const NOT_IN_FORM = new Set(['key', 'unconfirmed']);
/** Fields every kind has (schema.ts `base`). */
const BASE_FIELDS: readonly string[] = ['source', 'confirmed', 'note'];

interface DefLike { type: string; innerType?: { _zod: { def: DefLike } } }

export interface FieldShape {
  type: 'string' | 'number' | 'boolean' | 'array';
  /** null is a value (themeVi: null = no rendering established). */
  nullable: boolean;
  /** The field may be left out (note, abbr, renamedOn) or has a default. */
  optional: boolean;
  /** The innermost schema (without optional/nullable/default). */
  inner: z.core.$ZodType;
}

/** A field's base type, looking through optional/nullable/default. */
export function fieldShape(schema: z.core.$ZodType): FieldShape {
  let current = schema;
  let def = current._zod.def as unknown as DefLike;
  let nullable = false;
  let optional = false;
  while (def.innerType) {
    if (def.type === 'nullable') nullable = true;
    if (def.type === 'optional' || def.type === 'default') optional = true;
    current = def.innerType as unknown as z.core.$ZodType;
    def = def.innerType._zod.def;
  }
  const type = def.type === 'number' || def.type === 'boolean' || def.type === 'array' ? def.type : 'string';
  return { type, nullable, optional, inner: current };
}

function accepts(schema: z.core.$ZodType, value: unknown): boolean {
  return (schema as unknown as z.ZodType).safeParse(value).success;
}

/** A partial date is the one text field that takes 2026-11 and refuses month 13 (the schema's refine, probed). */
function isDateField(inner: z.core.$ZodType): boolean {
  return accepts(inner, '2026-11') && !accepts(inner, '2026-13') && !accepts(inner, 'x');
}

export function shapeOf(kind: RefKind): Record<string, z.core.$ZodType> {
  return ENTRY_SCHEMAS[kind].shape as Record<string, z.core.$ZodType>;
}

export function kindForm(kind: RefKind): RefKindForm {
  const shape = shapeOf(kind);
  const fields: RefFieldSpec[] = [];
  for (const [name, schema] of Object.entries(shape)) {
    if (NOT_IN_FORM.has(name)) continue;
    const s = fieldShape(schema);
    const refKind = REFERS_TO[kind]?.[name];
    let input: RefInput;
    if (s.type === 'number') input = 'number';
    else if (s.type === 'boolean') input = 'boolean';
    else if (s.type === 'array') input = 'list';
    else if (refKind === 'members') input = 'member';
    else if (refKind) input = 'ref';
    else input = isDateField(s.inner) ? 'date' : 'text';
    fields.push({ name, input, required: !s.nullable && !s.optional && s.type !== 'boolean', ...(refKind ? { refKind } : {}) });
  }
  // The kind's own fields first, then where the fact comes from, whether it is confirmed, and a note.
  const last = (f: RefFieldSpec) => Number(BASE_FIELDS.includes(f.name));
  return { keyFrom: KEY_FROM[kind] ?? null, fields: fields.sort((a, b) => last(a) - last(b)) };
}

export function referenceForms(): RefForms {
  return Object.fromEntries(REF_KINDS.map((k) => [k, kindForm(k)])) as RefForms;
}
