// Building a new review from a template, the reference data and the review it builds on. Pure.
import type { DocCarryChecklist, DocField, DocState } from '../shared/doc.ts';
import type { Lang, ReviewFields, ReviewKind } from '../shared/review.ts';
import type { SectionKey } from '../shared/sections.ts';
import { parseMeetingDate } from '../shared/meeting-date.ts';
import type { ReferenceData } from './reference/schema.ts';
import { FIELD_PATTERN, fieldDef } from './fields/registry.ts';
import { resolveFields, type FieldValue, type PreviousReview, type SameMeeting } from './fields/resolve.ts';
import { carryItems, type SectionRange } from './carry/split.ts';
import { translateCarryItems, type TranslateLookup } from './carry/translate.ts';
import type { Template } from './templates/format.ts';
import { visitFields } from './templates/format.ts';

export interface PreviousForDraft extends PreviousReview {
  title: string;
  content: DocState;
  /** Its sections (stored in the library, or detected). */
  sections: readonly SectionRange[];
}

export interface DraftInput {
  template: Template;
  reference: ReferenceData;
  year: number;
  lang?: Lang;
  kind?: ReviewKind;
  previous?: PreviousForDraft | null;
  /** Seed for checklist item ids (tests pass a fixed one). */
  seed?: number;
  /** The translation memory, for last year's orientations when the previous review is in the other language. */
  translate?: TranslateLookup | null;
  /** Another document of this year's meeting, whose meeting facts this draft starts from. */
  sameMeeting?: SameMeeting | null;
}

/** The meeting facts a review of this year's meeting holds: its chips first, then its own fields. */
export function meetingFactsOf(review: { title: string; lang: Lang; fields: ReviewFields; content: DocState }): SameMeeting {
  const chips = fieldValuesOf(review.content);
  const own = (key: string) => {
    const v = review.fields[key];
    return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
  };
  const values = new Map<string, string>();
  for (const [name, key] of [['meetingDate', 'meetingDate'], ['meetingPlace', 'place'], ['delegates', 'delegates'], ['ministries', 'ministries'], ['chairingOfficial', 'chairName'], ['chairingTitle', 'chairTitle']] as const) {
    const value = chips.get(name)?.trim() || own(key);
    if (value) values.set(name, value);
  }
  return { title: review.title, lang: review.lang, values };
}

export interface Draft {
  title: string;
  year: number;
  lang: Lang;
  kind: ReviewKind;
  fields: ReviewFields;
  content: DocState;
  sections: { blockIndex: number; key: SectionKey }[];
  values: Map<string, FieldValue>;
  /** Meeting facts of the previous review that were cleared (they belong to last year's meeting). */
  cleared: string[];
  carried: number;
  untranslated: number;
}

/** Values of the field nodes already in a document (the last occurrence wins; they agree when edited in the panel). */
export function fieldValuesOf(content: DocState): Map<string, string> {
  const out = new Map<string, string>();
  visitFields(content, (f) => { if (f.text !== '') out.set(f.name, f.text); });
  return out;
}

/** The template's title with the fields' values; an empty one shows its name in the draft's language. */
export function fillTitle(title: string, values: ReadonlyMap<string, FieldValue>, lang: Lang): string {
  return title.replace(FIELD_PATTERN, (_m, name: string) => values.get(name)?.value || `[${fieldDef(name).label[lang]}]`);
}

/** The export frame a template presets (its header's agency, place, addressees, signing lines), as the
 *  review's fields the export dialog starts from. */
export function frameFields(template: Template): ReviewFields {
  const preset = template.meta.export ?? {};
  return {
    ...(preset.parentAgency ? { parentAgency: preset.parentAgency } : {}),
    ...(preset.agency ? { agency: preset.agency } : {}),
    ...(preset.numberPattern ? { docNumberPattern: preset.numberPattern } : {}),
    ...(preset.place ? { docPlace: preset.place } : {}),
    ...(preset.addressees ? { addressees: preset.addressees.join('\n') } : {}),
    ...(preset.distribution ? { distribution: preset.distribution.join('\n') } : {}),
    ...(preset.signingAuthority ? { signingAuthority: preset.signingAuthority.join('\n') } : {}),
    ...(preset.signerName ? { signerName: preset.signerName } : {}),
  };
}

export function buildDraft(input: DraftInput): Draft {
  const { template, reference, year } = input;
  const lang = input.lang ?? template.meta.lang;
  const kind = input.kind ?? template.meta.kind;
  const prev = input.previous ?? null;
  // The previous review's own field values count as its fields (chairingOfficial, agency…). Its metadata
  // wins (the properties panel edits chairName…), except the agency: the metadata's is the Decree 30
  // header's ("BỘ NGOẠI GIAO"), the body's field is the one written in sentences.
  const { agency: headerAgency, ...meta } = prev?.fields ?? {};
  const prevFields: ReviewFields = prev ? { ...(headerAgency === undefined ? {} : { agency: headerAgency }), ...Object.fromEntries(fieldValuesOf(prev.content)), ...meta } : {};
  const preset = template.meta.export ?? {};
  const templateAgency = [preset.parentAgency, preset.agency].filter(Boolean).join(', ');
  const values = resolveFields({ year, lang, reference, templateAgency, previous: prev ? { ...prev, fields: prevFields } : null, sameMeeting: input.sameMeeting ?? null });
  for (const [name, value] of Object.entries(template.meta.values ?? {})) {
    values.set(name, { value: String(value), confirmed: true, origin: 'user' });
  }
  const content = structuredClone(template.body);
  const fill = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const rec = node as { type?: string; children?: unknown[] };
    if (rec.type === 'field') {
      const f = node as DocField;
      const v = values.get(f.name);
      f.text = (v?.value ?? '').normalize('NFC');
      f.confirmed = v?.confirmed ?? false;
      return;
    }
    if (rec.type === 'carry-checklist') {
      const c = node as DocCarryChecklist;
      c.fromReviewId = prev?.id ?? null;
      c.fromYear = prev?.year ?? null;
      c.items = prev ? translateCarryItems(carryItems(prev.content, prev.sections, input.seed), prev.lang, lang, input.translate ?? null) : [];
      return;
    }
    if (Array.isArray(rec.children)) rec.children.forEach(fill);
  };
  content.root.children.forEach(fill);
  const carried = content.root.children.reduce((n, b) => n + (b.type === 'carry-checklist' ? b.items.length : 0), 0);
  const untranslated = content.root.children.reduce((n, b) => n + (b.type === 'carry-checklist' ? b.items.filter((i) => i.untranslated).length : 0), 0);

  const fields: ReviewFields = { template: template.meta.id, builtOn: prev?.id ?? null, ...frameFields(template) };
  const chairName = values.get('chairingOfficial')?.value;
  const chairTitle = values.get('chairingTitle')?.value;
  if (chairName) fields.chairName = chairName;
  if (chairTitle) fields.chairTitle = chairTitle;
  // This year's meeting day, from the meeting's other document: the review's own date too (the library's
  // "Ngày họp", Properties), as a date typed in the chip would be.
  const meetingDay = parseMeetingDate(values.get('meetingDate')?.value ?? '', year);
  if (meetingDay) fields.meetingDate = meetingDay;
  const cleared = prev ? ['meetingDate', 'place', 'delegates', 'ministries', 'docNumber'].filter((k) => prev.fields[k] !== undefined && prev.fields[k] !== '') : [];
  return { title: fillTitle(template.meta.title, values, lang), year, lang, kind, fields, content, sections: template.sections, values, cleared, carried, untranslated };
}
