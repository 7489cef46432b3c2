// Drafting's checks: empty fields, unconfirmed fields, checklist items without a status.
import type { DocField } from '../../shared/doc.ts';
import { fieldDef } from '../fields/registry.ts';
import { visitFields } from '../templates/format.ts';
import type { Check, Finding } from './types.ts';
import { TITLE_BLOCK, titlePlaceholders } from '../../shared/fields.ts';

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
