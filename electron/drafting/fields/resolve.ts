// Field values for a new draft: from the year, the reference data and the review it builds on.
import type { Lang, ReviewFields } from '../../shared/review.ts';
import type { UserMessage } from '../../shared/errors.ts';
import type { ReferenceData } from '../reference/schema.ts';
import { anniversariesIn, chairOf, policyInForce, somHeadAt, summitsOf, yearsSince, isFieldConfirmed } from '../reference/query.ts';
import { FIELD_DEFS, fieldDef, type FieldOrigin } from './registry.ts';
import { carriedAgency, carriedDepartment, ministryNamedIn, carriedOfficial, carriedTitle } from './carried.ts';
import { meetingDateText, parseMeetingDate } from '../../shared/meeting-date.ts';

export interface FieldValue {
  value: string;
  confirmed: boolean;
  origin: FieldOrigin;
  /** Why it is empty or unconfirmed, for the fields panel and `check`. */
  note?: UserMessage;
}

const n = (vi: string, en: string): UserMessage => ({ vi, en });

export interface PreviousReview {
  id: string;
  year: number;
  lang: Lang;
  fields: ReviewFields;
}

/**
 * Another document of this year's meeting (the report when the press release is drafted, the Vietnamese
 * press release for the English one): its meeting facts are this meeting's, unlike last year's. `values`:
 * by field name (meetingDate, meetingPlace, delegates, ministries, chairingOfficial, chairingTitle).
 */
export interface SameMeeting {
  title: string;
  lang: Lang;
  values: ReadonlyMap<string, string>;
}

export interface FieldContext {
  year: number;
  lang: Lang;
  reference: ReferenceData;
  previous?: PreviousReview | null;
  sameMeeting?: SameMeeting | null;
  /** The template's Decree 30 header (its parent agency and agency): whose meeting it is by default. */
  templateAgency?: string;
}

/** The Summit numbers of `year` counted on from the latest listed year before it (two a year), or []. */
function expectedSummits(ref: ReferenceData, year: number): number[] {
  const before = ref.summits.filter((s) => s.year < year);
  if (!before.length) return [];
  const last = Math.max(...before.map((s) => s.year));
  if (year - last > 3) return []; // too far ahead to count on
  const lastNumber = Math.max(...before.filter((s) => s.year === last).map((s) => s.number));
  const first = lastNumber + 2 * (year - last - 1) + 1;
  return [first, first + 1];
}

function joinList(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'vi' ? ' và ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items.at(-1)}`;
}

