// "Create the English version" (or the Vietnamese one): what the new version says in its own language
// besides the sentences the memory translates. The field chips it keeps come over from the reference
// data: the Chair ("Phi-líp-pin" → "the Philippines"), its theme, the Summits ("48 và 49" → "48th and
// 49th"), the Head of SOM and their title, the ministry, the meeting date; so do the review's own fields
// (who chaired, the export frame) and, for a review made from a template, its title. A value the
// reference data cannot put in the other language (words the drafter typed) is kept as written, for the
// translator: never dropped.
import type { DocField, DocState } from '../../shared/doc.ts';
import type { Lang, ReviewFields } from '../../shared/review.ts';
import { meetingDateText, parseMeetingDate } from '../../shared/meeting-date.ts';
import type { ReferenceData } from '../reference/schema.ts';
import { memberNameInText, ministryByName } from '../reference/query.ts';
import { visitFields, type Template } from '../templates/format.ts';
import { fillTitle, frameFields } from '../new-draft.ts';
import { fieldDef } from './registry.ts';
import { carriedDepartment, carriedOfficial, carriedTitle } from './carried.ts';
import { resolveFields } from './resolve.ts';

/** One chip's value in `to`, or null when it stays as written. */
function valueIn(field: DocField, from: Lang, to: Lang, year: number, ref: ReferenceData, fromValues: ReadonlyMap<string, string>, toValues: ReadonlyMap<string, string>): string | null {
  const text = field.text.trim();
  if (!text) return null;
  switch (field.name) {
    case 'chairingOfficial':
    case 'somHead': {
      const name = carriedOfficial(ref, text, to);
      return name !== text ? name : null;
    }
    case 'chairingTitle':
      return carriedTitle(ref, text, from, to) || null;
    case 'agency': {
      const ministry = ministryByName(ref, text.replace(/^the\s+/iu, ''));
      return ministry ? (to === 'vi' ? ministry.nameVi : `the ${ministry.nameEn}`) : null;
    }
    case 'department': {
      const department = carriedDepartment(text, from, to);
      // carriedDepartment gives the ASEAN Department for words it does not know: keep those instead.
      return carriedDepartment(department, to, from) === text ? department : null;
    }
    case 'chair':
    case 'nextChair': {
      // Any member's name (the drafter may have chosen another year's Chair): the same country in `to`.
      const member = ref.members.find((m) => [m.nameVi, m.nameEn, `the ${m.nameEn}`].some((name) => name.toLowerCase() === text.toLowerCase()));
      const name = member ? memberNameInText(ref, member.key, to) : null;
      return name && name !== text ? name : null;
    }
    case 'meetingDate': {
      const day = parseMeetingDate(text, year);
      return day ? meetingDateText(day, to) : null;
    }
    default: {
      // A value the reference data gave for this year (not one the drafter changed): the same fact in `to`.
      const target = toValues.get(field.name);
      return target && fromValues.get(field.name) === text && target !== text ? target : null;
    }
  }
}

/** `content` (a fresh copy the caller owns) with its field chips' values in `to`; changed in place. */
export function fieldsInLanguage(content: DocState, from: Lang, to: Lang, year: number, ref: ReferenceData): DocState {
  if (from === to) return content;
  const values = (lang: Lang) => new Map([...resolveFields({ year, lang, reference: ref })].map(([name, v]) => [name, v.value.trim()]));
  const fromValues = values(from);
  const toValues = values(to);
  // Inline runs in order, with the text before each chip in its block: "the Ministry…" opening a
  // sentence is written "The Ministry…".
  const walk = (node: unknown, before: { text: string }): void => {
    const n = node as { type?: string; text?: string; children?: unknown[] };
    if (n.type === 'field') {
      const field = node as DocField;
      const next = valueIn(field, from, to, year, ref, fromValues, toValues);
      if (next !== null) field.text = opensSentence(before.text) ? next.replace(/^the\b/u, 'The') : next;
      before.text += field.text;
      return;
    }
    if (typeof n.text === 'string') before.text += n.text;
    if (n.type === 'linebreak') before.text += '\n';
    n.children?.forEach((child) => walk(child, n.type === 'list' || n.type === 'listitem' || n.type === 'tablecell' ? { text: '' } : before));
  };
  for (const block of content.root.children) walk(block, { text: '' });
  return content;
}

