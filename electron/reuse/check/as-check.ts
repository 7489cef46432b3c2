// reuse (issue 11): the stale-fact check as one of the drafting check list's checks (drafting/check), so
// the check panel and `check ID` show one list: empty fields, unconfirmed fields, checklist items, and
// these. The proposal, when there is one, is part of the message, and a fix the panel can apply.
import type { Check, Finding } from '../../drafting/check/types.ts';
import type { ReferenceData } from '../../drafting/reference/schema.ts';
import { rollReferenceFrom } from '../reference-adapter.ts';
import type { RollReference } from '../roll/reference.ts';
import { checkStaleFacts } from './stale-facts.ts';
import { meetingDayOf } from '../../drafting/fields/meeting-date.ts';
import type { DocState } from '../../shared/doc.ts';
import { blockLeaves, REPLACEABLE, textRange } from '../../shared/block-range.ts';

// Kinds whose proposal is the right wording for the words found, so the panel can put it in their place.
// Not the unconfirmed facts (nothing to replace, only to confirm), nor pending marks (settled in the marks'
// own accept/reject, which keeps the change's history), nor facts past their time: their successor is a
// hint, not the same words for another year ("Đề án 161 giai đoạn 2021-2025" is not "Quyết định 155 giai
// đoạn 2021-2025"), so the message proposes it and the drafter rewrites the sentence.
const FIXABLE: ReadonlySet<string> = new Set(['chair', 'theme', 'summit', 'anniversary', 'title', 'ministry']);

/** Whether the words are plain text the editor can replace (not in a chip, a pending mark, a widget). */
function replaceable(content: DocState, blockIndex: number, at: number, length: number): boolean {
  const block = content.root.children[blockIndex];
  return block !== undefined && textRange(blockLeaves(block), at, length, REPLACEABLE) !== null;
}

// One adapted reference per loaded reference data (the check remembers block findings per reference).
const adapted = new WeakMap<ReferenceData, RollReference>();

export const staleFactChecks: Check = (input) => {
  let ref = adapted.get(input.reference);
  if (!ref) adapted.set(input.reference, (ref = rollReferenceFrom(input.reference)));
  const meeting = meetingDayOf(input.review.fields, input.content, input.review.year);
  return checkStaleFacts(input.content, { year: input.review.year, lang: input.review.lang, ...(meeting ? { asOf: meeting } : {}) }, ref)
    .map((f): Finding => {
      const fix = f.proposal && f.at !== undefined && FIXABLE.has(f.kind) && f.proposal !== f.found && replaceable(input.content, f.blockIndex, f.at, f.found.length)
        ? { found: f.found, replacement: f.proposal } : undefined;
      return {
        kind: f.kind,
        // A fix says the proposal on its button (and `check ID` after the message); otherwise the message does.
        message: f.proposal && !fix && f.kind !== 'pending-mark'
          ? { vi: `${f.message.vi} Đề xuất: ${f.proposal}.`, en: `${f.message.en} Proposed: ${f.proposal}.` }
          : f.message,
        target: { blockIndex: f.blockIndex, ...(f.at !== undefined ? { offset: f.at, length: f.found.length } : {}) },
        ...(fix ? { fix } : {}),
      };
    });
};
