// The schema of the reference data files (data/reference/*.yaml) and of the user's edits to them.
// Pure: zod only, no Node APIs, so the renderer and the CLI can validate the same way.
import { z } from 'zod';

export const REF_KINDS = ['members', 'chairs', 'summits', 'som-heads', 'policy-docs', 'ministries', 'glossary', 'dates'] as const;
export type RefKind = (typeof REF_KINDS)[number];

export function isRefKind(value: string): value is RefKind {
  return (REF_KINDS as readonly string[]).includes(value);
}

/** YYYY, YYYY-MM or YYYY-MM-DD, with a real month and day. */
export function isPartialDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < 1900 || year > 2200) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= days;
}

const text = z.string().trim().min(1);
const optionalText = z.string().nullable().default(null);
const partialDate = z.string().refine(isPartialDate, { message: 'date' });
const year = z.number().int().min(1967).max(2200);

/** Every entry: its key, where the fact comes from, and whether it is confirmed (announced). */
const base = {
  key: text,
  source: text,
  confirmed: z.boolean(),
  /** Fields of a confirmed entry that are themselves not confirmed (an unannounced theme, a varying rendering). */
  unconfirmed: z.array(z.string()).default([]),
  note: z.string().optional(),
};

export const memberSchema = z.object({
  ...base,
  key: z.string().regex(/^[A-Z]{2}$/, { message: 'member-code' }),
  nameVi: text,
  nameEn: text,
  joined: partialDate,
}).strict();

export const chairSchema = z.object({
  ...base,
  year,
  /** Member code (members.yaml). */
  chair: z.string().regex(/^[A-Z]{2}$/, { message: 'member-code' }),
  themeEn: optionalText,
  themeVi: optionalText,
}).strict().refine((c) => c.key === String(c.year), { message: 'key-year', path: ['key'] });

export const summitSchema = z.object({
  ...base,
  number: z.number().int().min(1).max(500),
  year,
  date: partialDate,
  placeEn: text,
  placeVi: text,
}).strict().refine((s) => s.key === String(s.number), { message: 'key-number', path: ['key'] })
  .refine((s) => s.date.startsWith(String(s.year)), { message: 'date-year', path: ['date'] });

export const somHeadSchema = z.object({
  ...base,
  nameVi: text,
  nameEn: text,
  titleVi: optionalText,
  titleEn: optionalText,
  from: partialDate,
  to: partialDate.nullable().default(null),
  acting: z.boolean().default(false),
}).strict();

export const policyDocSchema = z.object({
  ...base,
  code: text,
  date: partialDate.nullable().default(null),
  issuerVi: text,
  issuerEn: text,
  titleVi: text,
  titleEn: text,
  shortVi: text,
  shortEn: text,
  /** Key of the document that replaces this one. */
  successor: z.string().nullable().default(null),
}).strict();

export const ministrySchema = z.object({
  ...base,
  nameVi: text,
  nameEn: text,
  current: z.boolean(),
  renamedOn: partialDate.optional(),
  /** Keys of the current ministries that took over a former one's work. */
  successors: z.array(z.string()).default([]),
}).strict();

export const glossarySchema = z.object({
  ...base,
  vi: text,
  en: text,
  abbr: z.string().optional(),
}).strict();

export const fixedDateSchema = z.object({
  ...base,
  date: partialDate,
  labelVi: text,
  labelEn: text,
  /** Phrases with {n} = number of years. */
  anniversaryVi: z.string().includes('{n}'),
  anniversaryEn: z.string().includes('{n}'),
}).strict();

export const ENTRY_SCHEMAS = {
  members: memberSchema,
  chairs: chairSchema,
  summits: summitSchema,
  'som-heads': somHeadSchema,
  'policy-docs': policyDocSchema,
  ministries: ministrySchema,
  glossary: glossarySchema,
  dates: fixedDateSchema,
} as const;

export type Member = z.output<typeof memberSchema>;
export type Chair = z.output<typeof chairSchema>;
export type Summit = z.output<typeof summitSchema>;
export type SomHead = z.output<typeof somHeadSchema>;
export type PolicyDoc = z.output<typeof policyDocSchema>;
export type Ministry = z.output<typeof ministrySchema>;
export type GlossaryEntry = z.output<typeof glossarySchema>;
export type FixedDate = z.output<typeof fixedDateSchema>;

export interface EntryByKind {
  members: Member;
  chairs: Chair;
  summits: Summit;
  'som-heads': SomHead;
  'policy-docs': PolicyDoc;
  ministries: Ministry;
  glossary: GlossaryEntry;
  dates: FixedDate;
}

/** Where an entry's values come from: the bundled file, the user's edits, or both. */
export interface EntryOrigin {
  /** False for an entry the user added. */
  bundled: boolean;
  /** Fields whose value is the user's (shown as theirs in the reference-data screen). */
  userFields: string[];
}

export type RefEntry<K extends RefKind = RefKind> = EntryByKind[K] & { origin: EntryOrigin };

/** The whole reference, every kind as a list in file order (user-added entries last). */
export type ReferenceData = { [K in RefKind]: RefEntry<K>[] };

/** A file of one kind: `kind:` then `entries:`. */
export const fileSchema = z.object({
  kind: z.enum(REF_KINDS),
  entries: z.array(z.unknown()),
}).strict();

/** A value the user set for one field of one entry (stored in the library, migration 005). */
export type EditValue = string | number | boolean | null | string[];
export interface ReferenceEdit {
  kind: RefKind;
  key: string;
  field: string;
  value: EditValue;
  updatedAt: string;
}
