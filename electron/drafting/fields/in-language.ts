// "Create the English version" (or the Vietnamese one) keeps the document's field chips where no
// sentence was found in the memory; their values come over in the new version's language: the Chair
// ("Phi-líp-pin" → "the Philippines"), its theme, the Summits ("48 và 49" → "48th and 49th"), the Head of
// SOM and their title, the ministry, the meeting date. A value the reference data cannot put in the other
// language (words the drafter typed) is kept as written, for the translator: never dropped.
import type { DocField, DocState } from '../../shared/doc.ts';
import type { Lang } from '../../shared/review.ts';
import { meetingDateText, parseMeetingDate } from '../../shared/meeting-date.ts';
import type { ReferenceData } from '../reference/schema.ts';
import { memberNameInText, ministryByName } from '../reference/query.ts';
import { visitFieldsIn } from '../templates/format.ts';
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
  visitFieldsIn(content.root.children, (field) => {
    const next = valueIn(field, from, to, year, ref, fromValues, toValues);
    if (next !== null) field.text = next;
  });
  return content;
}