/** Text before a place opens a sentence there: nothing yet, or a stop, a colon, a line break. */
function opensSentence(before: string): boolean {
  return /(?:^|[.!?:\n]["”’)]?)\s*$/u.test(before);
}

/**
 * The other-language version's title when the review was made from a template that has a sibling in
 * `to` ("press-release.vi" → "press-release.en"): that template's title with the new version's values
 * (its chips first, then the reference data's). Null when there is none: the caller names it itself.
 */
export function titleInLanguage(templateId: string, templates: readonly Template[], content: DocState, to: Lang, year: number, ref: ReferenceData): string | null {
  const sibling = siblingTemplate(templateId, templates, to);
  if (!sibling) return null;
  const values = new Map(resolveFields({ year, lang: to, reference: ref }));
  const seen = new Set<string>();
  visitFields(content, (field) => {
    if (seen.has(field.name) || !field.text.trim()) return;
    seen.add(field.name);
    values.set(field.name, { value: field.text.trim(), confirmed: field.confirmed, origin: fieldDef(field.name).origin });
  });
  return fillTitle(sibling.meta.title, values, to);
}

/** The Decree 30 frame a Vietnamese review carries (addressees, Nơi nhận, "KT. BỘ TRƯỞNG"…): Vietnamese
 *  administrative text that an English version's international layout must not print. */
const DECREE30_FRAME = ['addressees', 'distribution', 'signingAuthority', 'docNumberPattern'] as const;
const PLACES: readonly Record<Lang, string>[] = [{ vi: 'Hà Nội', en: 'Ha Noi' }];

/** A ministry named in the review's frame ("BỘ NGOẠI GIAO"), by its name in `to`, in the same case. */
function frameAgencyIn(ref: ReferenceData, text: string, to: Lang): string {
  const ministry = ministryByName(ref, text.replace(/^the\s+/iu, ''));
  if (!ministry) return text;
  const name = to === 'vi' ? ministry.nameVi : ministry.nameEn;
  return text === text.toLocaleUpperCase('vi') ? name.toLocaleUpperCase(to) : name;
}

/** The review's own fields (Properties, the export's frame) in `to`: who chaired and their title, the
 *  agency and the place; the Decree 30 frame is left out of an English version. */
export function reviewFieldsInLanguage(fields: ReviewFields, from: Lang, to: Lang, ref: ReferenceData): ReviewFields {
  const out = { ...fields };
  if (typeof fields.chairName === 'string') out.chairName = carriedOfficial(ref, fields.chairName, to);
  if (typeof fields.chairTitle === 'string') out.chairTitle = carriedTitle(ref, fields.chairTitle, from, to) || fields.chairTitle;
  if (typeof fields.signerName === 'string') out.signerName = carriedOfficial(ref, fields.signerName, to);
  for (const key of ['agency', 'parentAgency'] as const) {
    const value = fields[key];
    if (typeof value === 'string' && value.trim()) out[key] = frameAgencyIn(ref, value.trim(), to);
  }
  const place = PLACES.find((p) => p[from] === fields.docPlace);
  if (place) out.docPlace = place[to];
  if (from === 'vi' && to === 'en') for (const key of DECREE30_FRAME) delete out[key];
  return out;
}

/** "press-release.vi" → the bundled or user template "press-release.en", when there is one. */
function siblingTemplate(templateId: string, templates: readonly Template[], to: Lang): Template | undefined {
  const siblingId = templateId.replace(/\.(vi|en)$/u, `.${to}`);
  return siblingId !== templateId ? templates.find((t) => t.meta.id === siblingId && t.meta.lang === to) : undefined;
}

/** What "create the other-language version" gives: its content's chips, its fields and its title
 *  (null: none from a template) in `to`. `content` is a fresh copy the caller owns. */
export function versionInLanguage(source: { content: DocState; fields: ReviewFields; year: number; lang: Lang }, to: Lang, ref: ReferenceData, templates: readonly Template[]): { content: DocState; fields: ReviewFields; title: string | null } {
  const content = fieldsInLanguage(source.content, source.lang, to, source.year, ref);
  const template = typeof source.fields.template === 'string' ? source.fields.template : null;
  const sibling = template ? siblingTemplate(template, templates, to) : undefined;
  // Made from a template with a sibling in `to`: the version takes that template's frame ("FOR THE
  // MINISTER", its place), as a new draft from it would, and names it as its template.
  const fields = reviewFieldsInLanguage(source.fields, source.lang, to, ref);
  return {
    content,
    fields: sibling ? { ...fields, ...frameFields(sibling), template: sibling.meta.id } : fields,
    title: template ? titleInLanguage(template, templates, content, to, source.year, ref) : null,
  };
}
