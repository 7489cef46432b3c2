// The document's {{meetingDate}} chip and the review's Properties field are one fact: a date typed in
// the chip becomes the review's meeting date when the draft is saved (services/reviews.ts), and the
// check reads the meeting day from either (electron/shared/meeting-date.ts parses what is written).
import type { DocBlock, DocState } from '../../shared/doc.ts';
import { parseMeetingDate } from '../../shared/meeting-date.ts';
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
