// Drafting's checks: empty fields, unconfirmed fields, checklist items without a status.
import type { DocField } from '../../shared/doc.ts';
import { fieldDef } from '../fields/registry.ts';
import { visitFields } from '../templates/format.ts';
import type { Check, Finding } from './types.ts';
import { TITLE_BLOCK, titlePlaceholders } from '../../shared/fields.ts';
import { meetingDateText, parseMeetingDate } from '../../shared/meeting-date.ts';
import { fold } from '../../library/fold.ts';
import { carriedOfficial, carriedTitle } from '../fields/carried.ts';

interface FieldSummary { name: string; first: number; count: number; value: string; confirmed: boolean }

/** Every field of the draft, once per name, in order of first occurrence. */
export function summarizeFields(content: Parameters<typeof visitFields>[0]): FieldSummary[] {
  const by = new Map<string, FieldSummary>();
  visitFields(content, (f: DocField, blockIndex) => {
    const s = by.get(f.name);
    if (s) { s.count++; return; }
    by.set(f.name, { name: f.name, first: blockIndex, count: 1, value: f.text, confirmed: f.confirmed });
  });
  return [...by.values()];
}

const times = (n: number, lang: 'vi' | 'en') => (n > 1 ? (lang === 'vi' ? ` (${n} chỗ)` : ` (${n} places)`) : '');

export const fieldChecks: Check = ({ content }) => {
  const out: Finding[] = [];
  for (const f of summarizeFields(content)) {
    const label = fieldDef(f.name).label;
    if (f.value === '') {
      out.push({ kind: 'empty-field', target: { blockIndex: f.first, field: f.name }, message: {
        vi: `Trường “${label.vi}” còn trống${times(f.count, 'vi')}.`,
        en: `The field “${label.en}” is empty${times(f.count, 'en')}.`,
      } });
    } else if (!f.confirmed) {
      out.push({ kind: 'unconfirmed-field', target: { blockIndex: f.first, field: f.name }, message: {
        vi: `Trường “${label.vi}” chưa được xác nhận: “${f.value}”.`,
        en: `The field “${label.en}” is not confirmed: “${f.value}”.`,
      } });
    }
  }
  return out;
};

/** "[Người chủ trì]" left in a title made from a template: the field is empty, or not in the text at all
 *  (the talking points' title names the chair, its body does not), so only the title can be fixed. */
export const titleChecks: Check = ({ review }) => titlePlaceholders(review.title).map((p) => {
  const label = fieldDef(p.name).label;
  return { kind: 'empty-field', target: { blockIndex: TITLE_BLOCK, field: p.name, offset: p.start, length: p.text.length }, message: {
    vi: `Tiêu đề còn chỗ trống “${p.text}”: điền trường “${label.vi}” trong bài, hoặc sửa tiêu đề.`,
    en: `The title still has the blank “${p.text}”: fill the field “${label.en}” in the text, or edit the title.`,
  } };
});

const MEETING_FACTS: readonly string[] = ['meetingDate', 'meetingPlace', 'delegates', 'ministries', 'chairingOfficial', 'chairingTitle'];

/** A meeting fact as a comparable key: a day as its ISO day (however written), anything else folded. */
function factKey(name: string, value: string, year: number): string {
  if (name === 'meetingDate') return parseMeetingDate(value, year) ?? fold(value);
  return fold(value).replace(/\s+/gu, ' ').trim();
}

/**
 * The meeting facts of this document that another document of the same meeting gives otherwise ("ngày
 * 10/12/2026" here, 9 December 2026 in the English press release): one of them is wrong. A fact there is
 * only in its own language (a place) is not compared across languages.
 */
export const sameMeetingChecks: Check = ({ review, content, reference, sameMeeting }) => {
  if (!sameMeeting) return [];
  const out: Finding[] = [];
  for (const f of summarizeFields(content)) {
    if (!MEETING_FACTS.includes(f.name) || !f.value.trim()) continue;
    const raw = sameMeeting.values.get(f.name)?.trim();
    if (!raw) continue;
    const theirs = f.name === 'chairingOfficial' ? carriedOfficial(reference, raw, review.lang)
      : f.name === 'chairingTitle' ? carriedTitle(reference, raw, sameMeeting.lang, review.lang)
        : f.name === 'meetingPlace' && sameMeeting.lang !== review.lang ? ''
          : raw;
    if (!theirs || factKey(f.name, theirs, review.year) === factKey(f.name, f.value, review.year)) continue;
    const label = fieldDef(f.name).label;
    const day = f.name === 'meetingDate' ? parseMeetingDate(theirs, review.year) : null;
    const shown = day ? meetingDateText(day, review.lang) : theirs;
    out.push({ kind: 'meeting-mismatch', target: { blockIndex: f.first, field: f.name }, fieldFix: { field: f.name, value: shown }, message: {
      vi: `“${label.vi}” là “${f.value}”, nhưng “${sameMeeting.title}” (cùng cuộc họp) ghi “${shown}”: kiểm tra lại một trong hai.`,
      en: `“${label.en}” is “${f.value}”, but “${sameMeeting.title}” (the same meeting) says “${shown}”: check one of them.`,
    } });
  }
  return out;
};

const LANG_NAME = { vi: { vi: 'tiếng Việt', en: 'tiếng Anh' }, en: { vi: 'Vietnamese', en: 'English' } } as const;

export const carryChecks: Check = ({ content, review }) => {
  const out: Finding[] = [];
  content.root.children.forEach((block, blockIndex) => {
    if (block.type !== 'carry-checklist') return;
    for (const item of block.items) {
      const short = item.text.length > 90 ? `${item.text.slice(0, 88)}…` : item.text;
      if (item.untranslated && item.untranslated !== review.lang) {
        const from = item.untranslated;
        out.push({ kind: 'carry-untranslated', target: { blockIndex, itemId: item.id }, message: {
          vi: `Phương hướng chưa dịch sang ${LANG_NAME.vi[review.lang]} (còn bằng ${LANG_NAME.vi[from]}): “${short}”.`,
          en: `Orientation not translated into ${LANG_NAME.en[review.lang]} (still in ${LANG_NAME.en[from]}): “${short}”.`,
        } });
      }
      if (item.status !== null) continue;
      out.push({ kind: 'carry-no-status', target: { blockIndex, itemId: item.id }, message: {
        vi: `Chưa đánh giá kết quả: “${short}”.`,
        en: `No status yet: “${short}”.`,
      } });
    }
  });
  return out;
};
