// reuse (issue 11): the stale-fact check as one of the drafting check list's checks (drafting/check), so
// the check panel and `check ID` show one list: empty fields, unconfirmed fields, checklist items, and
// these. The proposal, when there is one, is part of the message.
import type { Check, Finding } from '../../drafting/check/types.ts';
import type { ReferenceData } from '../../drafting/reference/schema.ts';
import { rollReferenceFrom } from '../reference-adapter.ts';
import type { RollReference } from '../roll/reference.ts';
import { checkStaleFacts } from './stale-facts.ts';
import { meetingDayOf } from '../../drafting/fields/meeting-date.ts';

// One adapted reference per loaded reference data (the check remembers block findings per reference).
const adapted = new WeakMap<ReferenceData, RollReference>();

export const staleFactChecks: Check = (input) => {
  let ref = adapted.get(input.reference);
  if (!ref) adapted.set(input.reference, (ref = rollReferenceFrom(input.reference)));
  const meeting = meetingDayOf(input.review.fields, input.content, input.review.year);
  return checkStaleFacts(input.content, { year: input.review.year, lang: input.review.lang, ...(meeting ? { asOf: meeting } : {}) }, ref)
    .map((f): Finding => ({
      kind: f.kind,
      message: f.proposal && f.kind !== 'pending-mark'
        ? { vi: `${f.message.vi} Đề xuất: ${f.proposal}.`, en: `${f.message.en} Proposed: ${f.proposal}.` }
        : f.message,
      target: { blockIndex: f.blockIndex },
    }));
};
