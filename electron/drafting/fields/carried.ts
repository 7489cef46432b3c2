// What a new draft carries from the review it builds on (the agency, the department, who chairs the
// meeting and their title), brought into the draft's language and into body-text form. Last year's
// review may be in the other language (an English report built on the Vietnamese one), and its metadata
// holds the Decree 30 header's agency in capitals ("BỘ NGOẠI GIAO"), which reads wrong in a sentence.
import type { Lang } from '../../shared/review.ts';
import type { ReferenceData } from '../reference/schema.ts';
import { ministryByName } from '../reference/query.ts';

const DEFAULT_AGENCY: Record<Lang, string> = { vi: 'Bộ Ngoại giao', en: 'the Ministry of Foreign Affairs' };
const DEPARTMENTS: readonly Record<Lang, string>[] = [{ vi: 'Vụ ASEAN', en: 'ASEAN Department' }];

/** Letters all in capitals (a Decree 30 header line), not a name written in a sentence. */
function isCapitals(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toLocaleUpperCase('vi') && text !== text.toLocaleLowerCase('vi');
}

/** "the Ministry of Foreign Affairs" → "Ministry of Foreign Affairs": English text names it with the article. */
function withoutArticle(text: string): string {
  return text.replace(/^the\s+/iu, '');
}

/** The agency for the body text: a known ministry by its name in `lang` (whatever language and case it
 *  came in); otherwise last year's words when they are in the draft's language and not the header's
 *  capitals; otherwise the Ministry of Foreign Affairs. */
export function carriedAgency(ref: ReferenceData, previous: string, fromLang: Lang, lang: Lang): string {
  const value = previous.trim();
  if (!value) return DEFAULT_AGENCY[lang];
  const ministry = ministryByName(ref, withoutArticle(value));
  if (ministry) return lang === 'vi' ? ministry.nameVi : `the ${ministry.nameEn}`;
  if (fromLang !== lang || isCapitals(value)) return DEFAULT_AGENCY[lang];
  return value;
}

/** The department: a known one in `lang`, last year's words in the same language, or the ASEAN Department. */
export function carriedDepartment(previous: string, fromLang: Lang, lang: Lang): string {
  const value = previous.trim();
  const known = DEPARTMENTS.find((d) => d.vi.toLocaleLowerCase('vi') === value.toLocaleLowerCase('vi') || d.en.toLowerCase() === withoutArticle(value).toLowerCase());
  if (known) return known[lang];
  return value && fromLang === lang ? value : DEPARTMENTS[0]![lang];
}

/** Who chairs: a Head of SOM of the reference data by their name in `lang` ("Đặng Hoàng Giang" → "Dang
 *  Hoang Giang"); anyone else as written. */
export function carriedOfficial(ref: ReferenceData, previous: string, lang: Lang): string {
  const value = previous.trim();
  const head = ref['som-heads'].find((h) => h.nameVi === value || h.nameEn === value);
  return head ? (lang === 'vi' ? head.nameVi : head.nameEn) : value;
}

/** Their title: in the draft's language when the reference data knows it in both ("Thứ trưởng Bộ Ngoại
 *  giao" ↔ "Deputy Minister of Foreign Affairs"); last year's words in the same language; else empty (the
 *  fields panel asks for it) rather than Vietnamese words in an English sentence. */
export function carriedTitle(ref: ReferenceData, previous: string, fromLang: Lang, lang: Lang): string {
  const value = previous.trim();
  if (!value || fromLang === lang) return value;
  const head = ref['som-heads'].find((h) => (fromLang === 'vi' ? h.titleVi : h.titleEn) === value);
  return (head && (lang === 'vi' ? head.titleVi : head.titleEn)) ?? '';
}
