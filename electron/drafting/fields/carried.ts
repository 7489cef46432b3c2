// What a new draft carries from the review it builds on (the agency, the department, who chairs the
// meeting and their title), brought into the draft's language and into body-text form. Last year's
// review may be in the other language (an English report built on the Vietnamese one), and its metadata
// holds the Decree 30 header's agency in capitals ("BỘ NGOẠI GIAO"), which reads wrong in a sentence.
import type { Lang } from '../../shared/review.ts';
import type { ReferenceData } from '../reference/schema.ts';
import { ministryByName } from '../reference/query.ts';
import { fold } from '../../library/fold.ts';

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

/** A name for the agency, and the language it is written in. */
export interface AgencyCandidate { text: string; lang: Lang }

/** The agency for the body text, from the first candidate that gives one: a known ministry, by its name
 *  in `lang` (whatever language and case it came in); or the words themselves when they are in the
 *  draft's language and not a header's capitals. Else the Ministry of Foreign Affairs. */
export function carriedAgency(ref: ReferenceData, candidates: readonly AgencyCandidate[], lang: Lang): string {
  for (const candidate of candidates) {
    const value = candidate.text.trim();
    if (!value) continue;
    const ministry = ministryByName(ref, withoutArticle(value));
    if (ministry) return lang === 'vi' ? ministry.nameVi : `the ${ministry.nameEn}`;
    if (candidate.lang === lang && !isCapitals(value)) return value;
  }
  return DEFAULT_AGENCY[lang];
}

/** The ministry a text names (a chair's title: "Vụ trưởng Vụ Hợp tác quốc tế, Bộ Nội vụ"; a template's
 *  header: "BỘ NỘI VỤ"), under its current name when it has one successor, in Vietnamese: the agency of a
 *  review whose own metadata does not say (an imported article). Empty when the text names none. */
export function ministryNamedIn(ref: ReferenceData, title: string): string {
  const folded = fold(title);
  const named = ref.ministries
    .filter((m) => [m.nameVi, m.nameEn].some((name) => new RegExp(`(?<![\\p{L}])${escape(fold(name))}(?![\\p{L}])`, 'u').test(folded)))
    // The longest name: "Bộ Nông nghiệp và Phát triển nông thôn", not a shorter one inside it.
    .sort((a, b) => b.nameVi.length - a.nameVi.length)[0];
  if (!named) return '';
  const successor = !named.current && named.successors.length === 1 ? ref.ministries.find((m) => m.key === named.successors[0]) : undefined;
  return (successor ?? named).nameVi;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

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
