// drafting (issue 10). The fields a template may use ({{name}}), where each value comes from, and its label in both languages.
// A template may also use a name not listed here: it starts empty, for the user to fill.
import type { UserMessage } from './errors.ts';

/**
 * computed: from the year and the fixed dates; reference: from data/reference; previous: from the review
 * the draft builds on (who chaired, the agency); meeting: a dated fact of this year's meeting, never
 * carried from last year (cleared and marked to fill).
 */
export type FieldOrigin = 'computed' | 'reference' | 'previous' | 'meeting' | 'user';

export interface FieldDef { name: string; origin: FieldOrigin; label: UserMessage }

const def = (name: string, origin: FieldOrigin, vi: string, en: string): FieldDef => ({ name, origin, label: { vi, en } });

export const FIELD_DEFS: readonly FieldDef[] = [
  def('year', 'computed', 'Năm tổng kết', 'Year under review'),
  def('nextYear', 'computed', 'Năm phương hướng', 'Year of the orientations'),
  def('prevYear', 'computed', 'Năm trước', 'Previous year'),
  def('chair', 'reference', 'Nước Chủ tịch ASEAN năm tổng kết', 'ASEAN Chair of the year'),
  def('chairTheme', 'reference', 'Chủ đề năm ASEAN', 'ASEAN theme of the year'),
  def('nextChair', 'reference', 'Nước Chủ tịch ASEAN năm sau', 'ASEAN Chair of the next year'),
  def('nextChairTheme', 'reference', 'Chủ đề năm ASEAN năm sau', 'ASEAN theme of the next year'),
  def('summits', 'reference', 'Các Hội nghị Cấp cao trong năm', 'Summits of the year'),
  def('summitPlace', 'reference', 'Nơi họp Cấp cao trong năm', 'Where the year’s Summits met'),
  def('nextSummits', 'reference', 'Các Hội nghị Cấp cao năm sau', 'Summits of the next year'),
  def('memberCount', 'computed', 'Số nước thành viên', 'Number of member states'),
  def('aseanYears', 'computed', 'Số năm thành lập ASEAN', 'Years since ASEAN was founded'),
  def('vnYears', 'computed', 'Số năm Việt Nam gia nhập', 'Years of Viet Nam’s membership'),
  def('anniversaries', 'computed', 'Các dịp kỷ niệm trong năm', 'Anniversaries in the year'),
  def('nextAnniversaries', 'computed', 'Các dịp kỷ niệm năm sau', 'Anniversaries in the next year'),
  def('asccPlan', 'reference', 'Đề án Cộng đồng Văn hóa-Xã hội đang thực hiện', 'ASCC plan in force'),
  def('somHead', 'reference', 'Trưởng SOM ASEAN Việt Nam', 'Head of Viet Nam’s ASEAN SOM'),
  def('chairingOfficial', 'previous', 'Người chủ trì', 'Chairing official'),
  def('chairingTitle', 'previous', 'Chức vụ người chủ trì', 'Chairing official’s title'),
  def('agency', 'previous', 'Cơ quan chủ trì', 'Convening agency'),
  def('department', 'previous', 'Đơn vị soạn thảo', 'Drafting department'),
  def('meetingDate', 'meeting', 'Ngày họp', 'Meeting date'),
  def('meetingPlace', 'meeting', 'Địa điểm họp', 'Meeting place'),
  def('delegates', 'meeting', 'Số đại biểu', 'Number of delegates'),
  def('ministries', 'meeting', 'Số bộ, ngành tham dự', 'Number of ministries attending'),
  def('docNumber', 'meeting', 'Số văn bản', 'Document number'),
];

export function fieldDef(name: string): FieldDef {
  return FIELD_DEFS.find((d) => d.name === name) ?? def(name, 'user', name, name);
}

/** {{name}} in template text; names are letters, digits, '-' and '_'. */
export const FIELD_PATTERN = /\{\{\s*([A-Za-z][\w-]*)\s*\}\}/g;

/** The check's jump target for a finding about the review's title (not a block of the document). */
export const TITLE_BLOCK = -1;

/** A field left empty in a title made from a template: fillTitle writes it as "[label]". */
export interface TitlePlaceholder { name: string; text: string; start: number }

/**
 * The "[Người chủ trì]"-style placeholders of known fields in a title (labels of either language), in
 * order. A title is plain text, so nothing else marks them: the check lists them and a save fills them.
 */
export function titlePlaceholders(title: string): TitlePlaceholder[] {
  if (!title.includes('[')) return [];
  const out: TitlePlaceholder[] = [];
  for (const d of FIELD_DEFS) {
    for (const label of new Set([d.label.vi, d.label.en])) {
      const text = `[${label}]`;
      for (let at = title.indexOf(text); at >= 0; at = title.indexOf(text, at + text.length)) out.push({ name: d.name, text, start: at });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The title with each placeholder whose field has a value (`values`: by field name) filled in. */
export function fillTitlePlaceholders(title: string, values: ReadonlyMap<string, string>): string {
  let out = title;
  for (const p of titlePlaceholders(title).reverse()) {
    const value = values.get(p.name)?.trim();
    if (value) out = out.slice(0, p.start) + value + out.slice(p.start + p.text.length);
  }
  return out;
}
