// The check panel's and `check ID`'s findings: what is left to do before a draft goes out.
// Other areas add kinds (issue 11: stale facts, roll-forward marks): add the kind here and a check in index.ts.
import type { UserMessage } from '../../shared/errors.ts';
import type { DocState } from '../../shared/doc.ts';
import type { ReviewMeta } from '../../shared/review.ts';
import type { ReferenceData } from '../reference/schema.ts';
import type { SameMeeting } from '../fields/resolve.ts';

export const FINDING_KINDS = [
  'empty-field',       // a field with no value
  'unconfirmed-field', // a field whose value comes from an unconfirmed fact (or was carried from last year)
  'carry-no-status',   // a carry-forward checklist item without a status
  'carry-untranslated', // a checklist item left in last year's language (no translation in the memory)
  'meeting-mismatch',  // a meeting fact (date, attendance, chair) other than the same meeting's other document says
  // tm (issue 12)
  'glossary-term',         // a glossary term of the source not translated as the glossary says
  'glossary-inconsistent', // a glossary term rendered in more than one way within the draft
  // reuse (issue 11): stale facts (electron/reuse/check/stale-facts.ts) and roll-forward marks
  'year', 'chair', 'theme', 'summit', 'anniversary', 'title', 'ministry', 'expired', 'unconfirmed-fact', 'pending-mark',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** Where "jump to" goes: the top-level block, and inside it the field or checklist item. */
export interface JumpTarget {
  /** TITLE_BLOCK (shared/fields.ts): the review's title (the header's title box), not a block of the document. */
  blockIndex: number;
  field?: string;
  itemId?: string;
  /** Character offset inside the block's text (doc-build's blockText), for text findings (issue 11's stale names). */
  offset?: number;
  /** How many characters from `offset` the finding is about: they are highlighted on jump. */
  length?: number;
}

/** A proposal the user can apply: the text at the target's offset, `found`, becomes `replacement`. */
export interface FindingFix {
  found: string;
  replacement: string;
}

/** A proposal for a field: every chip of `field` takes `value` (the Fields panel's change, one undo step). */
export interface FieldFix {
  field: string;
  value: string;
}

export interface Finding {
  kind: FindingKind;
  message: UserMessage;
  target: JumpTarget;
  fix?: FindingFix;
  fieldFix?: FieldFix;
}

export interface CheckInput {
  review: Pick<ReviewMeta, 'id' | 'title' | 'year' | 'lang' | 'kind' | 'fields'>;
  content: DocState;
  reference: ReferenceData;
  /** Another document of this year's meeting (the report, for its press release), when the library has one. */
  sameMeeting?: SameMeeting | null;
}

export type Check = (input: CheckInput) => Finding[];
