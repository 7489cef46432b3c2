// The document's {{meetingDate}} chip and the review's Properties field are one fact: a date typed in
// the chip becomes the review's meeting date when the draft is saved (services/reviews.ts), a day set as
// the review's meeting date fills the chips (withMeetingDate, reviews.update), and the
// check reads the meeting day from either (electron/shared/meeting-date.ts parses what is written).
import type { DocBlock, DocState } from '../../shared/doc.ts';
import { meetingChipValue, parseMeetingDate } from '../../shared/meeting-date.ts';
import type { Lang } from '../../shared/review.ts';
import { visitFieldsIn } from '../templates/format.ts';

/** The first non-empty {{meetingDate}} chip's value among these blocks, or undefined when none has one. */
export function meetingDateChip(blocks: readonly DocBlock[]): string | undefined {
  let found: string | undefined;
  visitFieldsIn(blocks, (field) => {
    if (found === undefined && field.name === 'meetingDate' && field.text.trim()) found = field.text;
  });
  return found;
}

/** The review's meeting day: its Properties value when it names a day, else the document's chip. */
export function meetingDayOf(fields: Readonly<Record<string, unknown>>, content: DocState, year: number): string | undefined {
  const stored = typeof fields.meetingDate === 'string' ? parseMeetingDate(fields.meetingDate, year) : null;
  if (stored) return stored;
  const chip = meetingDateChip(content.root.children);
  return (chip && parseMeetingDate(chip, year)) || undefined;
}

/**
 * The content with its {{meetingDate}} chips set to the review's new meeting date (see meetingChipValue),
 * or the same object when nothing changes. The renderer does the same in the live editor.
 */
export function withMeetingDate(content: DocState, value: string | null, year: number, lang: Lang): DocState {
  const chip = meetingDateChip(content.root.children) ?? '';
  const next = meetingChipValue(chip, value, year, lang);
  let found = false;
  visitFieldsIn(content.root.children, (field) => { if (field.name === 'meetingDate') found = true; });
  if (next === null || !found) return content;
  const copy = structuredClone(content);
  visitFieldsIn(copy.root.children, (field) => {
    if (field.name !== 'meetingDate') return;
    field.text = next;
    field.confirmed = true;
  });
  return copy;
}