/** 47 → "47th" in English; Vietnamese writes "lần thứ 47". */
export function ordinal(n: number, lang: Lang): string {
  if (lang === 'vi') return String(n);
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

function memberCountAt(ref: ReferenceData, year: number): number {
  return ref.members.filter((m) => Number(m.joined.slice(0, 4)) <= year).length;
}

function fromPrevious(prev: PreviousReview | null | undefined, key: string): string {
  const v = prev?.fields[key];
  return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
}

/** Every known field's value for the context (unknown names in a template resolve to empty). */
export function resolveFields(ctx: FieldContext): Map<string, FieldValue> {
  const { year, lang, reference: ref } = ctx;
  const out = new Map<string, FieldValue>();
  const put = (name: string, value: string, confirmed: boolean, note?: UserMessage) => {
    out.set(name, { value, confirmed: value !== '' && confirmed, origin: fieldDef(name).origin, ...(note ? { note } : {}) });
  };
  put('year', String(year), true);
  put('nextYear', String(year + 1), true);
  put('prevYear', String(year - 1), true);
  for (const [name, themeName, y] of [['chair', 'chairTheme', year], ['nextChair', 'nextChairTheme', year + 1]] as const) {
    const c = chairOf(ref, y, lang);
    put(name, c.name.value ?? '', c.name.confirmed, c.name.value ? (c.name.confirmed ? undefined : n(`Chưa xác nhận (${c.name.source})`, `Unconfirmed (${c.name.source})`)) : n(`Dữ liệu tham chiếu chưa có Chủ tịch ASEAN năm ${y}`, `No ASEAN Chair for ${y} in the reference data`));
    put(themeName, c.theme.value ?? '', c.theme.confirmed, c.theme.confirmed ? undefined : (c.theme.value ? n(`Chưa xác nhận: cách dịch/công bố còn khác nhau (${c.theme.source})`, `Unconfirmed (${c.theme.source})`) : n(`Chủ đề năm ${y} chưa được công bố`, `The theme for ${y} has not been announced`)));
  }
  for (const [name, y] of [['summits', year], ['nextSummits', year + 1]] as const) {
    const list = summitsOf(ref, y);
    // A year the reference does not list yet (next year's orientations, usually): the numbers that follow
    // the last year it lists, two Summits a year as since 2009, proposed unconfirmed rather than left blank.
    const expected = list.length ? [] : expectedSummits(ref, y);
    put(name, joinList((list.length ? list.map((s) => s.number) : expected).map((num) => ordinal(num, lang)), lang), list.length > 0 && list.every((s) => s.confirmed),
      list.length ? (list.every((s) => s.confirmed) ? undefined : n('Hội nghị Cấp cao dự kiến, chưa diễn ra', 'Planned Summits, not yet held'))
        : expected.length ? n(`Dự kiến (hai Hội nghị Cấp cao mỗi năm): dữ liệu tham chiếu chưa có năm ${y}, hãy xác nhận`, `Expected (two Summits a year): the reference data has no Summits for ${y} yet, confirm them`)
          : n(`Dữ liệu tham chiếu chưa có Hội nghị Cấp cao năm ${y}`, `No Summits for ${y} in the reference data`));
    if (name === 'summits') {
      const places = [...new Set(list.map((s) => (lang === 'vi' ? s.placeVi : s.placeEn)))];
      put('summitPlace', joinList(places, lang), list.length > 0 && list.every((s) => s.confirmed));
    }
  }
  put('memberCount', String(memberCountAt(ref, year)), true);
  const asean = yearsSince(ref, 'asean-founded', year);
  put('aseanYears', asean === null ? '' : String(asean), true);
  const vn = yearsSince(ref, 'vn-joined', year);
  put('vnYears', vn === null ? '' : String(vn), true);
  for (const [name, y] of [['anniversaries', year], ['nextAnniversaries', year + 1]] as const) {
    const list = anniversariesIn(ref, y, lang);
    put(name, joinList(list.map((a) => a.phrase), lang), list.every((a) => a.confirmed), list.length ? undefined : n(`Năm ${y} không có dịp kỷ niệm tròn năm`, `No round anniversary in ${y}`));
  }
  const som = somHeadAt(ref, year);
  put('somHead', som ? (lang === 'vi' ? som.nameVi : som.nameEn) : '', som ? isFieldConfirmed(som, 'nameVi') : false, som ? undefined : n(`Chưa rõ Trưởng SOM năm ${year}: hãy điền`, `Head of SOM for ${year} unknown: fill it in`));

  // Đề án 161 was replaced by Quyết định 155/QĐ-TTg on 20/01/2026: a report names the plan in force.
  const ascc = policyInForce(ref, 'de-an-161', year);
  put('asccPlan', ascc ? (lang === 'vi' ? ascc.shortVi : ascc.shortEn) : '', ascc?.confirmed ?? false);

  const prev = ctx.previous;
  const fromLang = prev?.lang ?? lang;
  const prevNote = prev ? n(`Lấy từ báo cáo năm ${prev.year}: hãy xác nhận`, `From the ${prev.year} review: confirm it`) : n('Lấy từ danh sách Trưởng SOM: hãy xác nhận', 'From the SOM heads list: confirm it');
  const chairName = carriedOfficial(ref, fromPrevious(prev, 'chairName') || fromPrevious(prev, 'chairingOfficial'), lang) || (som ? (lang === 'vi' ? som.nameVi : som.nameEn) : '');
  // "Thứ trưởng Bộ Ngoại giao, Trưởng SOM ASEAN-Việt Nam": the templates name the SOM role themselves.
  const office = (title: string) => title.split(/,\s*|\s+and\s+Head\b/u)[0]!.trim();
  const chairTitle = carriedTitle(ref, office(fromPrevious(prev, 'chairTitle') || fromPrevious(prev, 'chairingTitle')), fromLang, lang)
    || office(som ? ((lang === 'vi' ? som.titleVi : som.titleEn) ?? '') : '');
  // Carried from last year (or the SOM list): the user confirms it for the new meeting.
  put('chairingOfficial', chairName, false, chairName ? prevNote : n('Ai chủ trì cuộc họp năm nay?', 'Who chairs this year’s meeting?'));
  put('chairingTitle', chairTitle, false, chairTitle ? prevNote : n('Chức danh của người chủ trì: hãy điền', 'The chair’s title: fill it in'));
  const same = ctx.sameMeeting;
  const sameNote = same ? n(`Lấy từ “${same.title}” (cùng cuộc họp năm nay): hãy xác nhận`, `From “${same.title}” (this year’s same meeting): confirm it`) : undefined;
  if (same) {
    // Who chairs this year's meeting is known from its other document: it wins over last year's.
    const name = carriedOfficial(ref, same.values.get('chairingOfficial') ?? '', lang);
    if (name) put('chairingOfficial', name, false, sameNote);
    const title = carriedTitle(ref, office(same.values.get('chairingTitle') ?? ''), same.lang, lang);
    if (title) put('chairingTitle', title, false, sameNote);
  }
  // An imported article's metadata has no agency: the ministry its chair's title names is the one that
  // met. Else the ministry the template's header names (the pillar review's is the Ministry of Home Affairs).
  const title = fromPrevious(prev, 'chairTitle') || fromPrevious(prev, 'chairingTitle');
  put('agency', carriedAgency(ref, [
    { text: fromPrevious(prev, 'agency'), lang: fromLang },
    { text: ministryNamedIn(ref, title), lang: 'vi' },
    { text: ministryNamedIn(ref, ctx.templateAgency ?? ''), lang: 'vi' },
  ], lang), true);
  put('department', carriedDepartment(fromPrevious(prev, 'department'), fromLang, lang), true);
  // Dated facts of the meeting: never last year's; this year's from the meeting's other document.
  for (const d of FIELD_DEFS.filter((f) => f.origin === 'meeting')) {
    const known = same ? sameMeetingValue(d.name, same, year, lang) : '';
    if (known) { put(d.name, known, false, sameNote); continue; }
    put(d.name, '', false, prev ? n(`Đã xoá giá trị của năm trước (“${fromPrevious(prev, d.name === 'meetingPlace' ? 'place' : d.name) || '—'}”): hãy điền`, `Last year’s value (“${fromPrevious(prev, d.name === 'meetingPlace' ? 'place' : d.name) || '—'}”) cleared: fill it in`) : n('Cần điền', 'To fill'));
  }
  return out;
}

/** A meeting fact of the same meeting's other document, as this draft's language writes it ('' when none
 *  or when it cannot be put in this language: a place written in the other language, a document number). */
function sameMeetingValue(name: string, same: SameMeeting, year: number, lang: Lang): string {
  const value = same.values.get(name)?.trim() ?? '';
  if (!value) return '';
  if (name === 'meetingDate') {
    const day = parseMeetingDate(value, year);
    return day ? meetingDateText(day, lang) : same.lang === lang ? value : '';
  }
  if (name === 'delegates' || name === 'ministries') return /^\d+$/u.test(value) ? value : '';
  // The document number is that document's own, not this one's.
  if (name === 'docNumber') return '';
  return same.lang === lang ? value : '';
}
