// What a library row shows beyond its metadata: the date column (the meeting date, else the last update)
// and the copy suffix. (The translations in both directions come with the row: electron/library/page.ts.)
import type { ReviewMeta } from '../../../../electron/shared/review.ts';

/** "2025-11-20" → "20/11/2025", "2023-12" → "12/2023"; other text is shown as it is. */
export function formatIsoDay(value: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (day) return `${day[3]}/${day[2]}/${day[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  return month ? `${month[2]}/${month[1]}` : value;
}

/** The meeting date (fields.meetingDate, else the document's date fields.docDate), or null. */
export function meetingDay(review: Pick<ReviewMeta, 'fields'>): string | null {
  const value = review.fields.meetingDate ?? review.fields.docDate;
  return typeof value === 'string' && value.trim() ? formatIsoDay(value.trim()) : null;
}

/** Library (issue 8): a copy's suffix, " (bản sao)", " (copy 2)", split off the title so the row can
 *  always show it, however long the title is. */
export function splitCopySuffix(title: string): { base: string; copy: string | null } {
  const match = /^(.*\S)\s+\(((?:bản sao|copy)(?: \d+)?)\)$/iu.exec(title.normalize('NFC'));
  return match ? { base: match[1]!, copy: match[2]! } : { base: title, copy: null };
}
